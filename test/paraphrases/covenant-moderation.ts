import type { ParaphraseSet } from './types';

export default {
  ruleId: 'covenant-moderation',
  en: {
    satisfy: [
      `We actively moderate against racism, sexism, homophobia and transphobia.`,
      `The following is not allowed on this server:

- Racism
- Sexism
- Homophobia
- Transphobia`,
      `Racist, sexist, homophobic or transphobic posts will be removed and the accounts suspended.`,
      `Our moderators take action against racism, sexism, homophobia, and transphobia, whether it comes from local or remote accounts.`,
      `## Moderation

This instance is actively moderated. Racism, sexism, homophobia and transphobia are not tolerated.`,
      `No racism, no sexism, no homophobia, no transphobia. No exceptions.`,
      `Content that is racist, sexist, homophobic, or transphobic violates our rules and will be taken down.`,
      `We do not tolerate discrimination based on race, sex, sexual orientation or gender identity.`,
      `Server rules:

1. Be kind.
2. No racism or xenophobia.
3. No sexism or misogyny.
4. No homophobia, transphobia or any other queerphobia.
5. No spam.`,
      `The admin team commits to enforcing active moderation against racism, sexism, homophobia and transphobia, as set out in the Mastodon Server Covenant.`,
      `Hateful conduct, including racism, sexism, homophobia and transphobia, leads to a ban.`,
      `Posting racist, sexist, homophobic or transphobic content is prohibited.`,
      `Transphobia, homophobia, sexism and racism will get you removed from this instance.`,
      `| Prohibited | Consequence |
|---|---|
| Racism | Suspension |
| Sexism | Suspension |
| Homophobia | Suspension |
| Transphobia | Suspension |`,
      `Remote servers that tolerate racism, sexism, homophobia or transphobia are defederated, and local users who engage in any of them are suspended.`,
      `Our moderation team removes racist, sexist, anti-gay and anti-trans content.`,
      `Bigotry is not welcome here: racism, sexism, homophobia and transphobia are all grounds for suspension.`,
      `We are a queer-friendly space. We moderate actively and remove any racism, sexism, homo- or transphobia.`,
      `The Operator shall actively moderate and remove content that promotes racism, sexism, homophobia or transphobia.`,
      `Reports about racism, sexism, homophobia or transphobia are handled by our moderators within 24 hours.`,
      `We won't host racists, sexists, homophobes or transphobes.`,
      `Don't post anything racist, sexist, homophobic or transphobic: the moderators will remove it.`,
      `Hate speech, including but not limited to racism, sexism, homophobia and transphobia, is removed by our moderators.`,
      `Rule 3: Discrimination is forbidden. This includes racism, sexism, homophobia and transphobia.`,
      `**Is this instance moderated?**

Yes. We actively moderate against racism, sexism, homophobia and transphobia.`,
      `Racism and sexism are banned here, and so are homophobia and transphobia.`,
      `Harassment or attacks on the basis of race, sex, sexual orientation or gender identity are not permitted.`,
    ],
    near: [
      `We do not tolerate racism or sexism.`,
      `Homophobia and transphobia are banned.`,
      `Racism, sexism and homophobia will not be tolerated.`,
      `This instance follows the Mastodon Server Covenant.`,
      `Hate speech is not allowed.`,
      `This is a free speech instance; we do not moderate racism, sexism, homophobia or transphobia.`,
      `Do we moderate against racism, sexism, homophobia and transphobia?`,
      `We moderate spam, scams and illegal content.`,
      `Transphobia, racism and homophobia lead to a ban.`,
      `Moderation is done by volunteers and may take a few days.`,
      `Racism, sexism, homophobia and transphobia are common problems on social media, and you may encounter them on other servers.`,
    ],
  },
  de: {
    satisfy: [
      `Wir moderieren aktiv gegen Rassismus, Sexismus, Homophobie und Transphobie.`,
      `Auf dieser Instanz ist verboten:

- Rassismus
- Sexismus
- Homophobie
- Transfeindlichkeit`,
      `Rassistische, sexistische, homophobe oder transfeindliche Beiträge werden gelöscht.`,
      `## Moderation

Unser Team geht aktiv gegen Rassismus, Sexismus, Homo- und Transphobie vor.`,
      `Kein Platz für Rassismus, Sexismus, Homophobie oder Transphobie: Verstöße führen zur Sperrung.`,
      `Wer rassistische, sexistische, homophobe oder transphobe Inhalte verbreitet, wird von der Instanz entfernt.`,
      `Wir verpflichten uns gemäß dem Mastodon Server Covenant zu aktiver Moderation gegen Rassismus, Sexismus, Homophobie und Transphobie.`,
      `| Verboten | Folge |
|---|---|
| Rassismus | Sperre |
| Sexismus | Sperre |
| Homophobie | Sperre |
| Transphobie | Sperre |`,
      `Regel 2: Keine Diskriminierung. Dazu zählen insbesondere Rassismus, Sexismus, Homophobie und Transphobie.`,
      `Instanzen, die Rassismus, Sexismus, Homophobie oder Transphobie dulden, werden von uns blockiert, und lokale Accounts, die so etwas posten, werden gesperrt.`,
      `Rassismus und Sexismus haben hier nichts verloren, Homophobie und Transphobie genauso wenig.`,
    ],
    near: [
      `Rassismus und Sexismus werden bei uns nicht geduldet.`,
      `Homophobie, Transphobie und Rassismus sind verboten.`,
      `Diese Instanz hält sich an den Mastodon Server Covenant.`,
      `Hassrede ist nicht erlaubt.`,
      `Moderieren wir gegen Rassismus, Sexismus, Homophobie und Transphobie?`,
      `Wir moderieren nicht gegen Rassismus, Sexismus, Homophobie oder Transphobie, da uns Meinungsfreiheit über alles geht.`,
    ],
  },
  fr: {
    satisfy: [
      `Nous modérons activement le racisme, le sexisme, l'homophobie et la transphobie.`,
      `Sont interdits sur cette instance :

- le racisme
- le sexisme
- l'homophobie
- la transphobie`,
      `Les messages racistes, sexistes, homophobes ou transphobes sont supprimés.`,
      `## Modération

L'équipe de modération lutte activement contre le racisme, le sexisme, l'homophobie et la transphobie.`,
      `Pas de racisme, pas de sexisme, pas d'homophobie, pas de transphobie : les contrevenants seront bannis.`,
      `Tout contenu raciste, sexiste, homophobe ou transphobe entraîne la suspension du compte.`,
      `Conformément au Mastodon Server Covenant, nous nous engageons à une modération active contre le racisme, le sexisme, l'homophobie et la transphobie.`,
      `| Interdit | Sanction |
|---|---|
| Racisme | Suspension |
| Sexisme | Suspension |
| Homophobie | Suspension |
| Transphobie | Suspension |`,
      `Règle n° 2 : aucune discrimination, notamment le racisme, le sexisme, l'homophobie et la transphobie.`,
      `Les instances qui tolèrent le racisme, le sexisme, l'homophobie ou la transphobie sont bloquées, et les comptes locaux qui en publient sont suspendus.`,
      `Ici, le racisme et le sexisme n'ont pas leur place, pas plus que l'homophobie ou la transphobie.`,
    ],
    near: [
      `Nous ne tolérons ni le racisme ni le sexisme.`,
      `L'homophobie, la transphobie et le racisme sont interdits.`,
      `Cette instance respecte le Mastodon Server Covenant.`,
      `Les discours de haine sont interdits.`,
      `Modérons-nous le racisme, le sexisme, l'homophobie et la transphobie ?`,
      `Nous ne modérons pas le racisme, le sexisme, l'homophobie ou la transphobie : la liberté d'expression prime.`,
    ],
  },
  ja: {
    satisfy: [
      `人種差別、性差別、同性愛嫌悪、トランスフォビアに対して積極的にモデレーションを行います。`,
      `当サーバーでは以下を禁止しています。

- 人種差別
- 性差別
- ホモフォビア（同性愛嫌悪）
- トランスフォビア（トランスジェンダー嫌悪）`,
      `人種差別的、性差別的、同性愛嫌悪的、またはトランス嫌悪的な投稿は削除されます。`,
      `## モデレーション

モデレーターは、レイシズム、セクシズム、ホモフォビア、トランスフォビアに対して積極的に対処します。`,
      `人種差別・性差別・同性愛差別・トランスジェンダー差別は一切禁止です。違反した場合はアカウントを凍結します。`,
      `Mastodon Server Covenantに基づき、人種差別、性差別、同性愛嫌悪およびトランスフォビアに対する積極的なモデレーションを約束します。`,
      `| 禁止事項 | 措置 |
|---|---|
| 人種差別 | 凍結 |
| 性差別 | 凍結 |
| 同性愛嫌悪 | 凍結 |
| トランスフォビア | 凍結 |`,
      `ルール2：差別的な投稿を禁止します。これには人種差別、性差別、ホモフォビア、トランスフォビアが含まれます。`,
      `人種差別、性差別、同性愛嫌悪、トランス嫌悪を容認するサーバーとは連合を停止し、そうした投稿をしたローカルユーザーは凍結します。`,
      `人種差別や性差別はもちろん、同性愛者やトランスジェンダーへの差別も許しません。`,
      `人種・性別・性的指向・性自認に基づく差別的な投稿は、モデレーターが削除します。`,
    ],
    near: [
      `人種差別と性差別は許しません。`,
      `同性愛嫌悪、トランスフォビア、人種差別は禁止です。`,
      `当サーバーはMastodon Server Covenantに準拠しています。`,
      `ヘイトスピーチは禁止です。`,
      `人種差別、性差別、同性愛嫌悪、トランスフォビアに対してモデレーションを行っていますか？`,
      `当サーバーでは、人種差別、性差別、同性愛嫌悪、トランスフォビアに関するモデレーションは行いません。`,
    ],
  },
  es: {
    satisfy: [
      `Moderamos activamente contra el racismo, el sexismo, la homofobia y la transfobia.`,
      `En esta instancia no se permite:

- Racismo
- Sexismo
- Homofobia
- Transfobia`,
      `Las publicaciones racistas, sexistas, homófobas o tránsfobas se eliminarán.`,
      `## Moderación

El equipo de moderación actúa de forma activa contra el racismo, el sexismo, la homofobia y la transfobia.`,
      `Cero racismo, cero sexismo, cero homofobia, cero transfobia. Quien lo incumpla será expulsado.`,
      `Cualquier contenido racista, sexista, homófobo o tránsfobo supondrá la suspensión de la cuenta.`,
      `Conforme al Mastodon Server Covenant, nos comprometemos a moderar activamente el racismo, el sexismo, la homofobia y la transfobia.`,
      `| Prohibido | Consecuencia |
|---|---|
| Racismo | Suspensión |
| Sexismo | Suspensión |
| Homofobia | Suspensión |
| Transfobia | Suspensión |`,
      `Norma 2: nada de discriminación, incluidos el racismo, el sexismo, la homofobia y la transfobia.`,
      `Bloqueamos las instancias que toleran el racismo, el sexismo, la homofobia o la transfobia, y suspendemos las cuentas locales que los difunden.`,
      `Aquí no caben el racismo ni el sexismo, y tampoco la homofobia ni la transfobia.`,
    ],
    near: [
      `No toleramos el racismo ni el sexismo.`,
      `La homofobia, la transfobia y el racismo están prohibidos.`,
      `Esta instancia sigue el Mastodon Server Covenant.`,
      `No se permite el discurso de odio.`,
      `¿Moderamos contra el racismo, el sexismo, la homofobia y la transfobia?`,
      `No moderamos el racismo, el sexismo, la homofobia ni la transfobia: aquí prima la libertad de expresión.`,
    ],
  },
} satisfies ParaphraseSet;
