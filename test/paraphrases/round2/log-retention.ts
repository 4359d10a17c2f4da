// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'log-retention',
  en: {
    satisfy: [
      [`Web server access logs are rotated and deleted after 14 days.`, { days: 14 }],
      [`Request logs are kept for at most thirty (30) days.`, { days: 30 }],
      `We keep no server logs.`,
      [`## Server logs
Our reverse proxy writes a log of requests. These logs are purged after one week.`, { days: 7 }],
      [`| Log | Kept for |
|---|---|
| nginx access log | 10 days |
| Application log | 10 days |`, { days: 10 }],
      `The server does not keep request logs at all; logging is switched off.`,
      [`System logs are retained for no more than 90 days.`, { days: 90 }],
      [`- Access logs: deleted automatically after 2 weeks`, { days: 14 }],
      [`HTTP logs on tern.social are erased after five days.`, { days: 5 }],
      [`Our logs are kept for a maximum of three months.`, { days: 90 }],
      [`Server logs older than 60 days are deleted every night.`, { days: 60 }],
      `Access logging is disabled on this instance, so no request logs exist.`,
      [`Log files are stored for 24 hours for debugging, then discarded.`, { days: 1 }],
      [`**Logs** — the web server's request logs are kept for 7 days.`, { days: 7 }],
      [`Technical logs (errors and requests) are retained for a maximum of one month.`, { days: 30 }],
      `We don't log requests.`,
      [`Logs from the web server and the database are rotated weekly and the last four weeks are kept.`, { days: 28 }],
      [`Request logs are held for up to 180 days for security investigations.`, { days: 180 }],
      `No access logs are written by our web server.`,
      [`### Logs
Kept three days, then overwritten.`, { days: 3 }],
    ],
    near: [
      `Server logs are kept for as long as needed for security purposes.`,
      `Our logs are rotated regularly.`,
      `We keep server logs.`,
      `Database backups are retained for 30 days.`,
      `How long do you keep access logs?`,
      `Moderation reports are archived for one year.`,
      `Logs are kept until they are no longer useful.`,
      `We log requests to detect abuse.`,
      `We cannot promise that logs are deleted within any particular time.`,
      `Logging in keeps you signed in for 14 days.`,
    ],
  },
  de: {
    satisfy: [
      [`Server-Logs werden nach 14 Tagen gelöscht.`, { days: 14 }],
      [`Zugriffsprotokolle bewahren wir höchstens sieben Tage auf.`, { days: 7 }],
      `Wir führen keine Server-Logs.`,
      [`## Protokolle
Die Logdateien des Webservers werden nach 30 Tagen automatisch entfernt.`, { days: 30 }],
      [`| Protokoll | Aufbewahrung |
|---|---|
| Zugriffslog | 10 Tage |`, { days: 10 }],
      [`Die Request-Logs werden maximal drei Monate gespeichert.`, { days: 90 }],
    ],
    near: [
      `Server-Logs werden so lange wie nötig aufbewahrt.`,
      `Unsere Logs werden regelmäßig rotiert.`,
      `Datenbank-Backups werden 30 Tage aufbewahrt.`,
    ],
  },
  fr: {
    satisfy: [
      [`Les journaux du serveur sont supprimés au bout de 14 jours.`, { days: 14 }],
      [`Nous conservons les journaux d'accès pendant sept jours au maximum.`, { days: 7 }],
      `Aucun journal de serveur n'est conservé.`,
      [`## Journaux
Les fichiers de log du serveur web sont effacés automatiquement après 30 jours.`, { days: 30 }],
      [`| Journal | Durée |
|---|---|
| Journal d'accès | 10 jours |`, { days: 10 }],
      [`Les logs des requêtes sont gardés trois mois au plus.`, { days: 90 }],
    ],
    near: [
      `Les journaux sont conservés aussi longtemps que nécessaire.`,
      `Nos journaux font l'objet d'une rotation régulière.`,
      `Les sauvegardes de la base de données sont gardées 30 jours.`,
    ],
  },
  ja: {
    satisfy: [
      [`サーバーログは14日後に削除します。`, { days: 14 }],
      [`アクセスログの保存期間は最長7日間です。`, { days: 7 }],
      `サーバーログは一切保存していません。`,
      [`## ログ
ウェブサーバーのログファイルは30日経過後に自動で削除されます。`, { days: 30 }],
      [`| ログ | 保存期間 |
|---|---|
| アクセスログ | 10日 |`, { days: 10 }],
      [`リクエストログは3か月以内に消去します。`, { days: 90 }],
    ],
    near: [
      `ログは必要な期間保存します。`,
      `ログは定期的にローテーションしています。`,
      `データベースのバックアップは30日間保存します。`,
    ],
  },
  es: {
    satisfy: [
      [`Los registros del servidor se eliminan a los 14 días.`, { days: 14 }],
      [`Conservamos los logs de acceso durante siete días como máximo.`, { days: 7 }],
      `No guardamos registros del servidor.`,
      [`## Registros
Los archivos de log del servidor web se borran automáticamente tras 30 días.`, { days: 30 }],
      [`| Registro | Conservación |
|---|---|
| Log de acceso | 10 días |`, { days: 10 }],
      [`Los registros de peticiones se guardan tres meses como mucho.`, { days: 90 }],
    ],
    near: [
      `Los registros se conservan el tiempo necesario.`,
      `Rotamos nuestros logs periódicamente.`,
      `Las copias de seguridad de la base de datos se guardan 30 días.`,
    ],
  },
} satisfies ParaphraseSet;
