import { affirmed, has } from '../../server/engine/match';
import type { Unit } from '../../server/engine/model';
import { knowRule, offered } from '../shared/know';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

export default knowRule({
  id: 'data-export',
  severity: 'warning',
  summary: 'The policy says users can request or download an archive / export of their data.',
  message: 'The policy does not say that users can export their data; users should know they can take a copy of it with them.',
  topics: ['topicRights'],
  subject: { concepts: ['dataExport', 'accessRight'], name: 'exporting data' },
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: [
      'You can download an archive of your posts and media from your account settings.', 'You can export your follows, lists, blocks and mutes at any time.',
      'Ask us and we will send you all the data we hold on your account.', 'Each member can produce a downloadable archive of their posts.',
    ],
    fail: ['# Privacy\n\nWe store your posts.'],
    near: [
      'You cannot export your data.', 'Can you export your data?', 'Our moderators export moderation reports when the police ask.', 'The database is exported to off-site backups every night.',
      'Personal data exports will come in a future version.', 'Aggregate traffic figures are exported to our metrics provider each week.',
      'Downloading an export of somebody else\'s posts is not allowed.',
    ],
  },
  // An offer to the user: the user's data or the user named ("your", "you"), not a transfer elsewhere
  // (backups, third parties), not something only the operators do, not only planned.
  states: (unit) =>
    (namesExport(unit) || affirmed(unit.text, 'accessRight').length > 0) &&
    offered(unit) &&
    !has(unit.text, 'exportElsewhere') &&
    !has(unit.text, 'exportToService') &&
    (has(unit.text, 'userOwned') || !has(unit.text, 'operatorParty')),
  // A right of access gives a copy of the data, but "you can export your data" or data portability says it outright.
  indirectly: (unit) => !namesExport(unit),
});

function namesExport(unit: Unit): boolean {
  return affirmed(unit.text, 'dataExport').length > 0 || affirmed(unit.text, 'dataCopyForUser').length > 0;
}
