// One plain sentence per change, for users, in the policy's language: what
// `fedipolicy diff` suggests pasting into the announcement of a new version.
// English and German are written out; other languages fall back to English
// (the report says which language it used).
import type { RequirementValue } from './types';
import type { ChangeKind, RequirementSide } from './diff';
import { sayPeriod } from './vocabulary';

interface ChangeInput {
  ruleId: string;
  change: ChangeKind;
  before: RequirementSide;
  after: RequirementSide;
}

interface Words {
  /** Sentences for a requirement gained and lost, by rule. */
  rules: Record<string, [gained: string, lost: string]>;
  /** A period of days ("12 months"), in the unit given or the one that fits. */
  period(days: number, unit?: PeriodUnit): string;
  /** How often, as an adverb ("daily", "every 3 days"). */
  every(days: number): string;
  /** A list of category names joined for a sentence. */
  list(names: string[]): string;
  category(name: string): string;
  /** Sentences that need the value: undefined falls back to the plain gained / lost sentence. */
  valued(input: ChangeInput, v: Values): string | undefined;
}

interface Values {
  before?: number;
  after?: number;
  dropped: string[];
  added: string[];
}

type PeriodUnit = 'day' | 'month' | 'year';

/** One unit for two periods, so they read side by side ("24 months instead of 12 months", not "2 years instead of 12 months"). */
function commonUnit(a: number, b: number): PeriodUnit {
  const months = (d: number) => d % 30 === 0 || d % 365 === 0;
  if (a % 365 === 0 && b % 365 === 0 && a > 365 && b > 365) return 'year';
  return months(a) && months(b) ? 'month' : 'day';
}

const FREQUENCY_EN: Record<number, [adverb: string, adjective: string]> = {
  0.5: ['several times a day', 'several-times-a-day'], 1: ['daily', 'daily'], 7: ['weekly', 'weekly'], 30: ['monthly', 'monthly'], 365: ['yearly', 'yearly'],
};
const FREQUENCY_DE: Record<number, string> = { 0.5: 'mehrmals täglich', 1: 'täglich', 7: 'wöchentlich', 30: 'monatlich', 365: 'jährlich' };

