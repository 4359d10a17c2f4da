// Japanese template clauses (rules/<id>.clause.ja.md), by rule id; merged in translations.ts.
import accountDeletion from '../account-deletion/clause.ja.md';
import accountMigration from '../account-migration/clause.ja.md';
import aiTrainingProhibited from '../ai-training-prohibited/clause.ja.md';
import collectsEmail from '../collects-email/clause.ja.md';
import collectsIpAddress from '../collects-ip-address/clause.ja.md';
import collectsLoginHistory from '../collects-login-history/clause.ja.md';
import collectsPassword from '../collects-password/clause.ja.md';
import collectsUserAgent from '../collects-user-agent/clause.ja.md';
import collectsUserContent from '../collects-user-content/clause.ja.md';
import collectsUsername from '../collects-username/clause.ja.md';
import contact from '../contact/clause.ja.md';
import covenantBackups from '../covenant-backups/clause.ja.md';
import covenantEmergencyAccess from '../covenant-emergency-access/clause.ja.md';
import covenantModeration from '../covenant-moderation/clause.ja.md';
import covenantShutdownNotice from '../covenant-shutdown-notice/clause.ja.md';
import dataExport from '../data-export/clause.ja.md';
import dateOfBirth from '../date-of-birth/clause.ja.md';
import dmNotEncrypted from '../dm-not-encrypted/clause.ja.md';
import federationDisclosure from '../federation-disclosure/clause.ja.md';
import ipRetention from '../ip-retention/clause.ja.md';
import logRetention from '../log-retention/clause.ja.md';
import loginRetention from '../login-retention/clause.ja.md';
import minimumAge from '../minimum-age/clause.ja.md';
import noDataSale from '../no-data-sale/clause.ja.md';
import policyChanges from '../policy-changes/clause.ja.md';
import scrapingProhibited from '../scraping-prohibited/clause.ja.md';
import securityMeasures from '../security-measures/clause.ja.md';
import thirdParties from '../third-parties/clause.ja.md';

export const ja: Record<string, string> = {
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
