// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'collects-user-agent',
  en: {
    satisfy: [
      `We record the browser and operating system you sign in with.`,
      `Each session stores the user agent string sent by your browser or app.`,
      `- Browser / app name (user agent)
- Sign-in time`,
      `The server saves which application you used to log in, so you can review your sessions.`,
      `Our access logs include the User-Agent header of each request.`,
      `| Data | Purpose |
|---|---|
| User agent | Showing your active sessions |`,
      `## Device information
When you log in, we store the name of your browser or client app and its version.`,
      `We keep the user-agent of the device used for each login.`,
      `Information about your browser (its user agent) is logged by the instance.`,
      `The software you use to access driftwood.social — browser or mobile client — is recorded.`,
      `Your client's user agent is written to our logs with every request.`,
      `For every active session the admins can see the web browser that opened it.`,
      `We collect your user agent when you sign in.`,
      `Technical data we keep: browser type and version.`,
      `The app or browser you use is noted against each of your sessions.`,
      `**User agent** — recorded per session so you can spot unfamiliar devices.`,
      `The Mastodon software on this server stores the browser identification string of logged-in sessions.`,
      `We log which client application made each API request.`,
      `The name of the browser you signed up with is stored.`,
      `Our proxy records user agents along with request paths.`,
    ],
    near: [
      `We do not record which browser or app you use.`,
      `Which apps can I use with this server?`,
      `You may use any client app that supports the Mastodon API.`,
      `We record your IP address at every login.`,
      `Browser cookies are used only to keep you signed in.`,
      `We recommend an up-to-date browser for security.`,
      `User-agent strings are discarded as soon as a request is answered.`,
      `Third-party apps must register with the server before they can post.`,
      `If your browser blocks JavaScript, the simple interface still works.`,
      `The user agent of our outgoing federation requests identifies the server software.`,
    ],
  },
  de: {
    satisfy: [
      `Wir speichern, mit welchem Browser und welcher App du dich anmeldest.`,
      `Zu jeder Sitzung wird der User-Agent gespeichert.`,
      `- Browser bzw. App (User-Agent)
- Anmeldezeitpunkt`,
      `In den Zugriffsprotokollen steht der User-Agent des Clients.`,
      `Erfasst wird die verwendete Browser-Version, damit du deine Sitzungen überprüfen kannst.`,
      `Der Server vermerkt, welche Anwendung für den Zugriff genutzt wurde.`,
    ],
    near: [
      `Wir speichern nicht, welchen Browser du verwendest.`,
      `Welche Apps kann ich benutzen?`,
      `Wir empfehlen einen aktuellen Browser.`,
    ],
  },
  fr: {
    satisfy: [
      `Nous enregistrons le navigateur et l'application utilisés pour vous connecter.`,
      `Chaque session conserve l'agent utilisateur (user agent) de votre appareil.`,
      `- Navigateur / application
- Heure de connexion`,
      `Les journaux d'accès contiennent l'en-tête User-Agent de chaque requête.`,
      `Le serveur garde le nom et la version du navigateur ayant ouvert chaque session.`,
      `Nous collectons des informations sur le logiciel client que vous utilisez.`,
    ],
    near: [
      `Nous n'enregistrons pas le navigateur que vous utilisez.`,
      `Quelles applications puis-je utiliser ?`,
      `Nous recommandons un navigateur à jour.`,
    ],
  },
  ja: {
    satisfy: [
      `ログイン時に使用したブラウザやアプリの情報を記録します。`,
      `各セッションのユーザーエージェントを保存しています。`,
      `- ブラウザ／アプリ（ユーザーエージェント）
- ログイン日時`,
      `アクセスログにはUser-Agentが含まれます。`,
      `ご利用のブラウザの種類とバージョンを収集します。`,
      `どのクライアントアプリからアクセスしたかがサーバーに残ります。`,
    ],
    near: [
      `ご利用のブラウザは記録しません。`,
      `どのアプリが使えますか？`,
      `最新のブラウザのご利用をおすすめします。`,
    ],
  },
  es: {
    satisfy: [
      `Registramos el navegador y la aplicación con los que inicias sesión.`,
      `Cada sesión guarda el agente de usuario de tu dispositivo.`,
      `- Navegador / aplicación (user agent)
- Hora de inicio de sesión`,
      `Los registros de acceso incluyen la cabecera User-Agent.`,
      `Almacenamos el tipo y la versión de tu navegador.`,
      `El servidor anota qué aplicación cliente usaste para acceder.`,
    ],
    near: [
      `No registramos qué navegador usas.`,
      `¿Qué aplicaciones puedo usar?`,
      `Te recomendamos usar un navegador actualizado.`,
    ],
  },
} satisfies ParaphraseSet;
