// Near misses read by who does what (issue 10, round 2): a server's age, the
// server moved by its operators, a user's own backups, exports to a provider,
// measures said to be missing, offers only hoped for. Each near miss has a
// satisfying sentence beside it in the same language, so a fix that simply
// stops reading the topic fails too. Sentences written for these tests.
import assert from 'node:assert/strict';
import { allRules, defaultConfig, lintSet, type DocumentKind } from '../server/engine';

type Case = [ruleId: string, text: string];

/** The rule's status on a one-sentence document of the first kind the rule reads. */
function statusOf(ruleId: string, text: string): string | undefined {
  const rule = allRules().find((r) => r.id === ruleId)!;
  const kind: DocumentKind = ['data', 'retention', 'know'].includes(rule.group) ? 'privacy' : rule.where[0];
  const report = lintSet([{ file: 'policy.md', text, kind }], defaultConfig());
  return report.requirements.find((r) => r.ruleId === ruleId)?.status;
}

const SATISFYING: Case[] = [
  ['minimum-age', 'You must be at least 16 years old to sign up.'],
  ['minimum-age', 'Du musst mindestens 16 Jahre alt sein, um dich zu registrieren.'],
  ['minimum-age', 'Il faut avoir au moins 16 ans pour créer un compte.'],
  ['minimum-age', 'Debes tener al menos 16 años para registrarte.'],
  ['minimum-age', '当サーバーは16歳以上の方がご利用いただけます。'],
  ['minimum-age', 'This site is for people 13 years old and up.'],
  ['covenant-backups', 'Every night we back up your own data and everyone else\'s.'],
  ['data-export', 'You can export your data and take it to the service of your choice.'],
  ['account-migration', 'You can move your account to another server at any time.'],
  ['account-migration', 'Vous pouvez migrer votre compte vers une autre instance.'],
  ['account-deletion', 'You can delete your account from the settings page.'],
  ['covenant-backups', 'We back up the whole database every night.'],
  ['data-export', 'You can export your posts and follows as an archive.'],
  ['security-measures', 'You can turn on two-factor authentication in your settings.'],
  ['security-measures', 'Puedes activar la autenticación en dos pasos en tu perfil.'],
  ['security-measures', 'You can secure your login with an authenticator app as a second factor.'],
  ['security-measures', 'Du kannst dein Konto zusätzlich mit einem zweiten Faktor absichern.'],
  ['security-measures', 'Vous pouvez protéger votre compte avec un second facteur.'],
  ['security-measures', 'Puedes proteger tu cuenta con un segundo factor.'],
  ['scraping-prohibited', 'Scraping public posts from this server is prohibited.'],
  ['collects-username', 'Username: stored for as long as your account exists.'],
  ['third-parties', 'We share no personal data with third parties.'],
  ['third-parties', 'Wir geben keine personenbezogenen Daten an Dritte weiter.'],
  ['third-parties', 'The server is hosted by Hetzner in Germany.'],
  ['log-retention', 'We do not keep server logs.'],
  // A shutdown negated when it comes without notice, with the period in between.
  ['covenant-shutdown-notice', "We will never close this server without at least four months' notice."],
  ['covenant-shutdown-notice', 'Wir schalten die Instanz nicht ohne eine Frist von mindestens sechs Monaten ab.'],
  ['covenant-shutdown-notice', 'El servidor no cerrará sin un aviso de al menos tres meses.'],
  // AI training named as building models, in every language (a satisfying reading the tune half missed).
  ['ai-training-prohibited', 'Posts from this instance may not be used to create or improve AI models.'],
  ['ai-training-prohibited', "Il est interdit d'utiliser les messages publiés ici pour développer des modèles d'IA."],
  ['ai-training-prohibited', 'Es ist verboten, Beiträge dieser Instanz zu nutzen, um KI-Modelle zu entwickeln.'],
  ['ai-training-prohibited', 'Queda prohibido usar las publicaciones de este servidor para desarrollar modelos de IA.'],
  ['log-retention', 'Access logs are deleted after 14 days.'],
  ['federation-disclosure', 'Deine Beiträge werden an die Server deiner Follower gesendet und dort gespeichert.'],
  ['federation-disclosure', 'あなたの投稿はフォロワーのいるサーバーに配信され、そこに保存されます。'],
];

