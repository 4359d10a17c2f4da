// Every rule, in the order of the catalog (../shared/spec/rules.md).
import type { RuleDefinition } from '../server/engine/rule';
import collectsEmail from './collects-email/rule';
import collectsUsername from './collects-username/rule';
import collectsPassword from './collects-password/rule';
import collectsIpAddress from './collects-ip-address/rule';
import collectsUserAgent from './collects-user-agent/rule';
import collectsLoginHistory from './collects-login-history/rule';
import collectsUserContent from './collects-user-content/rule';
import dateOfBirth from './date-of-birth/rule';
import ipRetention from './ip-retention/rule';
import logRetention from './log-retention/rule';
import loginRetention from './login-retention/rule';
import vagueRetention from './vague-retention/rule';
import covenantModeration from './covenant-moderation/rule';
import covenantBackups from './covenant-backups/rule';
import covenantEmergencyAccess from './covenant-emergency-access/rule';
import covenantShutdownNotice from './covenant-shutdown-notice/rule';
import aiTrainingProhibited from './ai-training-prohibited/rule';
import scrapingProhibited from './scraping-prohibited/rule';
import dmNotEncrypted from './dm-not-encrypted/rule';
import federationDisclosure from './federation-disclosure/rule';
import dataExport from './data-export/rule';
import accountDeletion from './account-deletion/rule';
import accountMigration from './account-migration/rule';
import noDataSale from './no-data-sale/rule';
import minimumAge from './minimum-age/rule';
import contact from './contact/rule';
import securityMeasures from './security-measures/rule';
import thirdParties from './third-parties/rule';
import policyChanges from './policy-changes/rule';
import unfilledPlaceholder from './unfilled-placeholder/rule';

export const RULES: RuleDefinition[] = [
  collectsEmail,
  collectsUsername,
  collectsPassword,
  collectsIpAddress,
  collectsUserAgent,
  collectsLoginHistory,
  collectsUserContent,
  dateOfBirth,
  ipRetention,
  logRetention,
  loginRetention,
  vagueRetention,
  covenantModeration,
  covenantBackups,
  covenantEmergencyAccess,
  covenantShutdownNotice,
  aiTrainingProhibited,
  scrapingProhibited,
  dmNotEncrypted,
  federationDisclosure,
  dataExport,
  accountDeletion,
  accountMigration,
  noDataSale,
  minimumAge,
  contact,
  securityMeasures,
  thirdParties,
  policyChanges,
  unfilledPlaceholder,
];
