// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'minimum-age',
  en: {
    satisfy: [
      [`You must be at least 16 years old to use this server.`, { age: 16 }],
      [`This instance is for people aged 18 and over.`, { age: 18 }],
      [`## Age requirement
Users must be thirteen or older. If you are younger, please do not sign up.`, { age: 13 }],
      [`Nobody under the age of 16 may register on sorrel.social.`, { age: 16 }],
      [`- Minimum age: 18`, { age: 18 }],
      [`Accounts are only available to people who are 13 years of age or older.`, { age: 13 }],
      [`You need to be sixteen to join.`, { age: 16 }],
      [`| Requirement | Value |
|---|---|
| Minimum age | 18 |`, { age: 18 }],
      [`If you are under 13, you may not use this service.`, { age: 13 }],
      [`This is an adults-only (18+) instance.`, { age: 18 }],
      [`By registering you confirm that you are at least fifteen (15) years old.`, { age: 15 }],
      [`**Age.** Members must be 21 or over.`, { age: 21 }],
      [`The service is not intended for anyone younger than 14.`, { age: 14 }],
      [`Users in the EU must be at least 16; elsewhere the minimum age is 13.`, { age: 13 }],
      [`Users of this server must have reached the age of 18.`, { age: 18 }],
      [`Children under sixteen are not permitted to hold an account.`, { age: 16 }],
      [`To sign up you have to be 18 or older.`, { age: 18 }],
      [`The minimum age to use this Misskey server is 13.`, { age: 13 }],
      [`Persons below the age of 16 must not create an account.`, { age: 16 }],
      [`### Who can join
Anyone aged 16 or above.`, { age: 16 }],
    ],
    near: [
      `We do not set a minimum age.`,
      `How old do you need to be to join?`,
      `Our server turned five years old this spring.`,
      `You must be old enough to consent to the processing of your data in your country.`,
      `Content rated 18+ must be marked as sensitive.`,
      `There is no age limit on this instance.`,
      `You must be an adult to use this service.`,
      `Accounts older than 30 days can create invites.`,
      `Media older than 7 days is removed from the cache.`,
      `Parents should supervise young children online.`,
    ],
  },
  de: {
    satisfy: [
      [`Du musst mindestens 16 Jahre alt sein, um diesen Server zu nutzen.`, { age: 16 }],
      [`Diese Instanz ist erst ab 18 Jahren.`, { age: 18 }],
      [`## Mindestalter
Nutzer müssen mindestens dreizehn Jahre alt sein.`, { age: 13 }],
      [`Personen unter 16 Jahren dürfen sich nicht registrieren.`, { age: 16 }],
      [`- Mindestalter: 18`, { age: 18 }],
      [`Die Nutzung ist erst ab einem Alter von 16 Jahren erlaubt.`, { age: 16 }],
    ],
    near: [
      `Es gibt kein Mindestalter.`,
      `Wie alt muss ich sein?`,
      `Unser Server ist dieses Jahr fünf Jahre alt geworden.`,
    ],
  },
  fr: {
    satisfy: [
      [`Vous devez avoir au moins 15 ans pour utiliser ce serveur.`, { age: 15 }],
      [`Cette instance est réservée aux personnes majeures de 18 ans et plus.`, { age: 18 }],
      [`## Âge minimum
Les utilisateurs doivent avoir treize ans ou plus.`, { age: 13 }],
      [`Les personnes de moins de 16 ans ne peuvent pas s'inscrire.`, { age: 16 }],
      [`- Âge minimum : 18 ans`, { age: 18 }],
      [`L'inscription est ouverte à partir de 16 ans.`, { age: 16 }],
    ],
    near: [
      `Il n'y a pas d'âge minimum.`,
      `Quel âge faut-il avoir pour s'inscrire ?`,
      `Notre serveur a fêté ses cinq ans cette année.`,
    ],
  },
  ja: {
    satisfy: [
      [`当サーバーは16歳以上の方がご利用いただけます。`, { age: 16 }],
      [`このインスタンスは18歳以上の方のみ利用できます。`, { age: 18 }],
      [`## 年齢制限
13歳未満の方は登録できません。`, { age: 13 }],
      [`16歳未満の方のご利用はお断りしています。`, { age: 16 }],
      [`- 利用可能年齢：18歳以上`, { age: 18 }],
      [`ご利用には満15歳以上であることが必要です。`, { age: 15 }],
    ],
    near: [
      `年齢制限はありません。`,
      `何歳から登録できますか？`,
      `当サーバーは今年で5周年を迎えました。`,
    ],
  },
  es: {
    satisfy: [
      [`Debes tener al menos 14 años para usar este servidor.`, { age: 14 }],
      [`Esta instancia es solo para personas de 18 años o más.`, { age: 18 }],
      [`## Edad mínima
Los usuarios deben tener trece años o más.`, { age: 13 }],
      [`Las personas menores de 16 años no pueden registrarse.`, { age: 16 }],
      [`- Edad mínima: 18 años`, { age: 18 }],
      [`El registro está permitido a partir de los 16 años.`, { age: 16 }],
    ],
    near: [
      `No hay edad mínima.`,
      `¿Qué edad hay que tener para registrarse?`,
      `Nuestro servidor cumplió cinco años esta primavera.`,
    ],
  },
} satisfies ParaphraseSet;
