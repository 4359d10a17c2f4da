// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'third-parties',
  en: {
    satisfy: [
      `The server is hosted by Hetzner in Germany, which therefore processes all data we store.`,
      `We use Mailgun to send e-mails; it receives your e-mail address.`,
      `## Processors
- Hosting: OVH (France)
- E-mail delivery: Postmark
- Media storage: Backblaze B2`,
      `Uploaded media is stored with Wasabi and served through the Bunny CDN.`,
      `No third parties receive your data: we host everything ourselves on hardware we own.`,
      `| Provider | Purpose | Data |
|---|---|---|
| DigitalOcean | Hosting | Everything |
| SendGrid | E-mail | E-mail address |`,
      `Our only processor is our hosting company, Netcup GmbH.`,
      `Images and videos are kept in an Amazon S3 bucket.`,
      `Cloudflare sits in front of the site as a CDN and sees your IP address.`,
      `We share data with no outside company; the instance, mail server and storage are all self-hosted.`,
      `Transactional e-mails go through Brevo, which processes your address on our behalf.`,
      `**Third parties:** Linode (servers), Scaleway (object storage), Mailjet (e-mail).`,
      `The only external service we use is our host, Hetzner Online.`,
      `Data is processed by these sub-processors: Fastly (CDN) and Amazon SES (e-mail).`,
      `Your data is stored on a virtual server rented from Contabo.`,
      `We do not use any third-party processors.`,
      `Email notifications are sent through our provider, Migadu.`,
      `Media attachments are served from a CDN operated by KeyCDN.`,
      `Hosting is provided by Infomaniak in Switzerland; no other company handles your data.`,
      `### Who else sees your data
Our hosting provider (Hetzner) and our e-mail provider (Mailgun). Nobody else.`,
    ],
    near: [
      `We may share data with third parties.`,
      `Which companies receive my data?`,
      `We are not responsible for the content of third-party websites linked in posts.`,
      `Third-party cookies are blocked by most modern browsers.`,
      `Users are responsible for third-party apps they choose to install on their phones.`,
      `We chose our providers carefully.`,
      `Please do not post personal data about third parties without consent.`,
      `Some trusted partners may process certain data.`,
      `We might move to a different hosting provider next year.`,
      `Service providers are listed somewhere on our website.`,
    ],
  },
  de: {
    satisfy: [
      `Der Server wird bei Hetzner in Deutschland gehostet.`,
      `Für den E-Mail-Versand nutzen wir Mailgun, das deine E-Mail-Adresse erhält.`,
      `## Auftragsverarbeiter
- Hosting: netcup
- Medienspeicher: Backblaze B2`,
      `Es gibt keine Drittanbieter: Wir hosten alles selbst auf eigener Hardware.`,
      `Hochgeladene Medien werden bei Wasabi gespeichert und über ein CDN von Bunny ausgeliefert.`,
      `Unser einziger Auftragsverarbeiter ist der Hoster Uberspace.`,
    ],
    near: [
      `Wir können Daten an Dritte weitergeben.`,
      `Welche Firmen erhalten meine Daten?`,
      `Für Inhalte verlinkter Websites Dritter übernehmen wir keine Haftung.`,
    ],
  },
  fr: {
    satisfy: [
      `Le serveur est hébergé par OVHcloud en France.`,
      `Nous utilisons Brevo pour envoyer les courriels ; ce prestataire reçoit votre adresse.`,
      `## Sous-traitants
- Hébergement : Scaleway
- Stockage des médias : Backblaze B2`,
      `Aucun tiers ne reçoit vos données : tout est auto-hébergé sur notre propre matériel.`,
      `Les médias envoyés sont stockés chez Wasabi et distribués par un CDN (Bunny).`,
      `Notre seul sous-traitant est l'hébergeur Infomaniak.`,
    ],
    near: [
      `Nous pouvons partager des données avec des tiers.`,
      `Quelles entreprises reçoivent mes données ?`,
      `Nous ne sommes pas responsables des sites tiers liés dans les publications.`,
    ],
  },
  ja: {
    satisfy: [
      `サーバーはさくらインターネットのVPSでホストしています。`,
      `メール送信にはSendGridを利用しており、メールアドレスが同社に渡ります。`,
      `## 委託先
- ホスティング：ConoHa
- メディア保存：Cloudflare R2`,
      `第三者にデータを提供することはありません。すべて自前のサーバーで運用しています。`,
      `アップロードされたメディアはAmazon S3に保存され、CDN経由で配信されます。`,
      `データを取り扱う外部事業者はホスティング会社のXserverのみです。`,
    ],
    near: [
      `第三者にデータを提供する場合があります。`,
      `どの会社が私のデータを受け取りますか？`,
      `投稿内のリンク先サイトについては責任を負いません。`,
    ],
  },
  es: {
    satisfy: [
      `El servidor está alojado en Hetzner, en Alemania.`,
      `Usamos Mailgun para enviar correos; este proveedor recibe tu dirección.`,
      `## Encargados del tratamiento
- Alojamiento: OVHcloud
- Almacenamiento multimedia: Backblaze B2`,
      `Ningún tercero recibe tus datos: alojamos todo nosotros mismos en hardware propio.`,
      `Los archivos subidos se guardan en Wasabi y se sirven mediante la CDN de Bunny.`,
      `Nuestro único proveedor con acceso a datos es la empresa de alojamiento Clouding.io.`,
    ],
    near: [
      `Podemos compartir datos con terceros.`,
      `¿Qué empresas reciben mis datos?`,
      `No nos hacemos responsables de los sitios de terceros enlazados en las publicaciones.`,
    ],
  },
} satisfies ParaphraseSet;
