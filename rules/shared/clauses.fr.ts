// French template clauses (rules/<id>.clause.fr.md), by rule id; merged in translations.ts.
import accountDeletion from '../account-deletion/clause.fr.md';
import accountMigration from '../account-migration/clause.fr.md';
import aiTrainingProhibited from '../ai-training-prohibited/clause.fr.md';
import collectsEmail from '../collects-email/clause.fr.md';
import collectsIpAddress from '../collects-ip-address/clause.fr.md';
import collectsLoginHistory from '../collects-login-history/clause.fr.md';
import collectsPassword from '../collects-password/clause.fr.md';
import collectsUserAgent from '../collects-user-agent/clause.fr.md';
import collectsUserContent from '../collects-user-content/clause.fr.md';
import collectsUsername from '../collects-username/clause.fr.md';
import contact from '../contact/clause.fr.md';
import covenantBackups from '../covenant-backups/clause.fr.md';
import covenantEmergencyAccess from '../covenant-emergency-access/clause.fr.md';
import covenantModeration from '../covenant-moderation/clause.fr.md';
import covenantShutdownNotice from '../covenant-shutdown-notice/clause.fr.md';
import dataExport from '../data-export/clause.fr.md';
import dateOfBirth from '../date-of-birth/clause.fr.md';
import dmNotEncrypted from '../dm-not-encrypted/clause.fr.md';
import federationDisclosure from '../federation-disclosure/clause.fr.md';
import ipRetention from '../ip-retention/clause.fr.md';
import logRetention from '../log-retention/clause.fr.md';
import loginRetention from '../login-retention/clause.fr.md';
import minimumAge from '../minimum-age/clause.fr.md';
import noDataSale from '../no-data-sale/clause.fr.md';
import policyChanges from '../policy-changes/clause.fr.md';
import scrapingProhibited from '../scraping-prohibited/clause.fr.md';
import securityMeasures from '../security-measures/clause.fr.md';
import thirdParties from '../third-parties/clause.fr.md';

export const fr: Record<string, string> = {
  'account-deletion': accountDeletion,
  'account-migration': accountMigration,
  'ai-training-prohibited': aiTrainingProhibited,
  'collects-email': collectsEmail,
  'collects-ip-address': collectsIpAddress,
  'collects-login-history': collectsLoginHistory,
  'collects-password': collectsPassword,
  'collects-user-agent': collectsUserAgent,
  'collects-user-content': collectsUserContent,
  'collects-username': collectsUsername,
  'contact': contact,
  'covenant-backups': covenantBackups,
  'covenant-emergency-access': covenantEmergencyAccess,
  'covenant-moderation': covenantModeration,
  'covenant-shutdown-notice': covenantShutdownNotice,
  'data-export': dataExport,
  'date-of-birth': dateOfBirth,
  'dm-not-encrypted': dmNotEncrypted,
  'federation-disclosure': federationDisclosure,
  'ip-retention': ipRetention,
  'log-retention': logRetention,
  'login-retention': loginRetention,
  'minimum-age': minimumAge,
  'no-data-sale': noDataSale,
  'policy-changes': policyChanges,
  'scraping-prohibited': scrapingProhibited,
  'security-measures': securityMeasures,
  'third-parties': thirdParties,
};
