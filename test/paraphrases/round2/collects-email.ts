// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'collects-email',
  en: {
    satisfy: [
      `To register on harbour.social you give us an email address, which we keep so we can confirm your account and reset your password.`,
      `Your e-mail address is stored in our database for as long as your account exists.`,
      `## What we collect

- Your e-mail address
- A display name
- The posts you publish`,
      `Sign-up requires a valid mail address; the admins of quietgrove.xyz store it alongside your profile.`,
      `We ask for an email during registration.`,
      `| Data | Why |
|---|---|
| Email address | Account confirmation and password recovery |
| Username | Identifying you on the network |`,
      `When you create an account on mossy.town, the address you enter in the "E-mail" field is saved and used only for notifications and login recovery.`,
      `The server keeps the email address you signed up with.`,
      `Account information: the e-mail address you used to sign up, stored by the instance.`,
      `We collect your email address at sign-up so that the moderators of pinecone.club can reach you about your account.`,
      `Registration on Fjordline requires an e-mail address, which is retained together with the account.`,
      `**Email.** Needed to sign up. Stored on our server, never shown on your profile.`,
      `Each account on this instance is tied to an email address that we hold on file.`,
      `Basic account data we keep: your handle, your mail address and a hashed password.`,
      `Your e-mail is collected when you register and is visible only to the server staff.`,
      `The email address supplied during sign-up is retained by the operators of lichen.cafe.`,
      `Information you give us when you join: an email address (required) and, optionally, a bio and an avatar.`,
      `### Email addresses
We store the email address linked to each account so that password resets and important notices can be delivered.`,
      `Our sign-up form asks you for your e-mail address, and we save it.`,
      `We hold the email address that each member registered with.`,
    ],
    near: [
      `We do not collect email addresses; accounts on tidepool.space are created by invitation link only.`,
      `Do we store your email address?`,
      `You can email the admins at staff@harbour.social with any question.`,
      `We never send marketing e-mails.`,
      `If we ever start collecting e-mail addresses, this policy will be updated first.`,
      `Email notifications can be switched off in your settings at any time.`,
      `We record the phone number you give us for two-factor recovery.`,
      `No mail address is asked for or kept when you sign up here.`,
      `Other instances may send you e-mail digests; we have no control over them.`,
      `Spam filters on our mail provider scan outgoing newsletters.`,
    ],
  },
  de: {
    satisfy: [
      `Bei der Registrierung auf wald.social speichern wir deine E-Mail-Adresse.`,
      `Für die Anmeldung ist eine gültige E-Mail-Adresse erforderlich, die wir zusammen mit deinem Konto aufbewahren.`,
      `## Welche Daten wir erheben

- E-Mail-Adresse
- Benutzername
- Beiträge`,
      `Die Betreiber erfassen die Mailadresse, mit der du dich angemeldet hast, um Passwort-Zurücksetzungen zu ermöglichen.`,
      `Deine E-Mail wird gespeichert und nur für Kontobenachrichtigungen genutzt.`,
      `Wir erheben bei der Kontoerstellung deine E-Mail-Adresse.`,
    ],
    near: [
      `Wir speichern keine E-Mail-Adressen.`,
      `Bei Fragen schreib uns gern eine E-Mail an team@wald.social.`,
      `Speichern wir deine E-Mail-Adresse?`,
    ],
  },
  fr: {
    satisfy: [
      `Lors de l'inscription sur brume.online, nous conservons votre adresse e-mail.`,
      `Une adresse électronique valide est demandée à la création du compte et enregistrée sur notre serveur.`,
      `## Données collectées

- adresse courriel
- nom d'utilisateur
- publications`,
      `Nous collectons l'adresse mail que vous fournissez à l'inscription afin de pouvoir réinitialiser votre mot de passe.`,
      `Votre courriel est stocké tant que votre compte existe.`,
      `L'équipe d'administration enregistre l'adresse e-mail liée à chaque compte.`,
    ],
    near: [
      `Nous ne collectons aucune adresse e-mail.`,
      `Pour toute question, écrivez-nous par courriel à admin@brume.online.`,
      `Conservez-vous mon adresse e-mail ?`,
    ],
  },
  ja: {
    satisfy: [
      `アカウント登録の際、メールアドレスを収集し、サーバーに保存します。`,
      `登録にはメールアドレスが必要です。入力されたアドレスはパスワード再設定のために保管されます。`,
      `## 収集する情報

- メールアドレス
- ユーザー名
- 投稿内容`,
      `当サーバーでは、登録時にご入力いただいたメールアドレスを保存しています。`,
      `サインアップ時に電子メールアドレスをお預かりします。`,
      `管理者は各アカウントに紐づくメールアドレスを記録しています。`,
    ],
    near: [
      `当サーバーはメールアドレスを収集しません。`,
      `お問い合わせは admin@sakura.jp までメールでどうぞ。`,
      `メールアドレスは保存されますか？`,
    ],
  },
  es: {
    satisfy: [
      `Al registrarte en nube.social guardamos tu dirección de correo electrónico.`,
      `Para crear una cuenta se solicita un correo electrónico válido, que conservamos mientras la cuenta exista.`,
      `## Datos que recopilamos

- Dirección de email
- Nombre de usuario
- Publicaciones`,
      `Recopilamos la dirección de e-mail que indicas al registrarte para poder restablecer tu contraseña.`,
      `Los administradores almacenan el correo asociado a cada cuenta.`,
      `Tu email queda registrado en nuestra base de datos.`,
    ],
    near: [
      `No recopilamos direcciones de correo electrónico.`,
      `Si tienes dudas, envíanos un correo a hola@nube.social.`,
      `¿Guardáis mi dirección de correo?`,
    ],
  },
} satisfies ParaphraseSet;
