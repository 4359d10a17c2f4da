import type { ParaphraseSet } from './types';

export default {
  ruleId: 'covenant-backups',
  en: {
    satisfy: [
      `We make daily backups of the database and media files.`,
      `The server is backed up every night to an off-site location.`,
      `## Backups

A full backup of the instance is taken every 24 hours and stored encrypted with a second provider.`,
      `Automated backups run every six hours.`,
      `Our PostgreSQL database is dumped daily and copied to a separate storage box.`,
      `We keep regular backups to avoid accidental data loss.`,
      `Backups of all server data are created each day and kept for 14 days.`,
      `Nightly snapshots of the server are taken by our hosting provider.`,
      `Daily backups: yes. We back up posts, accounts and media every day.`,
      `The database is backed up hourly; media files once a day.`,
      `To protect against data loss, the admins back up the whole instance every day.`,
      `| Data | Backup frequency |
|---|---|
| Database | Daily |
| Media | Daily |`,
      `We commit to conducting daily backups, as required by the Mastodon Server Covenant.`,
      `The Operator shall perform backups of the Service's data at least once per day.`,
      `Backups happen automatically every night at 03:00 UTC.`,
      `**Is my data backed up?**

Yes, the server is backed up daily.`,
      `Our instance is backed up regularly with restic to an encrypted remote repository.`,
      `A copy of the database is saved every day to a different data centre.`,
      `We take a backup of the server once a week.`,
      `Server backups are made daily and retained for 30 days.`,
      `yes we do backups, every single day, I'm paranoid about losing your posts`,
      `Each day, we copy the database and uploaded media to cold storage.`,
      `The instance's data is backed up at least twice a day.`,
      `Regular, automated backups of the database ensure we can restore the server after a failure.`,
      `We run daily off-site backups of all user data stored on this server.`,
      `Backup schedule:

- Database: every 4 hours
- Media storage: every day
- Configuration: on every change`,
    ],
    near: [
      `You can download a backup of your posts and media from Settings > Import and export.`,
      `We do not make backups of the server.`,
      `Do we keep backups?`,
      `We recommend that you keep your own backups of anything important.`,
      `We are planning to set up backups at some point.`,
      `The admins cannot guarantee that your data will never be lost.`,
      `We made a one-off backup before migrating to new hardware.`,
      `Your data export is prepared as an archive that you can download once every 7 days.`,
      `Is the server backed up every day? We'd like to, but we can't promise it.`,
      `Backups are expensive, so this instance currently runs without them.`,
      `Mastodon lets you export your follows, blocks and mutes as CSV files to back them up.`,
    ],
  },
  de: {
    satisfy: [
      `Wir erstellen täglich Backups der Datenbank und der Mediendateien.`,
      `Der Server wird jede Nacht auf ein externes Speichersystem gesichert.`,
      `## Datensicherung

Alle 24 Stunden wird eine vollständige, verschlüsselte Sicherung der Instanz angelegt.`,
      `Automatische Backups laufen alle sechs Stunden.`,
      `Um Datenverlust zu vermeiden, führen wir regelmäßige Datensicherungen durch.`,
      `Die Datenbank wird stündlich gesichert, die Medien einmal am Tag.`,
      `Gemäß dem Mastodon Server Covenant verpflichten wir uns zu täglichen Backups.`,
      `**Werden meine Daten gesichert?**

Ja, der Server wird jeden Tag gesichert.`,
      `Einmal am Tag kopieren wir die Datenbank und alle Uploads in ein anderes Rechenzentrum.`,
      `Backup-Plan:

- Datenbank: alle 4 Stunden
- Medien: täglich`,
      `Tägliche Sicherungskopien werden 30 Tage lang aufbewahrt.`,
    ],
    near: [
      `Unter Einstellungen > Import und Export kannst du ein Backup deiner Beiträge herunterladen.`,
      `Wir erstellen keine Backups des Servers.`,
      `Gibt es Backups?`,
      `Bitte sichere wichtige Inhalte selbst, wir übernehmen keine Gewähr.`,
      `Vor dem Umzug auf neue Hardware haben wir einmalig ein Backup gemacht.`,
      `Backups sind geplant, aber noch nicht eingerichtet.`,
    ],
  },
  fr: {
    satisfy: [
      `Nous effectuons des sauvegardes quotidiennes de la base de données et des médias.`,
      `Le serveur est sauvegardé chaque nuit sur un site distant.`,
      `## Sauvegardes

Une sauvegarde complète et chiffrée de l'instance est réalisée toutes les 24 heures.`,
      `Des sauvegardes automatiques ont lieu toutes les six heures.`,
      `Pour éviter toute perte de données, nous réalisons des sauvegardes régulières.`,
      `La base de données est sauvegardée toutes les heures, les médias une fois par jour.`,
      `Conformément au Mastodon Server Covenant, nous nous engageons à effectuer des sauvegardes quotidiennes.`,
      `**Mes données sont-elles sauvegardées ?**

Oui, le serveur est sauvegardé tous les jours.`,
      `Chaque jour, une copie de la base de données et des fichiers envoyés est transférée vers un autre centre de données.`,
      `Planning des sauvegardes :

- Base de données : toutes les 4 heures
- Médias : tous les jours`,
      `Les sauvegardes journalières sont conservées 30 jours.`,
    ],
    near: [
      `Vous pouvez télécharger une sauvegarde de vos publications dans Préférences > Import et export.`,
      `Nous ne faisons pas de sauvegardes du serveur.`,
      `Y a-t-il des sauvegardes ?`,
      `Pensez à sauvegarder vous-même vos contenus importants.`,
      `Une sauvegarde ponctuelle a été faite avant la migration vers le nouveau serveur.`,
      `Les sauvegardes sont prévues mais pas encore mises en place.`,
    ],
  },
  ja: {
    satisfy: [
      `データベースとメディアファイルを毎日バックアップしています。`,
      `サーバーは毎晩、外部ストレージへバックアップされます。`,
      `## バックアップ

24時間ごとに、インスタンス全体の暗号化されたバックアップを作成しています。`,
      `自動バックアップを6時間ごとに実行しています。`,
      `データ消失を防ぐため、定期的にバックアップを取得しています。`,
      `データベースは1時間ごと、メディアは1日1回バックアップしています。`,
      `Mastodon Server Covenantに従い、毎日のバックアップを実施することを約束します。`,
      `**データはバックアップされていますか？**

はい、サーバーは毎日バックアップされています。`,
      `毎日、データベースとアップロードされたファイルを別のデータセンターに複製しています。`,
      `バックアップの頻度：

- データベース：4時間ごと
- メディア：毎日`,
      `日次バックアップは30日間保管します。`,
    ],
    near: [
      `「設定 > インポートとエクスポート」から、自分の投稿のバックアップをダウンロードできます。`,
      `サーバーのバックアップは取っていません。`,
      `バックアップはありますか？`,
      `大切なデータはご自身でバックアップしてください。`,
      `新しいサーバーへの移行前に、一度だけバックアップを取りました。`,
      `バックアップは今後導入する予定です。`,
    ],
  },
  es: {
    satisfy: [
      `Hacemos copias de seguridad diarias de la base de datos y de los archivos multimedia.`,
      `El servidor se respalda cada noche en una ubicación externa.`,
      `## Copias de seguridad

Cada 24 horas se genera una copia completa y cifrada de la instancia.`,
      `Las copias de seguridad automáticas se ejecutan cada seis horas.`,
      `Para evitar pérdidas de datos, realizamos copias de seguridad periódicas.`,
      `La base de datos se respalda cada hora y los archivos multimedia una vez al día.`,
      `Conforme al Mastodon Server Covenant, nos comprometemos a hacer copias de seguridad diarias.`,
      `**¿Se hace copia de seguridad de mis datos?**

Sí, el servidor se respalda todos los días.`,
      `Todos los días copiamos la base de datos y los archivos subidos a otro centro de datos.`,
      `Calendario de backups:

- Base de datos: cada 4 horas
- Multimedia: a diario`,
      `Las copias de seguridad diarias se guardan durante 30 días.`,
    ],
    near: [
      `Puedes descargar una copia de seguridad de tus publicaciones desde Preferencias > Importar y exportar.`,
      `No hacemos copias de seguridad del servidor.`,
      `¿Hay copias de seguridad?`,
      `Te recomendamos guardar tú mismo una copia de lo que sea importante.`,
      `Antes de migrar al nuevo servidor hicimos una copia de seguridad puntual.`,
      `Tenemos previsto configurar copias de seguridad más adelante.`,
    ],
  },
} satisfies ParaphraseSet;
