// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
// Backups less often than daily still satisfy the requirement (the spec makes that a separate warning).
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'covenant-backups',
  en: {
    satisfy: [
      `We back up the database every night.`,
      `Daily backups of all data are made and stored off-site.`,
      `## Backups
The server is backed up automatically every 24 hours to encrypted storage in another data centre.`,
      `Regular backups are taken so that a hardware failure does not wipe out your posts.`,
      `- Database: backed up hourly
- Media: backed up daily`,
      `A snapshot of the server is taken each day and kept for a week.`,
      `We make weekly backups of the database.`,
      `| What | Backup schedule |
|---|---|
| Database | Daily |
| Uploaded media | Daily |`,
      `Backups run every six hours.`,
      `The admins of heron.city keep nightly, encrypted backups of the instance.`,
      `All data on this instance is regularly backed up.`,
      `Our database is dumped once a day and copied to a second location.`,
      `**Backups:** taken daily, tested monthly.`,
      `The instance's data is saved to a remote backup every day at 03:00 UTC.`,
      `We maintain daily off-site backups.`,
      `Continuous backups (WAL archiving) protect the database, plus a full backup every night.`,
      `Your data is backed up to a separate server each night.`,
      `Every morning an automated job backs up the PostgreSQL database and the media storage.`,
      `We keep regular backups of the server, stored encrypted with a different provider.`,
      `### Disaster recovery
Backups are made daily and we have practised restoring them.`,
    ],
    near: [
      `We do not make backups.`,
      `Do we keep backups?`,
      `Please back up your own data regularly with the export feature.`,
      `Backups are something we plan to set up at some point.`,
      `If the disk fails, your posts will be lost; there is no backup.`,
      `Back up your two-factor recovery codes somewhere safe.`,
      `Our hosting provider offers backups, but we have not enabled them.`,
      `Backup and restore are not part of this service.`,
      `We recommend you keep copies of your media on your own device.`,
      `Old backups would be deleted if we had any.`,
    ],
  },
  de: {
    satisfy: [
      `Wir sichern die Datenbank jede Nacht.`,
      `Es werden tägliche Backups aller Daten erstellt und extern gespeichert.`,
      `## Datensicherung
Der Server wird alle 24 Stunden automatisch gesichert.`,
      `Regelmäßige Sicherungen schützen deine Beiträge vor Datenverlust.`,
      `- Datenbank: stündliches Backup
- Medien: tägliches Backup`,
      `Die Instanz wird täglich auf einen zweiten Server gesichert.`,
    ],
    near: [
      `Wir erstellen keine Backups.`,
      `Bitte sichere deine eigenen Daten regelmäßig über den Export.`,
      `Gibt es Backups?`,
    ],
  },
  fr: {
    satisfy: [
      `Nous sauvegardons la base de données chaque nuit.`,
      `Des sauvegardes quotidiennes de toutes les données sont réalisées et stockées hors site.`,
      `## Sauvegardes
Le serveur est sauvegardé automatiquement toutes les 24 heures.`,
      `Des sauvegardes régulières protègent vos publications contre les pannes.`,
      `- Base de données : sauvegarde toutes les heures
- Médias : sauvegarde quotidienne`,
      `L'instance est sauvegardée tous les jours sur un second serveur.`,
    ],
    near: [
      `Nous ne faisons aucune sauvegarde.`,
      `Pensez à sauvegarder vos propres données avec l'export.`,
      `Y a-t-il des sauvegardes ?`,
    ],
  },
  ja: {
    satisfy: [
      `データベースは毎晩バックアップしています。`,
      `全データの日次バックアップを取得し、別の場所に保管しています。`,
      `## バックアップ
サーバーは24時間ごとに自動でバックアップされます。`,
      `定期的にバックアップを行い、障害に備えています。`,
      `- データベース：1時間ごとにバックアップ
- メディア：毎日バックアップ`,
      `インスタンスのデータは毎日別サーバーにバックアップされます。`,
    ],
    near: [
      `バックアップは取っていません。`,
      `ご自身のデータはエクスポート機能で定期的にバックアップしてください。`,
      `バックアップはありますか？`,
    ],
  },
  es: {
    satisfy: [
      `Hacemos una copia de seguridad de la base de datos cada noche.`,
      `Se realizan copias de seguridad diarias de todos los datos y se guardan fuera del servidor.`,
      `## Copias de seguridad
El servidor se respalda automáticamente cada 24 horas.`,
      `Hacemos copias de seguridad periódicas para proteger tus publicaciones.`,
      `- Base de datos: copia cada hora
- Multimedia: copia diaria`,
      `La instancia se respalda a diario en un segundo servidor.`,
    ],
    near: [
      `No hacemos copias de seguridad.`,
      `Haz copias de seguridad de tus propios datos con la función de exportación.`,
      `¿Hay copias de seguridad?`,
    ],
  },
} satisfies ParaphraseSet;
