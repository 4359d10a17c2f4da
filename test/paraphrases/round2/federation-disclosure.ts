// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'federation-disclosure',
  en: {
    satisfy: [
      `When you post, your post is delivered to the servers of your followers, which store a copy.`,
      `Public posts are sent to other servers in the fediverse and saved there.`,
      `## Federation
This server is part of a network. Posts you publish are copied to other instances where people follow you, and those servers keep their own copies.`,
      `Other servers that receive your posts will store them, and we cannot force them to delete them.`,
      `- Your posts are distributed to remote servers
- Those servers keep copies, subject to their own policies`,
      `Content you share is federated: it is transmitted to and cached by other servers on the network.`,
      `Copies of your toots end up on every instance that one of your followers uses.`,
      `Posts, including followers-only ones, are delivered to the servers of the accounts that should see them and stored there.`,
      `| Where your posts go | Stored there? |
|---|---|
| This server | Yes |
| Your followers' servers | Yes |`,
      `By design, ActivityPub delivers your public activity to remote servers, which may retain it.`,
      `Once a post federates, other servers hold a copy of it; deleting it here sends a deletion request but cannot guarantee removal.`,
      `Your profile and posts are replicated to other instances in the fediverse.`,
      `**Federation:** what you post is pushed to other servers and stored by them.`,
      `Remote instances receive and keep copies of the posts you make public.`,
      `Your videos' metadata and comments are shared with other PeerTube instances that follow ours, and they store them.`,
      `The servers of people who follow you get a copy of each of your posts.`,
      `Posts leave this server: they are sent to other servers run by other people, who store them.`,
      `Replies and mentions are delivered to the mentioned people's home servers, which save them.`,
      `Notes you publish are federated to remote Misskey, Mastodon and other servers, where copies persist.`,
      `### Other servers
Posts you publish are sent to, and stored on, other servers in the network.`,
    ],
    near: [
      `We do not federate with servers that host hate speech.`,
      `Your posts stay on this server and are never sent anywhere else.`,
      `Posts from other servers are cached on our server so your timeline loads quickly.`,
      `Does my post get copied to other servers?`,
      `You can block entire servers from your settings.`,
      `Other servers have their own rules and moderators.`,
      `Local-only posts are not delivered to other servers.`,
      `We store your posts on our own server.`,
      `Federation is currently disabled on this test instance.`,
      `If we ever federate, copies of your posts might be stored elsewhere.`,
    ],
  },
  de: {
    satisfy: [
      `Deine Beiträge werden an die Server deiner Follower übermittelt und dort gespeichert.`,
      `Öffentliche Beiträge gelangen zu anderen Servern im Fediverse und werden dort gespeichert.`,
      `## Föderation
Was du veröffentlichst, wird an andere Instanzen weitergegeben, die eigene Kopien aufbewahren.`,
      `Andere Server, die deine Beiträge erhalten, speichern sie; wir können sie nicht zur Löschung zwingen.`,
      `Kopien deiner Tröts landen auf jedem Server, auf dem dir jemand folgt.`,
      `- Beiträge werden an fremde Server verteilt und dort gespeichert`,
    ],
    near: [
      `Wir föderieren nicht mit Servern, die Hassrede zulassen.`,
      `Deine Beiträge bleiben auf diesem Server und werden nirgendwohin gesendet.`,
      `Beiträge anderer Server werden bei uns zwischengespeichert.`,
    ],
  },
  fr: {
    satisfy: [
      `Vos publications sont transmises aux serveurs de vos abonnés, qui en conservent une copie.`,
      `Les messages publics sont envoyés à d'autres serveurs du fédivers et y sont stockés.`,
      `## Fédération
Ce que vous publiez est diffusé vers d'autres instances, qui gardent leurs propres copies.`,
      `Les autres serveurs qui reçoivent vos messages les stockent, et nous ne pouvons pas les obliger à les supprimer.`,
      `Une copie de vos pouets se retrouve sur chaque serveur où quelqu'un vous suit.`,
      `- Les publications sont distribuées aux serveurs distants et y sont conservées`,
    ],
    near: [
      `Nous ne fédérons pas avec les serveurs qui tolèrent les discours haineux.`,
      `Vos publications restent sur ce serveur et ne sont envoyées nulle part ailleurs.`,
      `Les messages d'autres serveurs sont mis en cache chez nous.`,
    ],
  },
  ja: {
    satisfy: [
      `投稿はフォロワーのいるサーバーへ配信され、そこで保存されます。`,
      `公開投稿は連合内の他のサーバーに送信され、保存されます。`,
      `## 連合について
あなたの投稿は他のインスタンスに配送され、各サーバーがそのコピーを保持します。`,
      `投稿を受け取った他のサーバーはそれを保存するため、当サーバーから削除を強制することはできません。`,
      `あなたの投稿のコピーは、フォロワーが所属するすべてのサーバーに残ります。`,
      `- 投稿はリモートサーバーに配信・保存されます`,
    ],
    near: [
      `ヘイトスピーチを容認するサーバーとは連合しません。`,
      `投稿は当サーバーの外には送信されません。`,
      `他サーバーの投稿は当サーバーにキャッシュされます。`,
    ],
  },
  es: {
    satisfy: [
      `Tus publicaciones se envían a los servidores de tus seguidores, que guardan una copia.`,
      `Las publicaciones públicas llegan a otros servidores del fediverso y se almacenan allí.`,
      `## Federación
Lo que publicas se distribuye a otras instancias, que conservan sus propias copias.`,
      `Los demás servidores que reciben tus publicaciones las almacenan, y no podemos obligarlos a borrarlas.`,
      `Hay una copia de tus toots en cada servidor donde alguien te sigue.`,
      `- Las publicaciones se distribuyen a servidores remotos y se guardan allí`,
    ],
    near: [
      `No federamos con servidores que toleran el discurso de odio.`,
      `Tus publicaciones se quedan en este servidor y no se envían a ningún otro sitio.`,
      `Las publicaciones de otros servidores se almacenan en caché en el nuestro.`,
    ],
  },
} satisfies ParaphraseSet;
