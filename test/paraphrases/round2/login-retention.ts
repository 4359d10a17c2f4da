// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'login-retention',
  en: {
    satisfy: [
      [`Your sign-in history is kept for 12 months and then deleted.`, { days: 365 }],
      [`We retain the record of your logins for ninety days.`, { days: 90 }],
      [`## Login history
The list of past sessions and their times is purged after 6 months.`, { days: 180 }],
      [`| Data | Retention |
|---|---|
| Login history | 30 days |`, { days: 30 }],
      [`Session records older than one year are removed automatically.`, { days: 365 }],
      [`- Sign-in times: kept for 3 months`, { days: 90 }],
      [`Login timestamps are stored for a maximum of sixty (60) days.`, { days: 60 }],
      [`Authentication history on wren.zone is erased after two weeks.`, { days: 14 }],
      [`We hold your login activity for up to 1 year.`, { days: 365 }],
      [`Records of when you signed in are deleted after 45 days.`, { days: 45 }],
      [`**Sign-in history** — retained four months.`, { days: 120 }],
      [`The history of your sessions is kept for twelve months at most.`, { days: 365 }],
      [`Logins are remembered for 30 days, after which the entry disappears from your security log.`, { days: 30 }],
      [`Your security log, which lists every login, is trimmed to the last 90 days.`, { days: 90 }],
      [`We keep records of logins for no longer than two years.`, { days: 730 }],
      [`Past login sessions are purged after one month.`, { days: 30 }],
      [`Information about your sign-ins (time and device) is stored for 180 days.`, { days: 180 }],
      [`Login history is retained for three hundred and sixty-five days.`, { days: 365 }],
      [`The list of logged-in sessions keeps entries for 8 weeks after they were last used.`, { days: 56 }],
      [`### Logins
We keep the date of each login for 1 month.`, { days: 30 }],
    ],
    near: [
      `Your login history is kept for as long as necessary to protect your account.`,
      `We record when you log in.`,
      `How long do you keep my login history?`,
      `Posts are kept until you delete them.`,
      `Login history is retained indefinitely.`,
      `Password reset tokens expire after 6 hours.`,
      `We may keep login records for a reasonable period.`,
      `Accounts inactive for 2 years receive a reminder e-mail.`,
      `Session history retention will be decided later.`,
      `Two-factor recovery codes are shown once at setup.`,
    ],
  },
  de: {
    satisfy: [
      [`Dein Anmeldeverlauf wird zwölf Monate aufbewahrt und danach gelöscht.`, { days: 365 }],
      [`Die Login-Historie speichern wir höchstens 90 Tage.`, { days: 90 }],
      [`## Anmeldeverlauf
Vergangene Sitzungen werden nach sechs Monaten entfernt.`, { days: 180 }],
      [`| Daten | Speicherdauer |
|---|---|
| Anmeldeverlauf | 30 Tage |`, { days: 30 }],
      [`Die Zeitpunkte deiner Anmeldungen werden ein Jahr lang gespeichert.`, { days: 365 }],
      [`Sitzungsdaten älter als zwei Wochen werden gelöscht.`, { days: 14 }],
    ],
    near: [
      `Der Anmeldeverlauf wird so lange wie nötig gespeichert.`,
      `Wir speichern, wann du dich anmeldest.`,
      `Wie lange wird mein Anmeldeverlauf gespeichert?`,
    ],
  },
  fr: {
    satisfy: [
      [`L'historique de vos connexions est conservé douze mois puis supprimé.`, { days: 365 }],
      [`Nous gardons la liste de vos sessions pendant 90 jours au maximum.`, { days: 90 }],
      [`## Historique de connexion
Les sessions passées sont effacées au bout de six mois.`, { days: 180 }],
      [`| Donnée | Conservation |
|---|---|
| Historique de connexion | 30 jours |`, { days: 30 }],
      [`Les dates de vos connexions sont stockées pendant un an.`, { days: 365 }],
      [`Les données de session de plus de deux semaines sont supprimées.`, { days: 14 }],
    ],
    near: [
      `L'historique de connexion est conservé aussi longtemps que nécessaire.`,
      `Nous enregistrons vos connexions.`,
      `Combien de temps gardez-vous mon historique de connexion ?`,
    ],
  },
  ja: {
    satisfy: [
      [`ログイン履歴は12か月間保存した後、削除します。`, { days: 365 }],
      [`セッション履歴の保存期間は最長90日です。`, { days: 90 }],
      [`## ログイン履歴
過去のセッション情報は6か月後に消去されます。`, { days: 180 }],
      [`| データ | 保存期間 |
|---|---|
| ログイン履歴 | 30日 |`, { days: 30 }],
      [`ログイン日時の記録は1年間保管します。`, { days: 365 }],
      [`2週間を過ぎたセッションの記録は削除されます。`, { days: 14 }],
    ],
    near: [
      `ログイン履歴は必要な期間保存します。`,
      `ログイン日時を記録しています。`,
      `ログイン履歴はどのくらい保存されますか？`,
    ],
  },
  es: {
    satisfy: [
      [`Tu historial de inicios de sesión se guarda doce meses y luego se elimina.`, { days: 365 }],
      [`Conservamos la lista de tus sesiones durante 90 días como máximo.`, { days: 90 }],
      [`## Historial de acceso
Las sesiones antiguas se borran a los seis meses.`, { days: 180 }],
      [`| Dato | Conservación |
|---|---|
| Historial de inicio de sesión | 30 días |`, { days: 30 }],
      [`Las fechas de tus inicios de sesión se almacenan durante un año.`, { days: 365 }],
      [`Los datos de sesión con más de dos semanas se eliminan.`, { days: 14 }],
    ],
    near: [
      `El historial de acceso se conserva el tiempo que sea necesario.`,
      `Registramos cuándo inicias sesión.`,
      `¿Cuánto tiempo guardáis mi historial de acceso?`,
    ],
  },
} satisfies ParaphraseSet;
