// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
// Satisfying entries cover all four (racism, sexism, homophobia, transphobia); some near misses leave one out.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'covenant-moderation',
  en: {
    satisfy: [
      `We actively moderate against racism, sexism, homophobia and transphobia.`,
      `## Server rules
1. No racism.
2. No sexism.
3. No homophobia.
4. No transphobia.`,
      `Racist, sexist, homophobic or transphobic posts will be removed and their authors suspended.`,
      `The moderation team of aspen.social acts on reports of racism, sexism, homophobia and transphobia, usually within a day.`,
      `- Don't be racist
- Don't be sexist
- Homophobia and transphobia are not tolerated`,
      `Hate speech is banned, including racism, misogyny and sexism, homophobia, and transphobia.`,
      `Content that attacks people for their race, sex, sexual orientation or gender identity is not allowed here.`,
      `Zero tolerance for racism, sexism, homophobia or transphobia — from local users or from remote ones.`,
      `| Not allowed | Consequence |
|---|---|
| Racism | Suspension |
| Sexism | Suspension |
| Homophobia | Suspension |
| Transphobia | Suspension |`,
      `Our moderators will remove any racist, sexist, homophobic or transphobic content and ban repeat offenders.`,
      `We don't tolerate bigotry: racism, sexism, homophobia and transphobia get you removed from this server.`,
      `Posting racist, sexist, homophobic or transphobic material is prohibited.`,
      `Discrimination on the basis of race, gender, sexual orientation or gender identity will be moderated.`,
      `**No bigotry.** That means no racism, no sexism, no homophobia, no transphobia.`,
      `Servers that tolerate racism, sexism, homophobia or transphobia are defederated, and local accounts posting such content are suspended.`,
      `The admins commit to moderating racism, sexism, homophobia and transphobia actively.`,
      `Transphobia, homophobia, sexism and racism are against the rules of marigold.zone.`,
      `We will not host racist, sexist, anti-gay or anti-trans content.`,
      `Harassment or hate targeting someone's ethnicity, sex, sexual orientation or trans status results in a ban.`,
      `### Hateful conduct
Racism, sexism, homophobia and transphobia are banned. Moderators act on every report.`,
    ],
    near: [
      `We do not moderate content for racism, sexism, homophobia or transphobia; use your block button.`,
      `No racism, no sexism, no homophobia.`,
      `Is racism, sexism, homophobia or transphobia allowed here?`,
      `Racism and sexism are forbidden.`,
      `Other servers may allow racism, sexism, homophobia and transphobia; we cannot control what they host.`,
      `Homophobic and transphobic slurs are allowed when quoting song lyrics.`,
      `We take no position on racism, sexism, homophobia or transphobia.`,
      `Please report spam and advertising to the moderators.`,
      `No transphobia, no homophobia, no sexism.`,
      `This instance is not moderated.`,
    ],
  },
  de: {
    satisfy: [
      `Wir moderieren aktiv gegen Rassismus, Sexismus, Homophobie und Transphobie.`,
      `## Regeln
- Kein Rassismus
- Kein Sexismus
- Keine Homophobie
- Keine Transfeindlichkeit`,
      `Rassistische, sexistische, homophobe oder transfeindliche Beiträge werden gelöscht.`,
      `Rassismus, Sexismus, Homo- und Transphobie werden auf diesem Server nicht geduldet.`,
      `Das Moderationsteam geht gegen Rassismus, Sexismus, Homophobie und Transphobie vor.`,
      `Diskriminierung wegen Herkunft, Geschlecht, sexueller Orientierung oder Geschlechtsidentität ist verboten.`,
    ],
    near: [
      `Wir moderieren keine Inhalte.`,
      `Kein Rassismus, kein Sexismus, keine Homophobie.`,
      `Ist Rassismus hier erlaubt?`,
    ],
  },
  fr: {
    satisfy: [
      `Nous modérons activement le racisme, le sexisme, l'homophobie et la transphobie.`,
      `## Règles
- Pas de racisme
- Pas de sexisme
- Pas d'homophobie
- Pas de transphobie`,
      `Les contenus racistes, sexistes, homophobes ou transphobes sont supprimés.`,
      `Le racisme, le sexisme, l'homophobie et la transphobie sont interdits sur cette instance.`,
      `L'équipe de modération agit contre le racisme, le sexisme, l'homophobie et la transphobie.`,
      `Toute discrimination fondée sur l'origine, le sexe, l'orientation sexuelle ou l'identité de genre est interdite.`,
    ],
    near: [
      `Nous ne modérons pas les contenus.`,
      `Pas de racisme, pas de sexisme, pas d'homophobie.`,
      `Le racisme est-il autorisé ici ?`,
    ],
  },
  ja: {
    satisfy: [
      `人種差別、性差別、同性愛嫌悪、トランスジェンダー嫌悪に対して積極的にモデレーションを行います。`,
      `## ルール
- 人種差別の禁止
- 性差別の禁止
- 同性愛嫌悪の禁止
- トランスフォビアの禁止`,
      `人種差別的、性差別的、ホモフォビック、トランスフォビックな投稿は削除します。`,
      `レイシズム、セクシズム、ホモフォビア、トランスフォビアは当サーバーでは禁止です。`,
      `モデレーターは人種差別・性差別・同性愛差別・トランス差別に対処します。`,
      `人種、性別、性的指向、性自認に基づく差別を禁止します。`,
    ],
    near: [
      `当サーバーはモデレーションを行っていません。`,
      `人種差別、性差別、同性愛嫌悪を禁止します。`,
      `人種差別は許されますか？`,
    ],
  },
  es: {
    satisfy: [
      `Moderamos activamente contra el racismo, el sexismo, la homofobia y la transfobia.`,
      `## Normas
- Nada de racismo
- Nada de sexismo
- Nada de homofobia
- Nada de transfobia`,
      `Las publicaciones racistas, sexistas, homófobas o tránsfobas se eliminan.`,
      `El racismo, el sexismo, la homofobia y la transfobia están prohibidos en esta instancia.`,
      `El equipo de moderación actúa contra el racismo, el sexismo, la homofobia y la transfobia.`,
      `Se prohíbe la discriminación por origen, sexo, orientación sexual o identidad de género.`,
    ],
    near: [
      `No moderamos el contenido.`,
      `Nada de racismo, ni sexismo, ni homofobia.`,
      `¿Se permite el racismo aquí?`,
    ],
  },
} satisfies ParaphraseSet;