const NEAR_MISSES: Case[] = [
  // The age of a thing, not of a person.
  ['minimum-age', 'Our instance turned 8 years old last week.'],
  ['minimum-age', 'Die Instanz wurde im Mai sieben Jahre alt.'],
  ['minimum-age', 'Notre instance a fêté ses six ans en avril.'],
  ['minimum-age', 'Nuestra comunidad cumplió 4 años en enero.'],
  ['minimum-age', 'このサーバーは今年で3周年を迎えました。'],
  // The operators move the server; no account moves.
  ['account-migration', 'In 2023 we migrated the server to faster hardware.'],
  ['account-migration', 'Nous avons déménagé notre instance vers un autre hébergeur en mars.'],
  ['account-migration', 'Der Server wurde letztes Jahr zu einem neuen Hoster umgezogen.'],
  // Only hoped for.
  ['account-migration', 'Moving accounts to other servers is something we hope to support later.'],
  // Followers are other people's accounts.
  ['account-deletion', 'You can remove followers from your profile at any time.'],
  // A user's own backups; backups offered by a host but not made.
  ['covenant-backups', 'Please back up your own posts regularly.'],
  ['covenant-backups', 'Bitte sichere deine eigenen Daten regelmäßig.'],
  ['covenant-backups', 'Our provider offers nightly backups, but we have not activated them.'],
  // Exported to a service, or forbidden.
  ['data-export', 'Usage statistics are exported every day to our monitoring provider.'],
  ['data-export', 'Exporting other members\' posts is not permitted.'],
  // A security measure said to be missing.
  ['security-measures', 'Two-factor authentication is not available on this instance yet.'],
  ['security-measures', 'La double authentification n\'est pas disponible.'],
  ['security-measures', 'Two-step verification is not supported on this server.'],
  // The operators cannot prevent it: no prohibition.
  ['scraping-prohibited', 'We cannot fully prevent scraping of public posts.'],
  ['scraping-prohibited', 'Nous ne pouvons pas techniquement empêcher le scraping des messages publics.'],
  // A label that says the data is not collected.
  ['collects-username', 'Your username is not recorded: profiles are addressed by number.'],
  // Data about third parties, and a provider the server might change to.
  ['third-parties', 'Do not share personal information about third parties without their consent.'],
  ['third-parties', 'Bitte veröffentliche keine Daten über Dritte ohne deren Zustimmung.'],
  ['third-parties', 'We could change to a new hosting provider next spring.'],
  // No promise is no denial; logs never deleted are kept.
  ['log-retention', 'We cannot guarantee that server logs are removed within a set time.'],
  ['log-retention', 'Access logs are never deleted.'],
  // A shutdown that may come without notice.
  ['covenant-shutdown-notice', "The server could close at any time without even a week's warning."],
  // Content of other servers coming in, not the user's posts going out.
  ['federation-disclosure', 'Medien externer Server werden auf unserem Server zwischengespeichert.'],
  ['federation-disclosure', '外部サーバーの画像は当サーバーに保存されます。'],
];

describe('precision: near misses read by who does what', () => {
  for (const [ruleId, text] of SATISFYING) {
    it(`${ruleId} reads "${text}"`, () => assert.equal(statusOf(ruleId, text), 'satisfied'));
  }
  for (const [ruleId, text] of NEAR_MISSES) {
    it(`${ruleId} does not read "${text}"`, () => assert.equal(statusOf(ruleId, text), 'missing'));
  }
});