const joinWith = (and: string) => (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`);

const RETAINED_EN: Record<string, [what: string, pronoun: string]> = {
  'ip-retention': ['IP addresses', 'them'],
  'log-retention': ['server logs', 'them'],
  'login-retention': ['your sign-in history', 'it'],
};
const RETAINED_DE: Record<string, [what: string, pronoun: string]> = {
  'ip-retention': ['IP-Adressen', 'sie'],
  'log-retention': ['Server-Logs', 'sie'],
  'login-retention': ['deinen Anmeldeverlauf', 'ihn'],
};

const tellEn = (clause: string): [string, string] => [`We now tell you that ${clause}.`, `We no longer tell you that ${clause}.`];
const sayEn = (clause: string): [string, string] => [`We now say ${clause}.`, `We no longer say ${clause}.`];
const promiseEn = (what: string): [string, string] => [`We now promise ${what}.`, `We no longer promise ${what}.`];

const ENGLISH: Words = {
  rules: {
    'collects-email': tellEn('we collect your e-mail address'),
    'collects-username': tellEn('we store your username'),
    'collects-password': tellEn('we store your password'),
    'collects-ip-address': tellEn('we record your IP address'),
    'collects-user-agent': tellEn('we record which browser or app you use'),
    'collects-login-history': tellEn('we record when you sign in'),
    'collects-user-content': sayEn('what we keep of what you post (posts, media, follows, favourites and boosts)'),
    'date-of-birth': sayEn('what happens to your date of birth'),
    'ip-retention': sayEn('how long we keep IP addresses'),
    'log-retention': sayEn('how long we keep server logs'),
    'login-retention': sayEn('how long we keep your sign-in history'),
    'covenant-moderation': ['We now commit to moderating against racism, sexism, homophobia and transphobia.', 'We no longer commit to moderating against racism, sexism, homophobia and transphobia.'],
    'covenant-backups': promiseEn('regular backups'),
    'covenant-emergency-access': promiseEn('that at least one other person can reach the server in an emergency'),
    'covenant-shutdown-notice': promiseEn('notice before the server shuts down'),
    'ai-training-prohibited': ['We now forbid using your content to train AI models.', 'We no longer forbid using your content to train AI models.'],
    'scraping-prohibited': ['We now forbid scraping this server and your content.', 'We no longer forbid scraping this server and your content.'],
    'dm-not-encrypted': tellEn('direct messages are not end-to-end encrypted'),
    'federation-disclosure': tellEn('your posts are sent to, and copied on, other servers of the network'),
    'data-export': tellEn('you can download an export of your data'),
    'account-deletion': tellEn('you can delete your account'),
    'account-migration': tellEn('you can move your account to another server'),
    'no-data-sale': promiseEn('not to sell your data or use it for advertising'),
    'minimum-age': ['We now state a minimum age to use this server.', 'We no longer state a minimum age to use this server.'],
    contact: sayEn('how to reach us about privacy'),
    'security-measures': sayEn('how we protect your data'),
    'third-parties': sayEn('which other companies receive your data'),
    'policy-changes': sayEn('how we announce changes to this policy or when it was last updated'),
  },
  period: (days, unit) => sayPeriod(days, 'en', unit),
  every: (days) => FREQUENCY_EN[days]?.[0] ?? `every ${days} days`,
  list: joinWith('and'),
  category: (name) => name,
  valued: ({ ruleId, change }, v) => {
    const { before, after } = v;
    const retained = RETAINED_EN[ruleId];
    if (retained) {
      const [what, them] = retained;
      if (change === 'gained' && after !== undefined) return after === 0 ? `We now say that we do not keep ${what}.` : `We now say how long we keep ${what}: up to ${ENGLISH.period(after)}.`;
      if (change !== 'value' || before === undefined || after === undefined) return undefined;
      if (after === 0) return `We no longer keep ${what} (before: up to ${ENGLISH.period(before)}).`;
      if (before === 0) return `We now keep ${what} for up to ${ENGLISH.period(after)}; before, we did not keep ${them}.`;
      const unit = commonUnit(before, after);
      return `We now keep ${what} for up to ${ENGLISH.period(after, unit)} instead of ${ENGLISH.period(before, unit)}.`;
    }
    switch (ruleId) {
      case 'covenant-shutdown-notice':
        if (change === 'gained' || (change === 'value' && before === undefined)) return after === undefined ? undefined : `We now promise ${ENGLISH.period(after)} of notice before the server shuts down.`;
        if (change === 'value' && after === undefined) return `We still promise notice before the server shuts down, but no longer ${ENGLISH.period(before!)}.`;
        if (change === 'value') return `We now promise ${ENGLISH.period(after!, commonUnit(before!, after!))} of notice before the server shuts down, instead of ${ENGLISH.period(before!, commonUnit(before!, after!))}.`;
        return undefined;
      case 'covenant-backups': {
        if (change === 'gained' || (change === 'value' && before === undefined)) return after === undefined ? undefined : `We now promise to back up the server ${ENGLISH.every(after)}.`;
        const lostFrequency = change === 'lost' || (change === 'value' && after === undefined);
        if (lostFrequency && before !== undefined) {
          const adjective = FREQUENCY_EN[before]?.[1];
          return adjective && before >= 1 ? `We no longer promise ${adjective} backups.` : `We no longer promise to back up the server ${ENGLISH.every(before)}.`;
        }
        if (change === 'value') return `We now back up the server ${ENGLISH.every(after!)} instead of ${ENGLISH.every(before!)}.`;
        return undefined;
      }
      case 'minimum-age':
        if (change === 'gained' && after !== undefined) return `We now state a minimum age to use this server: ${after}.`;
        if (change === 'value' && before !== undefined && after !== undefined) return `The minimum age to use this server is now ${after} instead of ${before}.`;
        return undefined;
      case 'covenant-moderation':
        if (change === 'lost' && v.dropped.length) return `We no longer commit to moderating against ${ENGLISH.list(v.dropped.map(ENGLISH.category))}.`;
        return undefined;
      case 'collects-user-content':
        if (v.dropped.length && change !== 'gained') return `We no longer mention that we keep your ${ENGLISH.list(v.dropped)}.`;
        if (change === 'value' && v.added.length) return `We now also mention that we keep your ${ENGLISH.list(v.added)}.`;
        return undefined;
    }
    return undefined;
  },
};

const tellDe = (clause: string): [string, string] => [`Wir informieren dich jetzt darüber, dass ${clause}.`, `Wir informieren dich nicht mehr darüber, dass ${clause}.`];
const sayDe = (clause: string): [string, string] => [`Wir sagen jetzt, ${clause}.`, `Wir sagen nicht mehr, ${clause}.`];
const promiseDe = (infinitive: string): [string, string] => [`Wir versprechen jetzt, ${infinitive}.`, `Wir versprechen nicht mehr, ${infinitive}.`];

const CATEGORY_DE: Record<string, string> = {
  racism: 'Rassismus', sexism: 'Sexismus', homophobia: 'Homophobie', transphobia: 'Transphobie',
  posts: 'deine Beiträge', media: 'deine Medien', 'follows and followers': 'die Konten, denen du folgst, und deine Follower', 'favourites and boosts': 'deine Favoriten und geteilten Beiträge',
  bookmarks: 'deine Lesezeichen', lists: 'deine Listen', blocks: 'deine Blockierungen', mutes: 'deine Stummschaltungen', 'private notes': 'deine privaten Notizen',
};

const GERMAN: Words = {
  rules: {
    'collects-email': tellDe('wir deine E-Mail-Adresse speichern'),
    'collects-username': tellDe('wir deinen Benutzernamen speichern'),
    'collects-password': tellDe('wir dein Passwort speichern'),
    'collects-ip-address': tellDe('wir deine IP-Adresse erfassen'),
    'collects-user-agent': tellDe('wir erfassen, welchen Browser oder welche App du nutzt'),
    'collects-login-history': tellDe('wir erfassen, wann du dich anmeldest'),
    'collects-user-content': sayDe('was wir von deinen Inhalten speichern (Beiträge, Medien, wem du folgst und wer dir folgt, Favoriten und geteilte Beiträge)'),
    'date-of-birth': sayDe('was mit deinem Geburtsdatum geschieht'),
    'ip-retention': sayDe('wie lange wir IP-Adressen speichern'),
    'log-retention': sayDe('wie lange wir Server-Logs speichern'),
    'login-retention': sayDe('wie lange wir deinen Anmeldeverlauf speichern'),
    'covenant-moderation': promiseDe('gegen Rassismus, Sexismus, Homophobie und Transphobie zu moderieren'),
    'covenant-backups': ['Wir versprechen jetzt regelmäßige Backups.', 'Wir versprechen keine regelmäßigen Backups mehr.'],
    'covenant-emergency-access': promiseDe('dass im Notfall mindestens eine weitere Person Zugriff auf den Server hat'),
    'covenant-shutdown-notice': promiseDe('eine Schließung des Servers vorher anzukündigen'),
    'ai-training-prohibited': ['Wir verbieten jetzt, deine Inhalte zum Training von KI-Modellen zu verwenden.', 'Wir verbieten nicht mehr, deine Inhalte zum Training von KI-Modellen zu verwenden.'],
    'scraping-prohibited': ['Wir verbieten jetzt das automatisierte Auslesen (Scraping) dieses Servers und deiner Inhalte.', 'Wir verbieten das automatisierte Auslesen (Scraping) dieses Servers und deiner Inhalte nicht mehr.'],
    'dm-not-encrypted': tellDe('Direktnachrichten nicht Ende-zu-Ende-verschlüsselt sind'),
    'federation-disclosure': tellDe('deine Beiträge an andere Server des Netzwerks gehen und dort gespeichert werden'),
    'data-export': tellDe('du ein Archiv deiner Daten herunterladen kannst'),
    'account-deletion': tellDe('du dein Konto löschen kannst'),
    'account-migration': tellDe('du mit deinem Konto auf einen anderen Server umziehen kannst'),
    'no-data-sale': promiseDe('deine Daten nicht zu verkaufen und nicht für Werbung zu nutzen'),
    'minimum-age': ['Wir nennen jetzt ein Mindestalter für diesen Server.', 'Wir nennen kein Mindestalter für diesen Server mehr.'],
    contact: sayDe('wie du uns bei Fragen zum Datenschutz erreichst'),
    'security-measures': sayDe('wie wir deine Daten schützen'),
    'third-parties': sayDe('welche anderen Unternehmen deine Daten erhalten'),
    'policy-changes': sayDe('wie wir Änderungen an dieser Richtlinie ankündigen oder wann sie zuletzt geändert wurde'),
  },
  period: (days, unit) => sayPeriod(days, 'de', unit),
  every: (days) => FREQUENCY_DE[days] ?? `alle ${days} Tage`,
  list: joinWith('und'),
  category: (name) => CATEGORY_DE[name] ?? name,
  valued: ({ ruleId, change }, v) => {
    const { before, after } = v;
    const retained = RETAINED_DE[ruleId];
    if (retained) {
      const [what, them] = retained;
      if (change === 'gained' && after !== undefined) {
        return after === 0 ? `Wir sagen jetzt, dass wir ${what} nicht speichern.` : `Wir sagen jetzt, wie lange wir ${what} speichern: bis zu ${GERMAN.period(after)}.`;
      }
      if (change !== 'value' || before === undefined || after === undefined) return undefined;
      if (after === 0) return `Wir speichern ${what} nicht mehr (bisher bis zu ${GERMAN.period(before)}).`;
      if (before === 0) return `Wir speichern ${what} jetzt bis zu ${GERMAN.period(after)} lang; bisher haben wir ${them} nicht gespeichert.`;
      const unit = commonUnit(before, after);
      return `Wir speichern ${what} jetzt bis zu ${GERMAN.period(after, unit)} lang (bisher ${GERMAN.period(before, unit)}).`;
    }
    switch (ruleId) {
      case 'covenant-shutdown-notice':
        if (change === 'gained' || (change === 'value' && before === undefined)) return after === undefined ? undefined : `Wir versprechen jetzt, eine Schließung des Servers ${GERMAN.period(after)} vorher anzukündigen.`;
        if (change === 'value' && after === undefined) return `Wir versprechen weiterhin, eine Schließung des Servers anzukündigen, aber nicht mehr ${GERMAN.period(before!)} vorher.`;
        if (change === 'value') return `Wir kündigen eine Schließung des Servers jetzt ${GERMAN.period(after!, commonUnit(before!, after!))} vorher an (bisher ${GERMAN.period(before!, commonUnit(before!, after!))}).`;
        return undefined;
      case 'covenant-backups': {
        if (change === 'gained' || (change === 'value' && before === undefined)) return after === undefined ? undefined : `Wir versprechen jetzt, den Server ${GERMAN.every(after)} zu sichern.`;
        if ((change === 'lost' || (change === 'value' && after === undefined)) && before !== undefined) return `Wir versprechen nicht mehr, den Server ${GERMAN.every(before)} zu sichern.`;
        if (change === 'value') return `Wir sichern den Server jetzt ${GERMAN.every(after!)} (bisher ${GERMAN.every(before!)}).`;
        return undefined;
      }
      case 'minimum-age':
        if (change === 'gained' && after !== undefined) return `Wir nennen jetzt ein Mindestalter für diesen Server: ${after} Jahre.`;
        if (change === 'value' && before !== undefined && after !== undefined) return `Das Mindestalter für diesen Server liegt jetzt bei ${after} Jahren (bisher ${before}).`;
        return undefined;
      case 'covenant-moderation':
        if (change === 'lost' && v.dropped.length) return `Wir verpflichten uns nicht mehr, gegen ${GERMAN.list(v.dropped.map(GERMAN.category))} zu moderieren.`;
        return undefined;
      case 'collects-user-content':
        if (v.dropped.length && change !== 'gained') return `Wir erwähnen nicht mehr, dass wir ${GERMAN.list(v.dropped.map(GERMAN.category))} speichern.`;
        if (change === 'value' && v.added.length) return `Wir erwähnen jetzt auch, dass wir ${GERMAN.list(v.added.map(GERMAN.category))} speichern.`;
        return undefined;
    }
    return undefined;
  },
};

const WORDS: Record<string, Words> = { en: ENGLISH, de: GERMAN };

/** The languages summaries are written in; any other falls back to English. */
export const SUMMARY_LANGUAGES = Object.keys(WORDS);

/** The language a summary for a policy in `language` is written in. */
export function summaryLanguage(language: string): string {
  const base = language.toLowerCase().split(/[-_]/)[0];
  return WORDS[base] ? base : 'en';
}

function number(value: RequirementValue | undefined, ruleId: string): number | undefined {
  if (!value) return undefined;
  if (ruleId === 'minimum-age') return value.age;
  if (ruleId === 'covenant-backups') return value.everyDays;
  return value.days;
}

/** The sentence for users about one change of a requirement. */
export function changeSummary(input: ChangeInput, language: string): string {
  const words = WORDS[summaryLanguage(language)];
  const beforeList = input.before.value?.categories ?? [];
  const afterList = input.after.value?.categories ?? [];
  const values: Values = {
    before: number(input.before.value, input.ruleId),
    after: number(input.after.value, input.ruleId),
    dropped: beforeList.filter((c) => !afterList.includes(c)),
    added: afterList.filter((c) => !beforeList.includes(c)),
  };
  const valued = words.valued(input, values);
  if (valued) return valued;
  const [gained, lost] = words.rules[input.ruleId] ?? [`We now meet the requirement ${input.ruleId}.`, `We no longer meet the requirement ${input.ruleId}.`];
  // A value that is no longer stated reads as the loss of that statement.
  const noLongerStated = input.change === 'value' && values.after === undefined && values.before !== undefined;
  return input.change === 'lost' || noLongerStated ? lost : gained;
}
