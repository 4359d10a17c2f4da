// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'ai-training-prohibited',
  en: {
    satisfy: [
      `You may not use content posted on quillfeather.social to train artificial intelligence or machine-learning models.`,
      `Using our members' posts as training data for large language models is prohibited.`,
      `## AI training
Nobody may collect posts from this server to train generative AI without the explicit consent of each author.`,
      `Scraping this instance to build datasets for AI training is forbidden.`,
      `- No AI training on user content
- No commercial use of our API`,
      `We do not allow the content of our users to be used for training LLMs, neural networks or other machine-learning systems.`,
      `Training machine learning models on toots from this server requires the written consent of the people who wrote them.`,
      `Our users' words and images are not training data: AI companies are not permitted to harvest them.`,
      `It is forbidden to feed posts, images or profiles from this instance into any AI model, for training or fine-tuning.`,
      `| Use | Allowed? |
|---|---|
| Search engine indexing | Yes |
| Training AI models | No |`,
      `The admins prohibit the use of any content hosted here for the development of generative AI.`,
      `Crawlers collecting data for language-model training are banned, and we block their user agents.`,
      `Content from this server must not be used to train chatbots or image generators unless its author opts in.`,
      `**No AI scraping.** Harvesting posts to train machine-learning models is not allowed.`,
      `By federating with us, you agree not to use our members' content to train AI.`,
      `We forbid third parties from using anything posted here as training material for artificial intelligence.`,
      `Training datasets may not include posts from this instance without the poster's consent.`,
      `AI/ML training on content from larkspur.online is expressly prohibited.`,
      `Posts on this server may not be used to build or improve machine learning models.`,
      `### Artificial intelligence
Do not use our users' content for AI model training. This includes fine-tuning and embedding datasets.`,
    ],
    near: [
      `Scraping this instance is prohibited.`,
      `We do not prohibit AI companies from training on public posts.`,
      `We use a machine-learning filter to detect spam.`,
      `AI-generated images must be labelled as such.`,
      `Can AI companies train their models on my posts?`,
      `We may license public posts to AI developers in the future.`,
      `Automated data collection from this server is forbidden.`,
      `Bots are allowed if they are marked as bots in their profile.`,
      `AI training on your content is something we have not taken a position on.`,
      `Crawling the instance for any purpose other than search indexing is not allowed.`,
    ],
  },
  de: {
    satisfy: [
      `Die Nutzung von Inhalten dieser Instanz zum Training von KI-Modellen ist untersagt.`,
      `Beiträge unserer Mitglieder dürfen nicht als Trainingsdaten für Sprachmodelle verwendet werden.`,
      `## KI-Training
Das Sammeln von Beiträgen zum Training generativer KI ist ohne ausdrückliche Zustimmung der Verfassenden verboten.`,
      `Scraping zum Aufbau von KI-Trainingsdatensätzen ist nicht erlaubt.`,
      `Wir verbieten, Inhalte von diesem Server für maschinelles Lernen zu nutzen.`,
      `- Kein Training von KI mit Nutzerinhalten`,
    ],
    near: [
      `Scraping dieser Instanz ist verboten.`,
      `KI-generierte Bilder müssen gekennzeichnet werden.`,
      `Wir verbieten KI-Training nicht.`,
    ],
  },
  fr: {
    satisfy: [
      `Il est interdit d'utiliser les contenus de cette instance pour entraîner des modèles d'IA.`,
      `Les publications de nos membres ne peuvent pas servir de données d'entraînement à des modèles de langage.`,
      `## Entraînement d'IA
La collecte de messages pour entraîner une IA générative est interdite sans le consentement explicite des auteurs.`,
      `Le moissonnage de ce serveur pour constituer des jeux de données d'apprentissage automatique est interdit.`,
      `Nous interdisons l'utilisation des contenus publiés ici pour l'apprentissage automatique.`,
      `- Pas d'entraînement d'IA sur les contenus des utilisateurs`,
    ],
    near: [
      `Le moissonnage de cette instance est interdit.`,
      `Les images générées par IA doivent être signalées.`,
      `Nous n'interdisons pas l'entraînement d'IA.`,
    ],
  },
  ja: {
    satisfy: [
      `当インスタンスの投稿をAIの学習に利用することを禁止します。`,
      `ユーザーの投稿を大規模言語モデルの学習データとして使用することは禁止です。`,
      `## AI学習について
投稿者本人の明示的な同意なく、生成AIの学習のために投稿を収集することを禁じます。`,
      `機械学習用データセット作成を目的としたスクレイピングは禁止です。`,
      `当サーバーのコンテンツを機械学習モデルの訓練に使うことはできません。`,
      `- ユーザーのコンテンツでのAI学習禁止`,
    ],
    near: [
      `当インスタンスのスクレイピングは禁止です。`,
      `AI生成画像にはその旨を明記してください。`,
      `AIの学習利用は禁止していません。`,
    ],
  },
  es: {
    satisfy: [
      `Queda prohibido usar el contenido de esta instancia para entrenar modelos de inteligencia artificial.`,
      `Las publicaciones de nuestros miembros no pueden usarse como datos de entrenamiento para modelos de lenguaje.`,
      `## Entrenamiento de IA
Recopilar publicaciones para entrenar IA generativa está prohibido sin el consentimiento expreso de sus autores.`,
      `Se prohíbe el scraping de este servidor para crear conjuntos de datos de aprendizaje automático.`,
      `No permitimos que el contenido de los usuarios se use para entrenar sistemas de IA.`,
      `- Nada de entrenar IA con contenido de usuarios`,
    ],
    near: [
      `Se prohíbe el scraping de esta instancia.`,
      `Las imágenes generadas por IA deben etiquetarse.`,
      `No prohibimos el entrenamiento de IA.`,
    ],
  },
} satisfies ParaphraseSet;
