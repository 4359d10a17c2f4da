// Round 2: a second blind paraphrase set, written from ../shared/spec/rules.md
// only (without reading the rules' code, their vocabulary or the first set).
// A MEASURE, not a gate: no test reads these; `node out/tools/paraphrase-report.js --round2 [--by-language]`
// prints the pass rates. Do not tune sentences after seeing the figures.
import type { ParaphraseSet } from '../types';
import accountDeletion from './account-deletion';
import accountMigration from './account-migration';
import aiTrainingProhibited from './ai-training-prohibited';
import collectsEmail from './collects-email';
import collectsIpAddress from './collects-ip-address';
import collectsLoginHistory from './collects-login-history';
import collectsPassword from './collects-password';
import collectsUserAgent from './collects-user-agent';
import collectsUserContent from './collects-user-content';
import collectsUsername from './collects-username';
import contact from './contact';
import covenantBackups from './covenant-backups';
import covenantEmergencyAccess from './covenant-emergency-access';
import covenantModeration from './covenant-moderation';
import covenantShutdownNotice from './covenant-shutdown-notice';
import dataExport from './data-export';
import dateOfBirth from './date-of-birth';
import dmNotEncrypted from './dm-not-encrypted';
import federationDisclosure from './federation-disclosure';
import ipRetention from './ip-retention';
import logRetention from './log-retention';
import loginRetention from './login-retention';
import minimumAge from './minimum-age';
import noDataSale from './no-data-sale';
import policyChanges from './policy-changes';
import scrapingProhibited from './scraping-prohibited';
import securityMeasures from './security-measures';
import thirdParties from './third-parties';

export const ROUND2_SETS: ParaphraseSet[] = [
  accountDeletion,
  accountMigration,
  aiTrainingProhibited,
  collectsEmail,
  collectsIpAddress,
  collectsLoginHistory,
  collectsPassword,
  collectsUserAgent,
  collectsUserContent,
  collectsUsername,
  contact,
  covenantBackups,
  covenantEmergencyAccess,
  covenantModeration,
  covenantShutdownNotice,
  dataExport,
  dateOfBirth,
  dmNotEncrypted,
  federationDisclosure,
  ipRetention,
  logRetention,
  loginRetention,
  minimumAge,
  noDataSale,
  policyChanges,
  scrapingProhibited,
  securityMeasures,
  thirdParties,
];
