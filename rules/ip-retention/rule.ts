
import { affirmed, find, has, retentionDenied, retentionPeriods, withHeading } from '../../server/engine/match';
import type { Unit } from '../../server/engine/model';
import { retentionRule } from '../shared/retention';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

/** IP addresses are what the sentence keeps, not merely something inside the logs it keeps ("logs containing the IP address"). */
function aboutIps(unit: Unit): boolean {
  const ips = affirmed(withHeading(unit), 'ip');
  // "We do not keep IP addresses longer than three months" negates the keeping beyond a bound: the IP addresses are its subject.
  const named = find(unit.text, 'ip').length > 0;
  if (ips.length === 0 && !(named && (retentionDenied(unit) || keptNoLonger(unit)))) return false;
  const ip = find(unit.text, 'ip')[0];
  if (!ip) return true; // named by the heading
  // In either order: "logs containing the IP address", "IPアドレスを含むサーバーログ".
  return !find(unit.text, 'serverLogs').some((logs) => {
    const [from, to] = logs.end <= ip.start ? [logs.end, ip.start] : [ip.end, logs.start];
    const between = unit.text.slice(from, Math.max(from, to));
    return has(between, 'containing') && !has(between, 'retain');
  });
}

function keptNoLonger(unit: Unit): boolean {
  return find(unit.text, 'retain').some((m) => has(unit.text.slice(m.end), 'beyondPeriod')) && retentionPeriods(unit).length > 0;
}

export default retentionRule({
  id: 'ip-retention',
  severity: 'error',
  maxDays: 365,
  subject: aboutIps,
  data: { concepts: ['ip'], name: 'IP addresses' },
  what: 'IP addresses',
  summary: 'The policy states a concrete maximum period for keeping IP addresses tied to users.',
  message: 'The policy does not say how long IP addresses are kept; users should know when the record of where they connected from is deleted.',
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['IP addresses are never stored for more than 30 days.', 'We record the IP address of each sign-in. This data is deleted after 30 days.', 'We keep the IP addresses linked to your account for no longer than 12 months, then delete them.', 'IP addresses are deleted after ninety (90) days.', '## IP addresses\n\nWe keep them for six months.', "| Data | Kept for |\n|---|---|\n| IP addresses | 6 months |", "How long do you keep my IP address?\n\nAt most one year.", "- **Data:** IP addresses\n- **Retention period:** 90 days", "We never keep IP addresses for more than three months."],
    fail: ['# Privacy\n\nWe record your IP address when you log in.', 'We keep IP addresses for as long as necessary.', 'We keep IP addresses for 2 years.'],
    near: ['`We keep IP addresses for 90 days.`', 'Do we keep IP addresses for 12 months?', '<!-- We delete IP addresses after 90 days. -->', 'We keep server logs containing the IP address for 90 days.', 'We record the IP address of each sign-in. Our newsletter list is deleted after 30 days.', 'We record the IP address of each sign-in.\n\n## Newsletter\n\nThis data is deleted after 30 days.', "IP addresses are kept for at least 30 days.", "We have no fixed retention period for IP addresses.", "- **Data:** e-mail address\n- **Retention period:** 90 days", "We keep IP addresses.\n\nAccounts are deleted after three months of inactivity."],
  },
});

