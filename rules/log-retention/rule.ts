import { affirmed, find, has, withHeading } from '../../server/engine/match';
import type { Unit } from '../../server/engine/model';
import { retentionRule } from '../shared/retention';


function aboutServerLogs(unit: Unit): boolean {
  // Moderation or audit logs are records of staff actions, not the server's request logs.
  if (has(unit.text, 'otherLogs')) return false;
  return affirmed(withHeading(unit), 'serverLogs').length > 0 || find(unit.text, 'serverLogs').length > 0 || find(unit.text, 'requestRecords').length > 0;
}
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

export default retentionRule({
  id: 'log-retention',
  severity: 'warning',
  maxDays: 90,
  subject: aboutServerLogs,
  data: { concepts: ['serverLogs'], name: 'server logs' },
  what: 'Server logs',
  summary: 'The policy states a concrete maximum period for server/request logs, or that no such logs are kept.',
  message: 'The policy does not say how long server logs are kept; users should know when the records of their requests are deleted.',
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['Server logs are deleted after 30 days.', 'We do not keep server logs.', 'Our web server keeps access logs for two weeks.', "| Data | Retention |\n|---|---|\n| Server logs | 14 days |", "We keep request logs to debug problems. They are purged after 5 days.", "Access logs are cleared every 14 days.", "We do not log requests at all.", "Records of HTTP requests are deleted after 7 days."],
    fail: ['# Privacy\n\nOur server keeps logs.', 'Logs are kept as long as necessary.', 'Server logs are kept for one year.'],
    near: ['Are server logs deleted after 30 days?', '```\nlogs: 30 days\n```', '# Privacy\n\nModeration logs are kept for one year.', "Server logs are kept for at least 30 days."],
  },
});
