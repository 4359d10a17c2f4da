import type { ParaphraseSet } from './types';

export default {
  ruleId: 'log-retention',
  en: {
    satisfy: [
      [`Server logs are deleted after 14 days.`, { days: 14 }],
      [`Our web server keeps access logs for no longer than thirty (30) days.`, { days: 30 }],
      `We do not keep server logs.`,
      [`Request logs, which may contain your IP address, are rotated daily and deleted after one week.`, { days: 7 }],
      [`## Logs

Nginx access and error logs are kept for 90 days and then purged.`, { days: 90 }],
      [`| Data | Kept for |
|---|---|
| IP addresses | 12 months |
| Server logs | 2 weeks |`, { days: 14 }],
      [`The reverse proxy writes an access log. This log is deleted automatically after 48 hours.`, { days: 2 }],
      `Access logging is disabled on this instance, so no request logs are stored.`,
      [`Application and HTTP logs are retained for a maximum of three months for troubleshooting.`, { days: 90 }],
      [`Log files on the server are wiped after a fortnight.`, { days: 14 }],
      [`We keep technical logs (requests, errors) for up to 60 days.`, { days: 60 }],
      [`What we keep and for how long:

- Posts and media: until you delete them
- Web server logs: 10 days
- Database backups: 7 days`, { days: 10 }],
      [`**Do you keep logs?**

Yes, web server logs are kept for 7 days and then deleted.`, { days: 7 }],
      `**Do you keep logs?**

No. Our server does not write any access logs.`,
      `This server runs with logging turned off: we keep no logs of your requests.`,
      [`Log files are rotated every 7 days and removed after 4 weeks.`, { days: 28 }],
      [`Server log files are stored for a period not exceeding ninety (90) days, after which they are irreversibly deleted.`, { days: 90 }],
      [`Our load balancer's logs are kept for 30 days; our own application logs for 14 days.`, { days: 30 }],
      [`Logs are retained for one month.`, { days: 30 }],
      [`Error logs and access logs alike are cleared every 21 days.`, { days: 21 }],
      [`To debug issues we keep request logs containing IP addresses and user agents. They are purged after 5 days.`, { days: 5 }],
      `We don't log requests at all. The only IP address we store is the one you sign in from.`,
      [`logs get nuked after a week, we really don't need them for longer`, { days: 7 }],
      [`The instance's log output goes to the systemd journal, which is limited to 2 months.`, { days: 60 }],
      [`Access logs are anonymised immediately and deleted after 45 days.`, { days: 45 }],
      [`We keep server logs for at most 3 days.`, { days: 3 }],
    ],
    near: [
      `Logs are kept as long as needed to investigate problems.`,
      `Our web server keeps access logs.`,
      `How long are server logs kept?`,
      `IP addresses are deleted after 12 months.`,
      `Your login history is kept for 90 days.`,
      `The moderation log is kept indefinitely so that decisions can be reviewed.`,
      `We don't keep logs longer than necessary.`,
      `Database backups are kept for 14 days.`,
      `Logs may be shared with our hosting provider when troubleshooting.`,
      `Server logs are retained for a limited period of time.`,
      `We keep server logs until they are no longer useful.`,
    ],
  },
  de: {
    satisfy: [
      [`Server-Logs werden nach 14 Tagen gelöscht.`, { days: 14 }],
      [`Die Zugriffsprotokolle des Webservers speichern wir höchstens 30 Tage.`, { days: 30 }],
      `Wir speichern keine Serverprotokolle.`,
      [`Logdateien werden täglich rotiert und nach sieben Tagen endgültig gelöscht.`, { days: 7 }],
      [`## Protokolldaten

Fehler- und Zugriffslogs bewahren wir für maximal drei Monate auf.`, { days: 90 }],
      [`| Daten | Speicherdauer |
|---|---|
| Server-Logs | 7 Tage |
| IP-Adressen | 12 Monate |`, { days: 7 }],
      `Das Access-Log des Reverse-Proxys ist deaktiviert; Zugriffe auf den Server werden also nicht protokolliert.`,
      [`Technische Protokolle (Anfragen, Fehler) werden nach spätestens 60 Tagen gelöscht.`, { days: 60 }],
      [`Die Webserver-Logs enthalten IP-Adressen und werden deshalb bereits nach vier Wochen entfernt.`, { days: 28 }],
      [`Logs? Werden bei uns nach einer Woche automatisch weggeworfen.`, { days: 7 }],
      [`Gemäß unserem Löschkonzept werden Server-Protokolle nach neunzig (90) Tagen vernichtet.`, { days: 90 }],
    ],
    near: [
      `Server-Logs werden so lange aufbewahrt, wie es zur Fehlersuche nötig ist.`,
      `Unser Webserver schreibt Zugriffsprotokolle.`,
      `Wie lange werden Logdateien gespeichert?`,
      `IP-Adressen werden nach zwölf Monaten gelöscht.`,
      `Das Moderationsprotokoll wird dauerhaft gespeichert.`,
      `Backups werden 14 Tage aufbewahrt.`,
    ],
  },
  fr: {
    satisfy: [
      [`Les journaux du serveur sont supprimés après 14 jours.`, { days: 14 }],
      [`Nous conservons les journaux d'accès pendant 30 jours au maximum.`, { days: 30 }],
      `Nous ne conservons aucun journal des requêtes HTTP.`,
      [`Les fichiers de logs sont effacés automatiquement au bout d'une semaine.`, { days: 7 }],
      [`## Journaux techniques

Les journaux d'erreurs et d'accès sont gardés trois mois, puis détruits.`, { days: 90 }],
      [`| Donnée | Durée de conservation |
|---|---|
| Journaux du serveur | 10 jours |
| Adresse IP | 12 mois |`, { days: 10 }],
      `La journalisation des accès est désactivée sur cette instance : aucun log de requête n'est stocké.`,
      [`Les logs du serveur, qui contiennent des adresses IP, sont conservés 60 jours au plus.`, { days: 60 }],
      [`Nos journaux applicatifs ne sont pas gardés au-delà de quatre semaines.`, { days: 28 }],
      [`Les logs ? On les garde deux semaines, pas plus.`, { days: 14 }],
      [`Les journaux d'accès sont conservés pendant une durée de quatre-vingt-dix (90) jours.`, { days: 90 }],
    ],
    near: [
      `Les journaux sont conservés le temps nécessaire au diagnostic des incidents.`,
      `Le serveur web enregistre des journaux d'accès.`,
      `Combien de temps les journaux du serveur sont-ils conservés ?`,
      `Les adresses IP sont effacées après douze mois.`,
      `Les sauvegardes sont conservées 14 jours.`,
      `Le journal de modération est conservé sans limite de durée.`,
    ],
  },
  ja: {
    satisfy: [
      [`サーバーログは14日後に削除されます。`, { days: 14 }],
      [`Webサーバーのアクセスログは最大30日間保存します。`, { days: 30 }],
      `当サーバーではアクセスログを一切保存していません。`,
      [`ログファイルは毎日ローテーションされ、7日後に自動削除されます。`, { days: 7 }],
      [`## ログ

エラーログおよびアクセスログは3か月間保管し、その後破棄します。`, { days: 90 }],
      [`| データ | 保存期間 |
|---|---|
| サーバーログ | 1週間 |
| IPアドレス | 12か月 |`, { days: 7 }],
      `リバースプロキシのアクセスログ記録は無効にしているため、リクエストのログは残りません。`,
      [`IPアドレスを含むリクエストログは、60日を超えて保持しません。`, { days: 60 }],
      [`技術的なログは四週間で消去しています。`, { days: 28 }],
      [`ログは２週間だけ残して、あとは自動で消えるようにしてあります。`, { days: 14 }],
      [`サーバーログの保存期間は九十日とします。`, { days: 90 }],
    ],
    near: [
      `ログは障害調査に必要な期間保存します。`,
      `Webサーバーはアクセスログを記録しています。`,
      `サーバーログはどれくらい保存されますか？`,
      `IPアドレスは12か月後に削除されます。`,
      `バックアップは14日間保存されます。`,
      `モデレーションログは無期限に保存されます。`,
    ],
  },
  es: {
    satisfy: [
      [`Los registros del servidor se eliminan a los 14 días.`, { days: 14 }],
      [`Conservamos los logs de acceso durante un máximo de 30 días.`, { days: 30 }],
      `No guardamos registros de las peticiones al servidor.`,
      [`Los archivos de log se rotan a diario y se borran pasada una semana.`, { days: 7 }],
      [`## Registros (logs)

Los registros de errores y de acceso se guardan tres meses y después se destruyen.`, { days: 90 }],
      [`| Dato | Plazo |
|---|---|
| Logs del servidor | 10 días |
| Dirección IP | 12 meses |`, { days: 10 }],
      `El registro de accesos está desactivado en esta instancia, así que no se almacena ningún log de peticiones.`,
      [`Los logs del servidor, que incluyen direcciones IP, se conservan como máximo 60 días.`, { days: 60 }],
      [`Los registros técnicos no se guardan más de cuatro semanas.`, { days: 28 }],
      [`¿Logs? Los guardamos dos semanas y punto.`, { days: 14 }],
      [`Los registros de acceso se conservan durante noventa (90) días.`, { days: 90 }],
    ],
    near: [
      `Los registros se conservan el tiempo necesario para resolver incidencias.`,
      `El servidor web genera registros de acceso.`,
      `¿Durante cuánto tiempo se guardan los logs del servidor?`,
      `Las direcciones IP se borran al cabo de doce meses.`,
      `Las copias de seguridad se guardan 14 días.`,
      `El registro de moderación se conserva indefinidamente.`,
    ],
  },
} satisfies ParaphraseSet;
