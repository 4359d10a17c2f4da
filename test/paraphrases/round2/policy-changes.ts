// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'policy-changes',
  en: {
    satisfy: [
      `Last updated: 4 March 2025.`,
      `If we change this policy, we will announce it from the admin account and by e-mail to all users.`,
      `## Changes to this policy
Any changes will be posted on this page and announced on the server's announcement banner at least two weeks before they take effect.`,
      `This privacy policy was last revised on 2024-11-18.`,
      `Significant changes to this document are communicated to members by e-mail.`,
      `- Effective date: 1 June 2025
- Previous versions: see the history in our Git repository`,
      `We will notify you of updates to this policy through an announcement on the instance.`,
      `Version 3, updated January 12, 2026.`,
      `| Version | Date |
|---|---|
| 2.1 | 2025-09-01 |`,
      `Whenever this policy is amended, a pinned post from @admin will summarise what changed.`,
      `Changes to the privacy policy are announced in the #meta hashtag and take effect 30 days later.`,
      `**Updated** 15 August 2025.`,
      `Material changes will be notified by a server-wide announcement before they apply.`,
      `This policy took effect on 7 February 2025.`,
      `We post every revision of this policy on our blog, with a summary of the differences.`,
      `You will receive an e-mail whenever this policy is modified.`,
      `Revised: 30 September 2024.`,
      `Updates to this privacy notice are announced on the home timeline and via our status account.`,
      `Users will be informed of any change to this policy with an in-app notice.`,
      `### Policy updates
Announced by e-mail and on the landing page. Last change: 2 April 2025.`,
    ],
    near: [
      `This policy may change from time to time.`,
      `Last updated: {{date}}`,
      `Will you tell us when the policy changes?`,
      `Server rules are discussed in the community forum.`,
      `We changed our logo in 2023.`,
      `You can change your display name at any time.`,
      `Copyright 2024 The Staff.`,
      `We reserve the right to modify this policy.`,
      `The server was founded on 3 March 2019.`,
      `Changes to your notification settings take effect immediately.`,
    ],
  },
  de: {
    satisfy: [
      `Stand: 4. März 2025.`,
      `Änderungen dieser Datenschutzerklärung kündigen wir per E-Mail und über das Admin-Konto an.`,
      `## Änderungen
Neue Fassungen werden auf dieser Seite veröffentlicht und zwei Wochen vor Inkrafttreten angekündigt.`,
      `Zuletzt aktualisiert am 18.11.2024.`,
      `Über wesentliche Änderungen informieren wir alle Mitglieder per Ankündigung auf der Instanz.`,
      `Gültig ab 1. Juni 2025.`,
    ],
    near: [
      `Diese Datenschutzerklärung kann sich ändern.`,
      `Zuletzt aktualisiert: {{datum}}`,
      `Wir behalten uns Änderungen vor.`,
    ],
  },
  fr: {
    satisfy: [
      `Dernière mise à jour : 4 mars 2025.`,
      `En cas de modification de cette politique, nous l'annoncerons par courriel et depuis le compte d'administration.`,
      `## Modifications
Toute nouvelle version est publiée sur cette page et annoncée deux semaines avant son entrée en vigueur.`,
      `Cette politique a été révisée le 18/11/2024.`,
      `Les changements importants sont signalés à tous les membres par une annonce sur l'instance.`,
      `En vigueur à compter du 1er juin 2025.`,
    ],
    near: [
      `Cette politique peut évoluer.`,
      `Dernière mise à jour : {{date}}`,
      `Nous nous réservons le droit de modifier cette politique.`,
    ],
  },
  ja: {
    satisfy: [
      `最終更新日：2025年3月4日`,
      `本ポリシーを変更する場合は、管理者アカウントとメールでお知らせします。`,
      `## 改定について
改定内容はこのページに掲載し、施行の2週間前までにサーバーのお知らせで告知します。`,
      `2024年11月18日改定`,
      `重要な変更はインスタンスのお知らせ機能で全ユーザーに通知します。`,
      `2025年6月1日施行`,
    ],
    near: [
      `本ポリシーは変更されることがあります。`,
      `最終更新日：{{date}}`,
      `当サーバーは本ポリシーを変更する権利を有します。`,
    ],
  },
  es: {
    satisfy: [
      `Última actualización: 4 de marzo de 2025.`,
      `Si cambiamos esta política, lo anunciaremos por correo y desde la cuenta de administración.`,
      `## Cambios en esta política
Las nuevas versiones se publican en esta página y se anuncian dos semanas antes de entrar en vigor.`,
      `Esta política se revisó el 18/11/2024.`,
      `Los cambios importantes se comunican a todos los miembros mediante un anuncio en la instancia.`,
      `Vigente desde el 1 de junio de 2025.`,
    ],
    near: [
      `Esta política puede cambiar.`,
      `Última actualización: {{fecha}}`,
      `Nos reservamos el derecho de modificar esta política.`,
    ],
  },
} satisfies ParaphraseSet;
