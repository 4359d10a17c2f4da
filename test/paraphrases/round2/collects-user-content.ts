// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
// Every satisfying entry names at least posts, media, follows/followers and favourites/boosts.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'collects-user-content',
  en: {
    satisfy: [
      `We store what you post: your toots, the images and videos you attach, the accounts you follow and who follows you, and the posts you favourite or boost.`,
      `- Posts and replies
- Uploaded media (pictures, audio, video)
- Follows and followers
- Favourites and boosts
- Bookmarks, lists, blocks and mutes`,
      `Content you create is kept on the server: statuses, media attachments, your follow relationships, favourites, reblogs, bookmarks and lists.`,
      `| Data | Visibility |
|---|---|
| Posts | As you choose |
| Media attachments | Same as the post |
| Followers / following | Public unless hidden |
| Favourites and boosts | Public |`,
      `## Content you publish
Your posts, the pictures and videos you upload, who you follow, who follows you, and which posts you have liked or boosted are stored on our server.`,
      `The instance holds your statuses, uploaded files, follower and following lists, and your favourites and shares.`,
      `Optional information you give us: posts, media, follows, favourites, boosts, bookmarks, lists, blocks, mutes and private notes on other accounts.`,
      `Anything you post — text, photos, video — is saved, along with the accounts you follow, your followers, and the posts you star or repost.`,
      `We keep your notes (posts), drive files, following and followers, and reactions and renotes.`,
      `Data stored for each account: published posts, media uploads, the social graph (follows and followers), favourites, boosts, bookmarks, mutes and blocks.`,
      `**Your content.** Posts, attachments, follows, followers, favourites and boosts are stored for as long as you keep them.`,
      `On moorhen.social we store the posts you write, the media you attach to them, the people you follow and who follow you, plus your favourites and boosts.`,
      `Our database contains your toots, their images, your follow list, your followers list and your likes and boosts, as well as any lists, bookmarks, mutes, blocks and account notes you create.`,
      `### Posts and interactions
Statuses, media, follows, followers, favourites and boosts are kept by the server.`,
      `Things you share are stored: messages you post, pictures you upload, the accounts you follow or that follow you, and the posts you like or reblog.`,
      `Posts (including media attachments), follow relationships, favourites and boosts are saved by this instance.`,
      `We retain the content you choose to publish: posts, videos and images, follows and followers, favourites and boosts.`,
      `The server stores your videos and comments, your subscriptions and subscribers, and the videos you like or share.`,
      `Your account data consists of your posts, your uploaded media, your follows and followers, and your favourites, boosts and bookmarks.`,
      `When you post, follow someone, favourite or boost a post, or upload media, that information is stored by plover.club.`,
    ],
    near: [
      `We do not store your posts, media, follows, favourites or boosts once you delete them.`,
      `What happens to your posts, pictures, follows and boosts when the server closes?`,
      `Please don't post media you don't have the rights to, and don't boost spam or mass-follow accounts.`,
      `If we ever kept your posts or media beyond deletion, we would tell you.`,
      `We collect your e-mail address, username and a hashed password.`,
      `Favourite and boost counts shown on posts from other servers may be out of date.`,
      `You can hide who you follow and who follows you in your profile settings.`,
      `Moderators never read your bookmarks, lists, mutes or blocks.`,
      `Posting images without alt text is discouraged.`,
      `None of your content — posts, media, follows, favourites, boosts — is kept by us; it lives only on your own device.`,
    ],
  },
  de: {
    satisfy: [
      `Wir speichern deine Beiträge, hochgeladene Bilder und Videos, wem du folgst und wer dir folgt, sowie deine Favoriten und geteilten Beiträge.`,
      `- Beiträge
- Medien
- Folgen und Follower
- Favoriten und Boosts`,
      `Auf dem Server liegen deine Posts, Medienanhänge, deine Folgebeziehungen, Favoriten, Boosts, Lesezeichen und Listen.`,
      `## Inhalte
Gespeichert werden deine Beiträge samt Anhängen, die Konten, denen du folgst, deine Follower und die Beiträge, die du favorisiert oder geteilt hast.`,
      `Zu deinem Konto gehören deine Tröts, Bilder, Follows, Follower, Favoriten und Boosts; all das wird gespeichert.`,
      `Wir bewahren Beiträge, Medien, Folgen/Follower, Favoriten, Boosts, Lesezeichen, Stummschaltungen und Blockierungen auf.`,
    ],
    near: [
      `Wir speichern weder deine Beiträge noch Medien, Follows, Favoriten oder Boosts.`,
      `Was passiert mit meinen Beiträgen, Bildern und Follows?`,
      `Bitte teile keine Medien, an denen du keine Rechte hast.`,
    ],
  },
  fr: {
    satisfy: [
      `Nous conservons vos publications, les images et vidéos que vous joignez, vos abonnements et abonnés, ainsi que vos favoris et partages.`,
      `- Publications
- Médias
- Abonnements et abonnés
- Favoris et partages`,
      `Le serveur stocke vos messages, vos pièces jointes, les comptes que vous suivez et ceux qui vous suivent, vos favoris, vos boosts, vos marque-pages et vos listes.`,
      `## Contenus
Vos pouets, médias, abonnements, abonnés, favoris et repartages sont enregistrés sur notre instance.`,
      `Sont stockés : ce que vous publiez, les fichiers que vous téléversez, vos relations d'abonnement, et les messages que vous aimez ou partagez.`,
      `Nous gardons vos publications, médias, abonnements, abonnés, favoris, partages, comptes bloqués et masqués.`,
    ],
    near: [
      `Nous ne conservons ni vos publications, ni vos médias, ni vos abonnements, ni vos favoris.`,
      `Que deviennent mes publications, mes images et mes abonnés ?`,
      `Ne publiez pas de médias dont vous ne détenez pas les droits.`,
    ],
  },
  ja: {
    satisfy: [
      `投稿、添付した画像や動画、フォロー・フォロワー、お気に入りやブーストした投稿を保存します。`,
      `- 投稿
- メディア
- フォロー／フォロワー
- お気に入り・ブースト`,
      `当サーバーには、あなたの投稿、アップロードしたファイル、フォロー関係、お気に入り、ブースト、ブックマーク、リストが保存されます。`,
      `## 投稿されたコンテンツ
ノート、ドライブのファイル、フォロー、フォロワー、リアクション、リノートをサーバーに保管します。`,
      `投稿内容・メディア・フォロー情報・いいね・リブログを保存しています。`,
      `投稿、画像、フォロー、フォロワー、お気に入り、ブースト、ミュート、ブロックの情報を保持します。`,
    ],
    near: [
      `投稿、メディア、フォロー、お気に入りは一切保存しません。`,
      `投稿や画像、フォロー情報はどうなりますか？`,
      `権利を持たない画像を投稿しないでください。`,
    ],
  },
  es: {
    satisfy: [
      `Guardamos tus publicaciones, las imágenes y vídeos que adjuntas, a quién sigues y quién te sigue, y tus favoritos e impulsos.`,
      `- Publicaciones
- Multimedia
- Seguidos y seguidores
- Favoritos y retoots`,
      `El servidor almacena tus mensajes, archivos adjuntos, relaciones de seguimiento, favoritos, impulsos, marcadores y listas.`,
      `## Contenido
Conservamos tus publicaciones con sus archivos, las cuentas que sigues, tus seguidores y las publicaciones que marcas como favoritas o compartes.`,
      `Se guardan tus toots, fotos, vídeos, seguidos, seguidores, favoritos y boosts.`,
      `Almacenamos publicaciones, multimedia, seguimientos, seguidores, favoritos, impulsos, bloqueos y silenciados.`,
    ],
    near: [
      `No guardamos tus publicaciones, archivos, seguidores ni favoritos.`,
      `¿Qué pasa con mis publicaciones, fotos y seguidores?`,
      `No publiques imágenes sobre las que no tengas derechos.`,
    ],
  },
} satisfies ParaphraseSet;
