// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
// The spec makes a notice shorter than minDays (90) a separate warning on the duration, not a missing
// requirement: such entries are listed as satisfying, with the (short) value the rule must read.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'covenant-shutdown-notice',
  en: {
    satisfy: [
      [`If we ever decide to close the instance, we will give users at least 3 months' notice.`, { days: 90 }],
      [`We commit to announcing any shutdown of the server at least ninety (90) days in advance.`, { days: 90 }],
      [`## Closing down
Should elmwood.social shut down, members will be told six months ahead so they can move their accounts.`, { days: 180 }],
      `We promise advance notice before the server is shut down.`,
      [`The server will not close without at least three months' warning.`, { days: 90 }],
      [`- Shutdown: announced at least 12 weeks beforehand`, { days: 84 }],
      [`In the event of closure, we will notify all users by e-mail and a pinned post no less than 100 days before the server goes offline.`, { days: 100 }],
      [`Users will receive a minimum of one year's notice before this instance shuts down.`, { days: 365 }],
      [`| Commitment | Detail |
|---|---|
| Shutdown notice | At least 3 months |`, { days: 90 }],
      [`If the admins can no longer run the server, they will give at least four months' notice before turning it off.`, { days: 120 }],
      `Before shutting down, we will give everyone reasonable advance warning so they can export their data and migrate.`,
      [`We will give 30 days' notice before the instance closes.`, { days: 30 }],
      [`**Shutdown.** We'll tell you at least 90 days before we pull the plug.`, { days: 90 }],
      [`Any decision to end the service will be announced no later than three months before the last day.`, { days: 90 }],
      [`Members get at least two months' notice if the server is going to close.`, { days: 60 }],
      [`Closure of the server will be announced at least five months in advance.`, { days: 150 }],
      `You will be warned well in advance if the server is ever going to shut down.`,
      [`Our covenant: 3 months' notice before any shutdown.`, { days: 90 }],
      [`If we have to shut down the instance, users will be notified at least 120 days in advance.`, { days: 120 }],
      [`### If we close
You'll get at least three months to move elsewhere, announced on the instance and by e-mail.`, { days: 90 }],
    ],
    near: [
      `The server may be shut down at any time, without notice.`,
      `Will you warn us before the server shuts down?`,
      `We will give 3 months' notice before changing these rules.`,
      `Scheduled maintenance is announced 24 hours in advance.`,
      `If the server shuts down, all data will be deleted.`,
      `We do not guarantee any notice before closing the instance.`,
      `Accounts that are suspended get no advance notice.`,
      `Other servers that shut down without notice are removed from our federation list.`,
      `Shutting down your own account is possible at any time from the settings.`,
      `We will give 90 days' notice before changing our hosting provider.`,
    ],
  },
  de: {
    satisfy: [
      [`Sollten wir den Server schließen, kündigen wir das mindestens drei Monate vorher an.`, { days: 90 }],
      [`Eine Abschaltung der Instanz wird mindestens 90 Tage im Voraus angekündigt.`, { days: 90 }],
      [`## Schließung
Falls die Instanz eingestellt wird, erfahren alle Mitglieder es sechs Monate vorher.`, { days: 180 }],
      `Vor einer Abschaltung des Servers informieren wir alle Nutzer rechtzeitig.`,
      [`Wir schalten den Server nicht ohne eine Vorlaufzeit von mindestens einem Jahr ab.`, { days: 365 }],
      [`- Abschaltung: mindestens 3 Monate Vorankündigung`, { days: 90 }],
    ],
    near: [
      `Der Server kann jederzeit ohne Ankündigung abgeschaltet werden.`,
      `Änderungen dieser Regeln kündigen wir drei Monate vorher an.`,
      `Wartungsarbeiten werden 24 Stunden vorher angekündigt.`,
    ],
  },
  fr: {
    satisfy: [
      [`Si nous devions fermer le serveur, nous préviendrions au moins trois mois à l'avance.`, { days: 90 }],
      [`Toute fermeture de l'instance sera annoncée au minimum 90 jours avant.`, { days: 90 }],
      [`## Fermeture
En cas d'arrêt du service, les membres seront prévenus six mois avant.`, { days: 180 }],
      `Nous nous engageons à prévenir les utilisateurs avant toute fermeture du serveur.`,
      [`L'instance ne fermera pas sans un préavis d'au moins un an.`, { days: 365 }],
      [`- Fermeture : préavis de 3 mois minimum`, { days: 90 }],
    ],
    near: [
      `Le serveur peut être fermé à tout moment sans préavis.`,
      `Les modifications des présentes règles sont annoncées trois mois à l'avance.`,
      `Les maintenances sont annoncées 24 heures avant.`,
    ],
  },
  ja: {
    satisfy: [
      [`サーバーを閉鎖する場合は、少なくとも3か月前にお知らせします。`, { days: 90 }],
      [`インスタンスの運営終了は90日以上前に告知します。`, { days: 90 }],
      [`## サービス終了について
サービスを終了する際は、6か月前までに利用者へ通知します。`, { days: 180 }],
      `サーバーを停止する前に、事前に告知することを約束します。`,
      [`閉鎖の際は最低1年前に予告します。`, { days: 365 }],
      [`- 閉鎖時の予告期間：3ヶ月以上`, { days: 90 }],
    ],
    near: [
      `サーバーは予告なく停止することがあります。`,
      `規約の変更は3か月前に告知します。`,
      `メンテナンスは24時間前にお知らせします。`,
    ],
  },
  es: {
    satisfy: [
      [`Si tuviéramos que cerrar el servidor, avisaríamos con al menos tres meses de antelación.`, { days: 90 }],
      [`Cualquier cierre de la instancia se anunciará con un mínimo de 90 días de antelación.`, { days: 90 }],
      [`## Cierre
Si el servicio termina, los miembros lo sabrán seis meses antes.`, { days: 180 }],
      `Nos comprometemos a avisar con antelación antes de cerrar el servidor.`,
      [`La instancia no cerrará sin un preaviso de al menos un año.`, { days: 365 }],
      [`- Cierre: preaviso mínimo de 3 meses`, { days: 90 }],
    ],
    near: [
      `El servidor puede cerrarse en cualquier momento sin previo aviso.`,
      `Los cambios en estas normas se anuncian con tres meses de antelación.`,
      `El mantenimiento se anuncia con 24 horas de antelación.`,
    ],
  },
} satisfies ParaphraseSet;
