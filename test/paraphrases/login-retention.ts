import type { ParaphraseSet } from './types';

export default {
  ruleId: 'login-retention',
  en: {
    satisfy: [
      [`Your login history is kept for 12 months.`, { days: 365 }],
      [`We record the time of each sign-in. This history is deleted after 90 days.`, { days: 90 }],
      [`Sign-in records (date, IP address and browser) are purged after six months.`, { days: 180 }],
      [`| Data | Kept for |
|---|---|
| Login history | 1 year |
| Server logs | 14 days |`, { days: 365 }],
      [`## Authentication history

The list of your past logins, shown under Settings → Account, covers the last 30 days; older entries are deleted.`, { days: 30 }],
      [`The server keeps a history of your sessions for no longer than one year.`, { days: 365 }],
      [`Login timestamps are stored for a maximum of sixty (60) days.`, { days: 60 }],
      [`We retain records of when and from where you logged in for two weeks.`, { days: 14 }],
      [`Session history is kept for three months and then cleared.`, { days: 90 }],
      [`**How long do you keep my login history?**

For 180 days. After that it is removed automatically.`, { days: 180 }],
      [`Records of successful and failed login attempts are kept for 30 days.`, { days: 30 }],
      [`Login history: retained for a year, then erased.`, { days: 365 }],
      [`A record of the times you signed in is retained for up to 4 weeks.`, { days: 28 }],
      [`The history of devices and apps that signed into your account is cleaned up after 120 days.`, { days: 120 }],
      [`Failed and successful sign-ins are recorded for security purposes and deleted after a fortnight.`, { days: 14 }],
      [`Authentication records, including the date and time of each login, shall be retained for a period of twelve (12) months.`, { days: 365 }],
      [`We keep your sign-in history for 90 days so you can spot logins you don't recognise.`, { days: 90 }],
      [`Login history older than one month is deleted every night.`, { days: 30 }],
      [`Session and login history is kept for up to 365 days.`, { days: 365 }],
      [`Sign-in history (date, IP, success or failure) is stored for 7 days.`, { days: 7 }],
      [`When you log in, we note the time, your IP address and your browser. These login records are kept for 6 months.`, { days: 180 }],
      [`Login events from the web interface are kept for 3 months and those from mobile apps for 12 months.`, { days: 365 }],
      [`we keep your login history around for a month so you can check for weird logins, then it's gone`, { days: 30 }],
      [`Your access history (logins and sessions) is automatically deleted after 45 days.`, { days: 45 }],
      [`Login attempts are recorded, and these records are deleted after 10 days.`, { days: 10 }],
      [`Past sessions remain listed on your account's security page for 60 days; after that they are deleted from the server.`, { days: 60 }],
    ],
    near: [
      `We record the date and time of every login.`,
      `You can view your login history under Settings > Account > Authentication history.`,
      `Login history is kept as long as necessary.`,
      `How long is my login history stored?`,
      `Server logs are deleted after 30 days.`,
      `IP addresses are deleted after 12 months.`,
      `Your login history is never shared with anyone.`,
      `We keep records of your sign-ins for a limited time.`,
      `Login history may be kept indefinitely for security reasons.`,
      `Your password is stored as a bcrypt hash.`,
      `You can revoke any session at any time from your account settings.`,
    ],
  },
  de: {
    satisfy: [
      [`Der Anmeldeverlauf wird zwölf Monate gespeichert.`, { days: 365 }],
      [`Wir protokollieren den Zeitpunkt jeder Anmeldung. Diese Einträge werden nach 90 Tagen gelöscht.`, { days: 90 }],
      [`Anmeldeprotokolle (Zeitpunkt, IP-Adresse, Browser) bewahren wir höchstens sechs Monate auf.`, { days: 180 }],
      [`| Daten | Speicherdauer |
|---|---|
| Anmeldeverlauf | 1 Jahr |
| Server-Logs | 14 Tage |`, { days: 365 }],
      [`## Sitzungsverlauf

Die Liste deiner vergangenen Sitzungen wird nach 30 Tagen automatisch bereinigt.`, { days: 30 }],
      [`Informationen darüber, wann du dich eingeloggt hast, werden für zwei Wochen vorgehalten.`, { days: 14 }],
      [`Fehlgeschlagene und erfolgreiche Anmeldeversuche speichern wir 60 Tage lang.`, { days: 60 }],
      [`Die Login-Historie wird nach einem Jahr gelöscht.`, { days: 365 }],
      [`Anmeldungen über die Weboberfläche werden drei Monate protokolliert, Anmeldungen über Apps zwölf Monate.`, { days: 365 }],
      [`Kurz: Dein Login-Verlauf bleibt vier Wochen, dann ist er weg.`, { days: 28 }],
      [`Die Anmeldehistorie wird für einen Zeitraum von 180 Tagen aufbewahrt.`, { days: 180 }],
    ],
    near: [
      `Wir speichern den Zeitpunkt jeder Anmeldung.`,
      `Deinen Anmeldeverlauf findest du unter Einstellungen > Konto.`,
      `Der Anmeldeverlauf wird so lange wie nötig gespeichert.`,
      `Wie lange wird mein Login-Verlauf aufbewahrt?`,
      `Server-Logs werden nach 30 Tagen gelöscht.`,
      `Du kannst einzelne Sitzungen jederzeit beenden.`,
    ],
  },
  fr: {
    satisfy: [
      [`L'historique de connexion est conservé douze mois.`, { days: 365 }],
      [`Nous enregistrons la date de chaque connexion. Cet historique est supprimé au bout de 90 jours.`, { days: 90 }],
      [`Les traces de connexion (date, adresse IP, navigateur) sont gardées six mois au maximum.`, { days: 180 }],
      [`| Donnée | Durée de conservation |
|---|---|
| Historique de connexion | 1 an |
| Journaux du serveur | 14 jours |`, { days: 365 }],
      [`## Historique des sessions

La liste de vos sessions passées est purgée automatiquement après 30 jours.`, { days: 30 }],
      [`Les dates et heures auxquelles vous vous êtes connecté·e sont conservées deux semaines.`, { days: 14 }],
      [`Les tentatives de connexion, réussies ou non, sont gardées 60 jours.`, { days: 60 }],
      [`L'historique des connexions est effacé après un an.`, { days: 365 }],
      [`Les connexions via l'interface web sont historisées trois mois, celles via les applications douze mois.`, { days: 365 }],
      [`En gros : ton historique de connexion reste quatre semaines, puis il disparaît.`, { days: 28 }],
      [`L'historique d'authentification est conservé pendant une durée de 180 jours.`, { days: 180 }],
    ],
    near: [
      `Nous enregistrons la date et l'heure de chaque connexion.`,
      `Vous pouvez consulter votre historique de connexion dans les paramètres du compte.`,
      `L'historique de connexion est conservé aussi longtemps que nécessaire.`,
      `Combien de temps mon historique de connexion est-il gardé ?`,
      `Les journaux du serveur sont supprimés après 30 jours.`,
      `Vous pouvez fermer une session à tout moment.`,
    ],
  },
  ja: {
    satisfy: [
      [`ログイン履歴は12か月間保存されます。`, { days: 365 }],
      [`各ログインの日時を記録しています。この履歴は90日後に削除されます。`, { days: 90 }],
      [`ログイン記録（日時、IPアドレス、ブラウザ）は最長6か月保持します。`, { days: 180 }],
      [`| データ | 保存期間 |
|---|---|
| ログイン履歴 | 1年 |
| サーバーログ | 14日 |`, { days: 365 }],
      [`## セッション履歴

過去のセッション一覧は30日経過すると自動的に消去されます。`, { days: 30 }],
      [`いつログインしたかの情報は2週間保持されます。`, { days: 14 }],
      [`ログインの成功・失敗の記録は60日間保存します。`, { days: 60 }],
      [`認証履歴は1年後に削除します。`, { days: 365 }],
      [`Webからのログイン履歴は3か月、アプリからのログイン履歴は12か月保存します。`, { days: 365 }],
      [`ログイン履歴は4週間だけ残ります。そのあとは消えます。`, { days: 28 }],
      [`サインイン履歴の保存期間は百八十日です。`, { days: 180 }],
    ],
    near: [
      `ログインのたびに日時を記録しています。`,
      `ログイン履歴は「設定 > アカウント」から確認できます。`,
      `ログイン履歴は必要な期間保存します。`,
      `ログイン履歴はどのくらいの期間保存されますか？`,
      `サーバーログは30日後に削除されます。`,
      `セッションはいつでも無効化できます。`,
    ],
  },
  es: {
    satisfy: [
      [`El historial de inicios de sesión se conserva durante 12 meses.`, { days: 365 }],
      [`Registramos la fecha de cada inicio de sesión. Este historial se borra a los 90 días.`, { days: 90 }],
      [`Los registros de inicio de sesión (fecha, IP, navegador) se guardan un máximo de seis meses.`, { days: 180 }],
      [`| Dato | Plazo |
|---|---|
| Historial de inicios de sesión | 1 año |
| Logs del servidor | 14 días |`, { days: 365 }],
      [`## Historial de sesiones

La lista de tus sesiones anteriores se limpia automáticamente a los 30 días.`, { days: 30 }],
      [`Guardamos cuándo iniciaste sesión durante dos semanas.`, { days: 14 }],
      [`Los intentos de inicio de sesión, fallidos o correctos, se conservan 60 días.`, { days: 60 }],
      [`El historial de accesos a tu cuenta se elimina pasado un año.`, { days: 365 }],
      [`Los inicios de sesión desde la web se guardan tres meses y los de las apps, doce meses.`, { days: 365 }],
      [`En resumen: tu historial de login se queda cuatro semanas y luego desaparece.`, { days: 28 }],
      [`El historial de autenticación se conserva por un periodo de 180 días.`, { days: 180 }],
    ],
    near: [
      `Registramos la fecha y hora de cada inicio de sesión.`,
      `Puedes ver tu historial de inicios de sesión en la configuración de la cuenta.`,
      `El historial de inicios de sesión se guarda el tiempo que sea necesario.`,
      `¿Cuánto tiempo se guarda mi historial de sesiones?`,
      `Los logs del servidor se borran a los 30 días.`,
      `Puedes cerrar cualquier sesión cuando quieras.`,
    ],
  },
} satisfies ParaphraseSet;
