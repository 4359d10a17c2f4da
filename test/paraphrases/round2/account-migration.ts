// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'account-migration',
  en: {
    satisfy: [
      `You can move your account to another server; your followers will be transferred automatically.`,
      `Users may migrate to a different instance and take their followers with them.`,
      `## Moving to another server
Create an account elsewhere, add an alias, then use "Move to a different account" in your settings. Your followers follow you to the new server.`,
      `If you want to switch servers, account migration redirects your profile and moves your followers.`,
      `- Move your account: Settings > Account > Move to a different account`,
      `Followers can be moved to a new account on any compatible server.`,
      `You are free to leave for another instance and bring your followers along.`,
      `Account moves are supported: set up a redirect to your new profile and your followers will be migrated.`,
      `| Feature | Supported |
|---|---|
| Moving your account to another server | Yes |`,
      `Mastodon lets you transfer your followers to an account on another server.`,
      `Should you decide to leave, you may migrate your account to any other fediverse server.`,
      `**Portability.** You can relocate your account, with its followers, to another instance.`,
      `Migrating away from this server is possible and we will never block it.`,
      `To change instances, use the account migration feature; your follower list moves with you.`,
      `Users can redirect their account to a new home server, which moves their followers.`,
      `Your social graph is portable: you can move your followers to a different server.`,
      `Account migration to other servers is available from the account settings.`,
      `You may export your follows, move your account, and carry on elsewhere without losing followers.`,
      `Misskey supports account migration: followers are moved to your new account.`,
      `### Leaving for another server
Your followers can come with you when you move your account.`,
    ],
    near: [
      `Moving your account to another server is not supported.`,
      `Can I move my account to another server?`,
      `We moved the server to a new hosting provider last year.`,
      `The database will be migrated to a new version during maintenance.`,
      `Your posts are not copied over when you open a second account elsewhere.`,
      `Accounts cannot be transferred to another person.`,
      `We may refuse accounts that move here from servers we have suspended.`,
      `Migration between servers is something we hope to support eventually.`,
      `Followers you have removed cannot follow you again unless you approve them.`,
      `Moving house? Remember to update your profile location.`,
    ],
  },
  de: {
    satisfy: [
      `Du kannst dein Konto auf einen anderen Server umziehen; deine Follower werden mitgenommen.`,
      `Nutzer können zu einer anderen Instanz wechseln und ihre Follower mitnehmen.`,
      `## Umzug
Lege ein Konto auf dem neuen Server an und nutze „Zu einem anderen Konto umziehen“. Deine Follower folgen dir dann dorthin.`,
      `Ein Kontoumzug zu einem anderen Server ist jederzeit möglich.`,
      `Deine Follower lassen sich auf ein neues Konto auf einem anderen Server übertragen.`,
      `- Konto umziehen: Einstellungen > Konto`,
    ],
    near: [
      `Ein Umzug zu einem anderen Server wird nicht unterstützt.`,
      `Kann ich mein Konto umziehen?`,
      `Wir sind letztes Jahr zu einem neuen Hoster umgezogen.`,
    ],
  },
  fr: {
    satisfy: [
      `Vous pouvez déménager votre compte vers un autre serveur ; vos abonnés seront transférés.`,
      `Les utilisateurs peuvent migrer vers une autre instance en emmenant leurs abonnés.`,
      `## Changer de serveur
Créez un compte ailleurs puis utilisez « Déménager vers un autre compte » : vos abonnés vous suivront.`,
      `La migration de votre compte vers une autre instance est possible à tout moment.`,
      `Vos abonnés peuvent être transférés vers un nouveau compte sur un autre serveur.`,
      `- Migrer le compte : Préférences > Compte`,
    ],
    near: [
      `Le déménagement vers un autre serveur n'est pas possible.`,
      `Puis-je transférer mon compte ?`,
      `Nous avons migré le serveur chez un nouvel hébergeur l'an dernier.`,
    ],
  },
  ja: {
    satisfy: [
      `アカウントを他のサーバーへ引っ越すことができ、フォロワーも移行されます。`,
      `ユーザーは別のインスタンスへ移行し、フォロワーを引き継ぐことができます。`,
      `## 引っ越し
移行先でアカウントを作成し、「別のアカウントへ引っ越す」を使うと、フォロワーが新しいサーバーへ移ります。`,
      `他のサーバーへのアカウント移行はいつでも可能です。`,
      `フォロワーを別サーバーの新しいアカウントへ移すことができます。`,
      `- アカウントの引っ越し：設定 > アカウント`,
    ],
    near: [
      `他のサーバーへのアカウント移行には対応していません。`,
      `アカウントを引っ越すことはできますか？`,
      `昨年、サーバーを新しいホスティング会社へ移転しました。`,
    ],
  },
  es: {
    satisfy: [
      `Puedes mudar tu cuenta a otro servidor; tus seguidores se transferirán.`,
      `Los usuarios pueden migrar a otra instancia llevándose a sus seguidores.`,
      `## Mudarse de servidor
Crea una cuenta en el nuevo servidor y usa «Mudarse a otra cuenta»: tus seguidores te seguirán allí.`,
      `La migración de tu cuenta a otra instancia es posible en cualquier momento.`,
      `Tus seguidores pueden trasladarse a una cuenta nueva en otro servidor.`,
      `- Migrar la cuenta: Preferencias > Cuenta`,
    ],
    near: [
      `No se puede trasladar la cuenta a otro servidor.`,
      `¿Puedo mudar mi cuenta?`,
      `El año pasado trasladamos el servidor a otro proveedor.`,
    ],
  },
} satisfies ParaphraseSet;
