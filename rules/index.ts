// Every rule, in the order of the catalog (../shared/spec/rules.md).
import type { RuleDefinition } from '../server/engine/rule';
import collectsEmail from './collects-email';
import collectsUsername from './collects-username';
import collectsPassword from './collects-password';
import collectsIpAddress from './collects-ip-address';
import collectsUserAgent from './collects-user-agent';
import collectsLoginHistory from './collects-login-history';
import collectsUserContent from './collects-user-content';
import dateOfBirth from './date-of-birth';
import ipRetention from './ip-retention';
import logRetention from './log-retention';
import loginRetention from './login-retention';
import vagueRetention from './vague-retention';
import covenantModeration from './covenant-moderation';
import covenantBackups from './covenant-backups';
import covenantEmergencyAccess from './covenant-emergency-access';
import covenantShutdownNotice from './covenant-shutdown-notice';
import aiTrainingProhibited from './ai-training-prohibited';
import scrapingProhibited from './scraping-prohibited';
import dmNotEncrypted from './dm-not-encrypted';
import federationDisclosure from './federation-disclosure';
import dataExport from './data-export';
import accountDeletion from './account-deletion';
import accountMigration from './account-migration';
import noDataSale from './no-data-sale';
import minimumAge from './minimum-age';
import contact from './contact';
import securityMeasures from './security-measures';
import thirdParties from './third-parties';
import policyChanges from './policy-changes';
import unfilledPlaceholder from './unfilled-placeholder';

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
