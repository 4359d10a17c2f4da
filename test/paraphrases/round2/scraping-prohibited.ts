// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'scraping-prohibited',
  en: {
    satisfy: [
      `Scraping this server is not allowed.`,
      `Automated collection of posts or profiles from cobblestone.social is forbidden, except by ordinary search engines.`,
      `## Crawlers and bots
You may not crawl, scrape or mine data from this instance. Regular search-engine indexing is fine.`,
      `Data mining of our users' content is prohibited.`,
      `- No scraping
- No bulk downloading of profiles or posts`,
      `We prohibit the use of bots, spiders or scrapers to harvest content from this server.`,
      `Mass collection of public posts, whether by script or by hand, is against our terms.`,
      `Harvesting user data from this instance through automated means is strictly prohibited.`,
      `| Activity | Permitted |
|---|---|
| Search engine indexing | Yes |
| Scraping / data mining | No |`,
      `Crawling the instance to archive or analyse users' posts is not permitted.`,
      `You must not use the API to systematically download other people's content.`,
      `**No scraping.** Researchers and companies may not collect posts from this server without permission from each user.`,
      `Automated extraction of data from this site is forbidden.`,
      `Web scrapers are prohibited; offending IP ranges will be blocked.`,
      `Users' content may not be scraped, indexed into datasets or mined.`,
      `The operators forbid scraping of the instance and its users' timelines.`,
      `Collecting content from our users in bulk, by any automated tool, is prohibited by these terms.`,
      `It is forbidden to build datasets by crawling this server.`,
      `We do not permit third parties to scrape our public timelines.`,
      `### Automated access
Scraping, crawling and data mining are prohibited beyond what standard search engines do.`,
    ],
    near: [
      `We do not prohibit scraping.`,
      `Search engines may index public profiles on this server.`,
      `You can opt out of search-engine indexing in your settings.`,
      `Is scraping allowed on this instance?`,
      `We don't scrape other servers.`,
      `Scraping is a widespread problem across the fediverse.`,
      `Bots must not spam or harass people.`,
      `Automated posting accounts must be flagged as bots.`,
      `We cannot technically prevent scraping of public posts.`,
      `Screen readers and other accessibility tools are welcome.`,
    ],
  },
  de: {
    satisfy: [
      `Scraping dieses Servers ist verboten.`,
      `Das automatisierte Sammeln von Beiträgen oder Profilen ist untersagt, außer durch gewöhnliche Suchmaschinen.`,
      `## Crawler
Das Crawlen oder Auslesen von Daten dieser Instanz ist nicht gestattet.`,
      `Data-Mining der Inhalte unserer Nutzer ist verboten.`,
      `Wir untersagen den Einsatz von Bots oder Scrapern zum Abgreifen von Inhalten.`,
      `- Kein Scraping`,
    ],
    near: [
      `Wir verbieten Scraping nicht.`,
      `Suchmaschinen dürfen öffentliche Profile indexieren.`,
      `Ist Scraping hier erlaubt?`,
    ],
  },
  fr: {
    satisfy: [
      `Le moissonnage (scraping) de ce serveur est interdit.`,
      `La collecte automatisée de messages ou de profils est interdite, hors moteurs de recherche classiques.`,
      `## Robots
Il est interdit d'explorer, d'aspirer ou de fouiller les données de cette instance.`,
      `La fouille de données sur les contenus de nos membres est interdite.`,
      `Nous interdisons l'utilisation de robots ou de scrapers pour récupérer des contenus.`,
      `- Pas de scraping`,
    ],
    near: [
      `Nous n'interdisons pas le scraping.`,
      `Les moteurs de recherche peuvent indexer les profils publics.`,
      `Le scraping est-il autorisé ici ?`,
    ],
  },
  ja: {
    satisfy: [
      `当サーバーのスクレイピングを禁止します。`,
      `一般的な検索エンジンを除き、投稿やプロフィールの自動収集は禁止です。`,
      `## クローラー
当インスタンスのデータをクロールしたり抽出したりすることを禁じます。`,
      `ユーザーのコンテンツに対するデータマイニングは禁止されています。`,
      `ボットやスクレイパーを使ってコンテンツを収集することを禁止します。`,
      `- スクレイピング禁止`,
    ],
    near: [
      `スクレイピングは禁止していません。`,
      `検索エンジンは公開プロフィールをインデックスすることがあります。`,
      `スクレイピングは許可されていますか？`,
    ],
  },
  es: {
    satisfy: [
      `Se prohíbe el scraping de este servidor.`,
      `Queda prohibida la recopilación automatizada de publicaciones o perfiles, salvo por buscadores convencionales.`,
      `## Rastreadores
No está permitido rastrear, extraer ni minar datos de esta instancia.`,
      `La minería de datos sobre el contenido de nuestros usuarios está prohibida.`,
      `Prohibimos el uso de bots o scrapers para recolectar contenido.`,
      `- Prohibido el scraping`,
    ],
    near: [
      `No prohibimos el scraping.`,
      `Los buscadores pueden indexar los perfiles públicos.`,
      `¿Se permite el scraping aquí?`,
    ],
  },
} satisfies ParaphraseSet;
