// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'dm-not-encrypted',
  en: {
    satisfy: [
      `Direct messages are not end-to-end encrypted.`,
      `Private mentions are stored in plain text on the server, and the admins could read them.`,
      `## Direct messages
DMs on this instance are not end-to-end encrypted. The operators of this server and of the recipient's server can technically access them.`,
      `Please don't share sensitive information in direct messages: they aren't end-to-end encrypted.`,
      `Mentioned-only posts can be read by the administrators of any server involved in delivering them.`,
      `- Direct messages: not end-to-end encrypted, readable by server admins`,
      `Messages you send with "direct" visibility are not encrypted end to end; treat them like an e-mail.`,
      `The database administrators have access to private messages.`,
      `| Feature | End-to-end encrypted? |
|---|---|
| Direct messages | No |`,
      `Although DMs only appear to the people you mention, they are not protected by end-to-end encryption.`,
      `Your private mentions can be seen by the admins of your server and of the servers where the recipients live.`,
      `**DMs are not private** in the strict sense: no end-to-end encryption is used.`,
      `There is no E2E encryption for private messages on Mastodon, so admins can read them.`,
      `Operators of receiving instances may be able to read direct messages delivered to their users.`,
      `Private posts are sent unencrypted between servers and stored in readable form.`,
      `Staff with database access could, in principle, read your direct conversations.`,
      `Because direct messages are not end-to-end encrypted, use Signal or Matrix for anything sensitive.`,
      `Direct messages (DMs) lack end-to-end encryption.`,
      `Chat messages on this Misskey server are not end-to-end encrypted and can be viewed by its administrators.`,
      `### A note on DMs
They are not encrypted end-to-end. The people who run the servers can read them.`,
    ],
    near: [
      `Direct messages are end-to-end encrypted.`,
      `Admins will never read your direct messages.`,
      `Are direct messages encrypted?`,
      `Public posts are not encrypted, because anyone can read them anyway.`,
      `All connections to the server use HTTPS.`,
      `You can turn off direct messages from people you don't follow.`,
      `Direct messages are only shown to the people mentioned in them.`,
      `Use direct visibility to reply privately to someone.`,
      `Your password is encrypted with bcrypt.`,
      `You can report a direct message like any other post.`,
    ],
  },
  de: {
    satisfy: [
      `Direktnachrichten sind nicht Ende-zu-Ende-verschlüsselt.`,
      `Private Erwähnungen liegen unverschlüsselt auf dem Server, die Admins könnten sie lesen.`,
      `## Direktnachrichten
DMs sind nicht Ende-zu-Ende-verschlüsselt; die Betreiber dieses und des empfangenden Servers haben technisch Zugriff darauf.`,
      `Teile keine sensiblen Informationen per Direktnachricht, denn sie sind nicht Ende-zu-Ende verschlüsselt.`,
      `Administratoren können private Nachrichten einsehen.`,
      `- Direktnachrichten: keine Ende-zu-Ende-Verschlüsselung`,
    ],
    near: [
      `Direktnachrichten sind Ende-zu-Ende-verschlüsselt.`,
      `Sind Direktnachrichten verschlüsselt?`,
      `Alle Verbindungen zum Server laufen über HTTPS.`,
    ],
  },
  fr: {
    satisfy: [
      `Les messages directs ne sont pas chiffrés de bout en bout.`,
      `Les mentions privées sont stockées en clair sur le serveur et les administrateurs pourraient les lire.`,
      `## Messages privés
Ils ne sont pas chiffrés de bout en bout : les responsables de ce serveur et du serveur destinataire peuvent techniquement y accéder.`,
      `Évitez de partager des informations sensibles en message direct, car ils ne sont pas chiffrés de bout en bout.`,
      `Les administrateurs peuvent lire les messages privés.`,
      `- Messages directs : pas de chiffrement de bout en bout`,
    ],
    near: [
      `Les messages directs sont chiffrés de bout en bout.`,
      `Les messages directs sont-ils chiffrés ?`,
      `Toutes les connexions au serveur passent par HTTPS.`,
    ],
  },
  ja: {
    satisfy: [
      `ダイレクトメッセージはエンドツーエンドで暗号化されていません。`,
      `非公開の投稿（ダイレクト）はサーバー上に平文で保存され、管理者が閲覧できます。`,
      `## ダイレクトメッセージ
DMはエンドツーエンド暗号化されておらず、当サーバーおよび受信側サーバーの運営者が技術的に閲覧可能です。`,
      `DMはエンドツーエンド暗号化されていないため、機密情報は送らないでください。`,
      `管理者はダイレクトメッセージの内容を見ることができます。`,
      `- ダイレクトメッセージ：E2E暗号化なし`,
    ],
    near: [
      `ダイレクトメッセージはエンドツーエンドで暗号化されています。`,
      `DMは暗号化されていますか？`,
      `サーバーへの通信はすべてHTTPSで保護されています。`,
    ],
  },
  es: {
    satisfy: [
      `Los mensajes directos no están cifrados de extremo a extremo.`,
      `Las menciones privadas se guardan sin cifrar en el servidor y los administradores podrían leerlas.`,
      `## Mensajes directos
No tienen cifrado de extremo a extremo: quienes administran este servidor y el del destinatario pueden acceder a ellos.`,
      `No compartas información sensible por mensaje directo, ya que no está cifrado de extremo a extremo.`,
      `Los administradores pueden leer los mensajes privados.`,
      `- Mensajes directos: sin cifrado de extremo a extremo`,
    ],
    near: [
      `Los mensajes directos están cifrados de extremo a extremo.`,
      `¿Están cifrados los mensajes directos?`,
      `Todas las conexiones al servidor usan HTTPS.`,
    ],
  },
} satisfies ParaphraseSet;
