// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'collects-username',
  en: {
    satisfy: [
      `When you sign up on kelp.garden you choose a username, which we store and which forms part of your public address (@name@kelp.garden).`,
      `We keep the account name you picked at registration.`,
      `- Username (public, stored for the life of the account)
- Password (stored as a hash)`,
      `Your handle is recorded by the server and shown on your profile.`,
      `The instance stores each member's username and display name.`,
      `| Field | Public? |
|---|---|
| Username | Yes |
| Display name | Yes |`,
      `## Profile information
Choosing a user name is required to register. It is saved on this server and sent to other servers along with your posts.`,
      `We collect the username you register under.`,
      `Account data held by the admins of brambles.net includes your login name.`,
      `Your chosen handle (the part before the @) is kept in our database.`,
      `Registration collects a username, which cannot be changed later.`,
      `Information stored about you: your account name, the date you joined, and your profile fields.`,
      `The nickname you register with on Orchard is retained and displayed publicly.`,
      `We store your username so other people can find and mention you.`,
      `A unique username is required to create an account and is kept as long as the account exists.`,
      `The operators record the user name attached to every account.`,
      `**Username** — chosen by you at sign-up, stored permanently with your account.`,
      `Your @handle is saved when the account is created.`,
      `Every account has a username; we keep it on file.`,
      `We retain the account name you selected when joining lowtide.club.`,
    ],
    near: [
      `We do not ask for your legal name.`,
      `Please choose a username that does not impersonate another person.`,
      `Can I change my username later?`,
      `Usernames of deleted accounts are not reserved by anybody.`,
      `Display names are optional and may contain emoji.`,
      `We don't store usernames from other servers that you never interact with.`,
      `If you use a pseudonym, nobody on staff will ask who you really are.`,
      `Search engines may index the handles of public accounts on other servers.`,
      `Your username is not collected: accounts are identified by a random number only.`,
      `Tip: you can mention people by typing @ followed by their handle.`,
    ],
  },
  de: {
    satisfy: [
      `Bei der Registrierung wählst du einen Benutzernamen, den wir speichern.`,
      `Wir erfassen den Nutzernamen deines Kontos; er ist öffentlich sichtbar.`,
      `- Benutzername
- E-Mail-Adresse`,
      `Der Kontoname, den du bei der Anmeldung angibst, wird auf unserem Server gespeichert.`,
      `Dein Handle (@name@moor.social) wird dauerhaft mit deinem Konto gespeichert.`,
      `Die Admins speichern zu jedem Konto den gewählten Benutzernamen.`,
    ],
    near: [
      `Wir fragen nicht nach deinem echten Namen.`,
      `Kann ich meinen Benutzernamen später ändern?`,
      `Bitte wähle keinen Benutzernamen, der andere Personen nachahmt.`,
    ],
  },
  fr: {
    satisfy: [
      `À l'inscription, vous choisissez un nom d'utilisateur que nous conservons.`,
      `Nous enregistrons l'identifiant de votre compte, visible publiquement.`,
      `- Nom d'utilisateur
- Adresse e-mail`,
      `Le pseudonyme choisi lors de la création du compte est stocké sur le serveur.`,
      `Votre nom de compte (@nom@lande.social) est conservé tant que le compte existe.`,
      `Les administrateurs conservent le nom d'utilisateur de chaque membre.`,
    ],
    near: [
      `Nous ne demandons pas votre nom réel.`,
      `Puis-je changer mon nom d'utilisateur ?`,
      `Merci de ne pas choisir un pseudonyme qui usurpe l'identité d'autrui.`,
    ],
  },
  ja: {
    satisfy: [
      `登録時に設定したユーザー名を保存します。`,
      `アカウント名はサーバーに記録され、公開されます。`,
      `- ユーザー名
- メールアドレス`,
      `当インスタンスは、各アカウントのユーザーIDを保管しています。`,
      `登録の際にご入力いただいたユーザー名を収集します。`,
      `ハンドル名（@name@kaze.social）はアカウントと共に保存されます。`,
    ],
    near: [
      `本名をお伺いすることはありません。`,
      `ユーザー名はあとから変更できますか？`,
      `他人になりすますようなユーザー名は使用しないでください。`,
    ],
  },
  es: {
    satisfy: [
      `Al registrarte eliges un nombre de usuario, que guardamos.`,
      `Almacenamos el nombre de cuenta que seleccionaste al unirte.`,
      `- Nombre de usuario
- Correo electrónico`,
      `Recopilamos tu nombre de usuario; es público y se guarda con tu cuenta.`,
      `Tu alias (@nombre@rio.social) queda registrado en el servidor.`,
      `Los administradores conservan el nombre de usuario de cada cuenta.`,
    ],
    near: [
      `No pedimos tu nombre real.`,
      `¿Puedo cambiar mi nombre de usuario más tarde?`,
      `No elijas un nombre de usuario que suplante a otra persona.`,
    ],
  },
} satisfies ParaphraseSet;
