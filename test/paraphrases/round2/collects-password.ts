// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'collects-password',
  en: {
    satisfy: [
      `Your password is stored only as a bcrypt hash; nobody on staff can read it.`,
      `We keep a salted hash of the password you set when registering.`,
      `- Password (hashed with bcrypt)
- E-mail address`,
      `Passwords are collected at sign-up and saved in hashed form.`,
      `The server stores an encrypted version of your passphrase.`,
      `| What | How it is stored |
|---|---|
| Password | One-way hash |`,
      `## Login credentials
To sign in you set a password. We store a hash of it, never the plain text.`,
      `We store your password, hashed, so that you can log in.`,
      `The account password you choose is retained by the server as a cryptographic hash.`,
      `Your password is hashed before it is written to our database.`,
      `Credentials we hold: your e-mail address and a hash of your password.`,
      `Stored with your account: a password digest (argon2).`,
      `The passphrase for your account is kept on our servers in hashed form only.`,
      `We collect a password when you create an account on thistle.zone.`,
      `Passwords are saved hashed and salted.`,
      `A hashed copy of your password is kept so the server can check it at each login.`,
      `Account security data: your hashed password and, if enabled, your two-factor secret.`,
      `On registration you set a password, which the instance stores (hashed).`,
      `**Password** — required; we store only its hash.`,
      `The admins of ferngully.social keep your password as a one-way hash they cannot reverse.`,
    ],
    near: [
      `Never share your password with anyone, including the moderators.`,
      `We do not store passwords: you log in with a one-time link sent by e-mail.`,
      `What happens if I forget my password?`,
      `Use a password manager to generate a strong passphrase.`,
      `Password reset links expire after one hour.`,
      `Admins will never ask you for your password by direct message.`,
      `If you reuse a password from another site, change it.`,
      `Passwords for third-party apps are not known to us; apps use OAuth tokens instead.`,
      `A password is not required to browse the public timeline.`,
      `The server does not keep your password in any form.`,
    ],
  },
  de: {
    satisfy: [
      `Dein Passwort wird nur als Hash gespeichert.`,
      `Wir speichern das bei der Registrierung gewählte Kennwort in gehashter Form.`,
      `- Passwort (bcrypt-Hash)
- E-Mail-Adresse`,
      `Das Passwort wird gesalzen und gehasht in der Datenbank abgelegt.`,
      `Zur Anmeldung erheben wir ein Passwort, das wir ausschließlich verschlüsselt aufbewahren.`,
      `Gespeichert wird ein Hash deines Passworts, nicht das Passwort selbst im Klartext.`,
    ],
    near: [
      `Gib dein Passwort niemals an Dritte weiter.`,
      `Wir speichern keine Passwörter; die Anmeldung erfolgt per Einmal-Link.`,
      `Was passiert, wenn ich mein Passwort vergesse?`,
    ],
  },
  fr: {
    satisfy: [
      `Votre mot de passe est conservé uniquement sous forme hachée.`,
      `Nous stockons un hachage du mot de passe choisi à l'inscription.`,
      `- Mot de passe (haché avec bcrypt)
- Adresse e-mail`,
      `Le mot de passe est enregistré chiffré de façon irréversible dans notre base de données.`,
      `À la création du compte, nous collectons un mot de passe, stocké haché et salé.`,
      `Le serveur garde une empreinte de votre mot de passe, jamais le mot de passe en clair.`,
    ],
    near: [
      `Ne communiquez jamais votre mot de passe à qui que ce soit.`,
      `Nous ne stockons aucun mot de passe : la connexion se fait par lien magique.`,
      `Que faire si j'oublie mon mot de passe ?`,
    ],
  },
  ja: {
    satisfy: [
      `パスワードはハッシュ化して保存します。`,
      `登録時に設定したパスワードは、ハッシュ値としてのみ保管されます。`,
      `- パスワード（bcryptでハッシュ化）
- メールアドレス`,
      `ログインのためにパスワードを収集し、暗号化して保存します。`,
      `当サーバーはパスワードを平文ではなくハッシュ化した形で記録しています。`,
      `アカウントのパスワードはソルト付きハッシュでデータベースに格納されます。`,
    ],
    near: [
      `パスワードを他人に教えないでください。`,
      `当サーバーはパスワードを一切保存しません。`,
      `パスワードを忘れた場合はどうなりますか？`,
    ],
  },
  es: {
    satisfy: [
      `Tu contraseña se guarda únicamente como hash.`,
      `Almacenamos la contraseña que eliges al registrarte, cifrada con bcrypt.`,
      `- Contraseña (hash)
- Correo electrónico`,
      `Recopilamos una contraseña para iniciar sesión y la guardamos con hash y sal.`,
      `El servidor conserva un hash de tu contraseña, nunca el texto plano.`,
      `La clave de tu cuenta queda almacenada de forma cifrada e irreversible.`,
    ],
    near: [
      `Nunca compartas tu contraseña con nadie.`,
      `No almacenamos contraseñas: inicias sesión con un enlace de un solo uso.`,
      `¿Qué pasa si olvido mi contraseña?`,
    ],
  },
} satisfies ParaphraseSet;
