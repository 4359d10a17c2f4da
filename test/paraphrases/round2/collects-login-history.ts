// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'collects-login-history',
  en: {
    satisfy: [
      `We keep a history of your sign-ins, including when each one happened.`,
      `The server records the time of every login to your account.`,
      `- Login times
- Active sessions`,
      `A list of your logged-in sessions is stored so you can revoke the ones you don't recognise.`,
      `Your authentication history (date and time of each sign-in) is kept by the server.`,
      `| Data | Where you can see it |
|---|---|
| Sign-in history | Settings → Account → Security |`,
      `## Sessions
We store the sessions you are logged in with and the last time each was used.`,
      `Every time you log in, a timestamp is saved.`,
      `We log when you sign in.`,
      `The instance retains a record of recent logins for your account.`,
      `Security log: we note the date of each successful and failed login attempt.`,
      `The admins of crowberry.town can see when your account last signed in and from which session.`,
      `Your login activity is recorded.`,
      `A record of past sessions, with their start times, is kept for each account.`,
      `**Sign-in history** — the dates and times you logged in.`,
      `We store the timestamps of your log-ins.`,
      `Active sessions, along with when they were created, are kept in our database.`,
      `Each authentication event on your account is stored with its time.`,
      `The server maintains a log of account sign-ins.`,
      `When you log in, the moment of your login is written to the account's security history.`,
    ],
    near: [
      `We do not keep a history of your logins.`,
      `How do I log out of every device at once?`,
      `Logging in requires your e-mail address and password.`,
      `We record the date your account was created.`,
      `Your profile shows the date of your most recent post.`,
      `Sessions expire after two weeks without activity.`,
      `Failed logins are not recorded anywhere.`,
      `Two-factor authentication can be enabled to protect your sign-in.`,
      `We do not track when you are online.`,
      `Logging in with a third-party account such as Google is not supported.`,
    ],
  },
  de: {
    satisfy: [
      `Wir speichern, wann du dich angemeldet hast.`,
      `Eine Liste deiner aktiven Sitzungen wird auf dem Server gespeichert.`,
      `- Anmeldezeitpunkte
- Aktive Sitzungen`,
      `Der Anmeldeverlauf deines Kontos wird protokolliert.`,
      `Die Zeitpunkte deiner Logins werden festgehalten.`,
      `Zu jedem Konto führen wir ein Sicherheitsprotokoll der letzten Anmeldungen.`,
    ],
    near: [
      `Wir führen keinen Anmeldeverlauf.`,
      `Wie melde ich mich auf allen Geräten ab?`,
      `Sitzungen laufen nach zwei Wochen Inaktivität ab.`,
    ],
  },
  fr: {
    satisfy: [
      `Nous enregistrons la date et l'heure de chacune de vos connexions.`,
      `La liste de vos sessions actives est conservée sur le serveur.`,
      `- Historique des connexions
- Sessions ouvertes`,
      `L'historique de connexion de votre compte est journalisé.`,
      `Le serveur garde une trace des moments où vous vous connectez.`,
      `Nous conservons un historique des sessions de votre compte.`,
    ],
    near: [
      `Nous ne conservons aucun historique de connexion.`,
      `Comment me déconnecter de tous mes appareils ?`,
      `Les sessions expirent après deux semaines d'inactivité.`,
    ],
  },
  ja: {
    satisfy: [
      `ログイン日時を記録します。`,
      `ログイン中のセッション一覧をサーバーに保存しています。`,
      `- ログイン履歴
- アクティブなセッション`,
      `アカウントへのサインイン履歴を保管します。`,
      `各ログインの時刻はセキュリティログに残ります。`,
      `当サーバーは、ログインした日時とセッションの情報を記録しています。`,
    ],
    near: [
      `ログイン履歴は記録しません。`,
      `すべての端末からログアウトするには？`,
      `セッションは2週間操作がないと失効します。`,
    ],
  },
  es: {
    satisfy: [
      `Registramos la fecha y hora de cada inicio de sesión.`,
      `Guardamos la lista de tus sesiones abiertas.`,
      `- Historial de inicios de sesión
- Sesiones activas`,
      `El servidor conserva un historial de accesos a tu cuenta.`,
      `Queda anotado cuándo te conectas a tu cuenta.`,
      `Almacenamos el historial de sesiones de cada cuenta.`,
    ],
    near: [
      `No guardamos historial de inicios de sesión.`,
      `¿Cómo cierro la sesión en todos mis dispositivos?`,
      `Las sesiones caducan tras dos semanas de inactividad.`,
    ],
  },
} satisfies ParaphraseSet;
