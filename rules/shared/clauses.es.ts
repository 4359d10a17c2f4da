// Spanish template clauses (rules/<id>.clause.es.md), by rule id; merged in translations.ts.
import accountDeletion from '../account-deletion/clause.es.md';
import accountMigration from '../account-migration/clause.es.md';
import aiTrainingProhibited from '../ai-training-prohibited/clause.es.md';
import collectsEmail from '../collects-email/clause.es.md';
import collectsIpAddress from '../collects-ip-address/clause.es.md';
import collectsLoginHistory from '../collects-login-history/clause.es.md';
import collectsPassword from '../collects-password/clause.es.md';
import collectsUserAgent from '../collects-user-agent/clause.es.md';
import collectsUserContent from '../collects-user-content/clause.es.md';
import collectsUsername from '../collects-username/clause.es.md';
import contact from '../contact/clause.es.md';
import covenantBackups from '../covenant-backups/clause.es.md';
import covenantEmergencyAccess from '../covenant-emergency-access/clause.es.md';
import covenantModeration from '../covenant-moderation/clause.es.md';
import covenantShutdownNotice from '../covenant-shutdown-notice/clause.es.md';
import dataExport from '../data-export/clause.es.md';
import dateOfBirth from '../date-of-birth/clause.es.md';
import dmNotEncrypted from '../dm-not-encrypted/clause.es.md';
import federationDisclosure from '../federation-disclosure/clause.es.md';
import ipRetention from '../ip-retention/clause.es.md';
import logRetention from '../log-retention/clause.es.md';
import loginRetention from '../login-retention/clause.es.md';
import minimumAge from '../minimum-age/clause.es.md';
import noDataSale from '../no-data-sale/clause.es.md';
import policyChanges from '../policy-changes/clause.es.md';
import scrapingProhibited from '../scraping-prohibited/clause.es.md';
import securityMeasures from '../security-measures/clause.es.md';
import thirdParties from '../third-parties/clause.es.md';

export const es: Record<string, string> = {
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
