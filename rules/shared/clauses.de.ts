// German template clauses (rules/<id>.clause.de.md), by rule id; merged in translations.ts.
import accountDeletion from '../account-deletion/clause.de.md';
import accountMigration from '../account-migration/clause.de.md';
import aiTrainingProhibited from '../ai-training-prohibited/clause.de.md';
import collectsEmail from '../collects-email/clause.de.md';
import collectsIpAddress from '../collects-ip-address/clause.de.md';
import collectsLoginHistory from '../collects-login-history/clause.de.md';
import collectsPassword from '../collects-password/clause.de.md';
import collectsUserAgent from '../collects-user-agent/clause.de.md';
import collectsUserContent from '../collects-user-content/clause.de.md';
import collectsUsername from '../collects-username/clause.de.md';
import contact from '../contact/clause.de.md';
import covenantBackups from '../covenant-backups/clause.de.md';
import covenantEmergencyAccess from '../covenant-emergency-access/clause.de.md';
import covenantModeration from '../covenant-moderation/clause.de.md';
import covenantShutdownNotice from '../covenant-shutdown-notice/clause.de.md';
import dataExport from '../data-export/clause.de.md';
import dateOfBirth from '../date-of-birth/clause.de.md';
import dmNotEncrypted from '../dm-not-encrypted/clause.de.md';
import federationDisclosure from '../federation-disclosure/clause.de.md';
import ipRetention from '../ip-retention/clause.de.md';
import logRetention from '../log-retention/clause.de.md';
import loginRetention from '../login-retention/clause.de.md';
import minimumAge from '../minimum-age/clause.de.md';
import noDataSale from '../no-data-sale/clause.de.md';
import policyChanges from '../policy-changes/clause.de.md';
import scrapingProhibited from '../scraping-prohibited/clause.de.md';
import securityMeasures from '../security-measures/clause.de.md';
import thirdParties from '../third-parties/clause.de.md';

export const de: Record<string, string> = {
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
