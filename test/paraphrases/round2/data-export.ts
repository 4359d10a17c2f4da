// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'data-export',
  en: {
    satisfy: [
      `You can download an archive of your posts and media from Settings → Import and export.`,
      `Users may request a copy of all the data we hold about them.`,
      `## Your data
At any time you can export your follows, lists, blocks and mutes as CSV files, and request a full archive of your account.`,
      `An export of your account data is available once every seven days.`,
      `- Request your archive: Preferences > Data export`,
      `Members can download their data in a machine-readable format.`,
      `If you want a copy of your information, ask the admins and we will send you an export within 30 days.`,
      `The "Request your archive" button produces a ZIP file with your posts, profile and attachments.`,
      `| Right | How |
|---|---|
| Access / portability | Download your archive in settings |`,
      `You have the right to obtain your personal data in a portable format; use the export page or e-mail us.`,
      `Your posts can be exported as an ActivityPub archive whenever you like.`,
      `**Data portability.** You can take your data with you: export it from your account settings.`,
      `We provide a self-service export of everything you have posted.`,
      `The instance lets every user generate a downloadable backup of their account.`,
      `You may ask for an electronic copy of the personal information associated with your account.`,
      `Exporting your data (posts, following list, bookmarks) is possible from the settings page.`,
      `On request, the moderators will package your data and send it to you.`,
      `Misskey users can export their notes, favourites and drive files from the settings.`,
      `Download a copy of your videos and channel data from your account settings.`,
      `### Take your data with you
An archive of your account can be requested once a week.`,
    ],
    near: [
      `We do not offer any way to export your data.`,
      `Can I download my data?`,
      `We export anonymised usage statistics to our analytics provider.`,
      `You can import a list of accounts to follow from another server.`,
      `Admins can export the list of blocked domains.`,
      `A data export feature is planned for next year.`,
      `Exporting content from other users is not permitted.`,
      `Posts cannot be downloaded by people who are not logged in.`,
      `Our server is located in Germany; data is not exported outside the EU.`,
      `Media files are exported to our CDN for faster delivery.`,
    ],
  },
  de: {
    satisfy: [
      `Du kannst ein Archiv deiner Beiträge und Medien in den Einstellungen herunterladen.`,
      `Nutzer können eine Kopie aller über sie gespeicherten Daten anfordern.`,
      `## Datenexport
Folgelisten, Listen, Blockierungen und Stummschaltungen lassen sich jederzeit als CSV exportieren.`,
      `Über „Archiv anfordern“ erhältst du eine ZIP-Datei mit deinen Daten.`,
      `Du hast das Recht, deine Daten in einem maschinenlesbaren Format zu erhalten; nutze dafür die Exportseite.`,
      `- Datenexport: Einstellungen > Import und Export`,
    ],
    near: [
      `Einen Datenexport bieten wir nicht an.`,
      `Kann ich meine Daten herunterladen?`,
      `Du kannst eine Folgeliste von einem anderen Server importieren.`,
    ],
  },
  fr: {
    satisfy: [
      `Vous pouvez télécharger une archive de vos publications et médias depuis les paramètres.`,
      `Les utilisateurs peuvent demander une copie de toutes les données les concernant.`,
      `## Export des données
Vos abonnements, listes, blocages et masquages peuvent être exportés en CSV à tout moment.`,
      `Le bouton « Demander votre archive » génère un fichier ZIP de vos données.`,
      `Vous avez droit à la portabilité de vos données : utilisez la page d'export ou écrivez-nous.`,
      `- Exporter vos données : Préférences > Import et export`,
    ],
    near: [
      `Nous ne proposons aucun export de données.`,
      `Puis-je télécharger mes données ?`,
      `Vous pouvez importer une liste d'abonnements depuis un autre serveur.`,
    ],
  },
  ja: {
    satisfy: [
      `設定画面から投稿とメディアのアーカイブをダウンロードできます。`,
      `ユーザーは自分に関する保存データのコピーを請求できます。`,
      `## データのエクスポート
フォロー、リスト、ブロック、ミュートはいつでもCSVでエクスポートできます。`,
      `「アーカイブをリクエスト」から、データをまとめたZIPファイルを取得できます。`,
      `ご自身のデータは機械可読な形式でエクスポートできます。`,
      `- データのエクスポート：設定 > インポートとエクスポート`,
    ],
    near: [
      `データのエクスポート機能は提供していません。`,
      `自分のデータをダウンロードできますか？`,
      `他のサーバーからフォローリストをインポートできます。`,
    ],
  },
  es: {
    satisfy: [
      `Puedes descargar un archivo con tus publicaciones y multimedia desde la configuración.`,
      `Los usuarios pueden solicitar una copia de todos los datos que guardamos sobre ellos.`,
      `## Exportar datos
Tus seguidos, listas, bloqueos y silenciados pueden exportarse en CSV en cualquier momento.`,
      `El botón «Solicitar tu archivo» genera un ZIP con tus datos.`,
      `Tienes derecho a la portabilidad de tus datos: usa la página de exportación o escríbenos.`,
      `- Exportar tus datos: Preferencias > Importar y exportar`,
    ],
    near: [
      `No ofrecemos ninguna forma de exportar tus datos.`,
      `¿Puedo descargar mis datos?`,
      `Puedes importar una lista de seguidos desde otro servidor.`,
    ],
  },
} satisfies ParaphraseSet;
