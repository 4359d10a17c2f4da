// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'no-data-sale',
  en: {
    satisfy: [
      `We will never sell your personal data.`,
      `Your information is not sold, rented or traded to anyone.`,
      `## Advertising
There are no ads on this server, and your data is never used for advertising or to track you.`,
      `We don't sell user data, and we don't use it to target ads.`,
      `- No selling of data
- No ads
- No tracking`,
      `The admins of wildrye.social do not trade or monetise the personal information of members.`,
      `None of your data is ever passed to advertisers or data brokers.`,
      `Personal information is not used for profiling, advertising or cross-site tracking.`,
      `| Do we... | Answer |
|---|---|
| Sell your data? | No |
| Show targeted ads? | No |`,
      `This instance is funded by donations, not by selling what we know about you.`,
      `We have no trackers and no advertising partners; your data stays out of the ad industry.`,
      `**Not for sale.** Your data is not sold to or shared with marketers.`,
      `Under no circumstances will we sell members' personal data.`,
      `We do not engage in selling, renting or leasing any information about our users.`,
      `Your data is never used for advertising purposes.`,
      `We don't track you across the web and we don't sell anything about you.`,
      `The collected information is not sold and not used for marketing.`,
      `No personal data is monetised: no sales, no ad targeting.`,
      `Data collected by this PeerTube instance will not be sold or used for advertising.`,
      `### Selling data
We don't. Ever.`,
    ],
    near: [
      `We sell stickers and T-shirts to fund the server.`,
      `Do you sell my data?`,
      `We may share data with law enforcement when legally required.`,
      `Advertising accounts are not allowed on this instance.`,
      `We don't sell ad space on the timeline, but sponsors are thanked in our monthly post.`,
      `Some of our data is shared with advertisers to cover hosting costs.`,
      `Other servers may sell data they receive; we can't control that.`,
      `Promotional posts must be marked with #ad.`,
      `Selling goods on the local timeline is not permitted.`,
      `If we were ever acquired, user data could be transferred to the new owner.`,
    ],
  },
  de: {
    satisfy: [
      `Wir verkaufen deine persönlichen Daten niemals.`,
      `Deine Daten werden weder verkauft noch vermietet oder weitergehandelt.`,
      `## Werbung
Auf diesem Server gibt es keine Werbung, und deine Daten werden nicht für Werbung oder Tracking genutzt.`,
      `Wir nutzen Nutzerdaten nicht für Werbezwecke.`,
      `- Kein Datenverkauf
- Kein Tracking`,
      `Personenbezogene Daten geben wir nicht an Werbetreibende oder Datenhändler weiter.`,
    ],
    near: [
      `Wir verkaufen Aufkleber, um den Server zu finanzieren.`,
      `Verkauft ihr meine Daten?`,
      `Werbekonten sind auf dieser Instanz nicht erlaubt.`,
    ],
  },
  fr: {
    satisfy: [
      `Nous ne vendrons jamais vos données personnelles.`,
      `Vos informations ne sont ni vendues, ni louées, ni échangées.`,
      `## Publicité
Il n'y a pas de publicité ici, et vos données ne servent ni à la publicité ni au pistage.`,
      `Nous n'utilisons pas les données des membres à des fins publicitaires.`,
      `- Pas de revente de données
- Pas de traçage`,
      `Aucune donnée personnelle n'est transmise à des annonceurs ou à des courtiers en données.`,
    ],
    near: [
      `Nous vendons des autocollants pour financer le serveur.`,
      `Vendez-vous mes données ?`,
      `Les comptes publicitaires sont interdits sur cette instance.`,
    ],
  },
  ja: {
    satisfy: [
      `個人データを販売することは一切ありません。`,
      `お預かりした情報を売却、貸与、取引することはありません。`,
      `## 広告について
当サーバーに広告はなく、データを広告やトラッキングに利用することもありません。`,
      `ユーザーの情報を広告目的で使用しません。`,
      `- データの販売なし
- トラッキングなし`,
      `個人情報を広告主やデータブローカーに提供することはありません。`,
    ],
    near: [
      `サーバー運営費のためにグッズを販売しています。`,
      `私のデータを販売していますか？`,
      `宣伝目的のアカウントは禁止です。`,
    ],
  },
  es: {
    satisfy: [
      `Nunca venderemos tus datos personales.`,
      `Tu información no se vende, alquila ni intercambia.`,
      `## Publicidad
No hay anuncios en este servidor y tus datos no se usan para publicidad ni rastreo.`,
      `No usamos los datos de los usuarios con fines publicitarios.`,
      `- Sin venta de datos
- Sin rastreo`,
      `No cedemos datos personales a anunciantes ni a intermediarios de datos.`,
    ],
    near: [
      `Vendemos pegatinas para financiar el servidor.`,
      `¿Vendéis mis datos?`,
      `Las cuentas publicitarias no están permitidas en esta instancia.`,
    ],
  },
} satisfies ParaphraseSet;
