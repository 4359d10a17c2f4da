// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'ip-retention',
  en: {
    satisfy: [
      [`IP addresses associated with your account are deleted after ninety (90) days.`, { days: 90 }],
      [`We keep the IP address you signed in from for no longer than 6 months.`, { days: 180 }],
      [`## How long we keep IP addresses
Sign-in IP addresses tied to your account are purged after one year.`, { days: 365 }],
      [`| Data | Retention |
|---|---|
| Username | Until account deletion |
| IP addresses of logins | 30 days |`, { days: 30 }],
      [`Your IP addresses are retained for a maximum of twelve months.`, { days: 365 }],
      [`The IP recorded at registration is erased 14 days after your account is approved.`, { days: 14 }],
      [`- IP addresses linked to accounts: kept 3 months, then removed automatically`, { days: 90 }],
      [`We store the IP addresses of your sessions for up to sixty days.`, { days: 60 }],
      [`IP addresses belonging to users are held no longer than two years.`, { days: 730 }],
      [`After 7 days, the IP addresses linked to your logins are deleted.`, { days: 7 }],
      [`Internet protocol addresses connected to registered users are kept for at most 1 year.`, { days: 365 }],
      [`**IP addresses:** retained for 180 days, then purged.`, { days: 180 }],
      [`IP addresses of signed-in users are stored for six weeks.`, { days: 42 }],
      [`The instance purges user IP records older than 90 days every night.`, { days: 90 }],
      [`IPs tied to your account are kept no more than 18 months.`, { days: 540 }],
      [`Our Mastodon server discards the IP addresses associated with each user after thirty (30) days.`, { days: 30 }],
      [`We retain your IP address for one month.`, { days: 30 }],
      [`Account IP history is automatically deleted after 365 days.`, { days: 365 }],
      [`The admins keep the IP addresses linked to accounts for four months at most.`, { days: 120 }],
      [`### IP addresses
Logged when you sign in. Kept for 10 days.`, { days: 10 }],
    ],
    near: [
      `IP addresses are kept for as long as necessary.`,
      `We store your IP address.`,
      `IP addresses linked to your account are retained indefinitely.`,
      `E-mail addresses are deleted 30 days after your account is closed.`,
      `Do we delete IP addresses after 12 months?`,
      `We review our IP retention practices every six months.`,
      `IP bans imposed by moderators last one year.`,
      `Backups of the database are kept for seven days.`,
      `IP addresses are kept for a reasonable time.`,
      `We have recorded sign-in IP addresses since 2019.`,
    ],
  },
  de: {
    satisfy: [
      [`IP-Adressen, die deinem Konto zugeordnet sind, werden nach 90 Tagen gelöscht.`, { days: 90 }],
      [`Wir speichern die IP-Adressen deiner Anmeldungen höchstens zwölf Monate.`, { days: 365 }],
      [`## Speicherdauer
IP-Adressen von Nutzern werden nach einem Jahr entfernt.`, { days: 365 }],
      [`| Daten | Speicherdauer |
|---|---|
| IP-Adressen | 30 Tage |`, { days: 30 }],
      [`Die IP-Adresse aus der Registrierung bewahren wir maximal sechs Monate auf.`, { days: 180 }],
      [`Nach 14 Tagen werden die mit deinem Konto verknüpften IP-Adressen automatisch gelöscht.`, { days: 14 }],
    ],
    near: [
      `IP-Adressen werden so lange gespeichert, wie es erforderlich ist.`,
      `Wir speichern deine IP-Adresse.`,
      `E-Mail-Adressen werden 30 Tage nach der Kontolöschung entfernt.`,
    ],
  },
  fr: {
    satisfy: [
      [`Les adresses IP associées à votre compte sont supprimées au bout de 90 jours.`, { days: 90 }],
      [`Nous conservons les adresses IP de connexion pendant douze mois au maximum.`, { days: 365 }],
      [`## Durée de conservation
Les adresses IP liées aux comptes sont effacées après un an.`, { days: 365 }],
      [`| Donnée | Conservation |
|---|---|
| Adresses IP | 30 jours |`, { days: 30 }],
      [`L'adresse IP d'inscription est gardée au plus six mois.`, { days: 180 }],
      [`Passé un délai de 14 jours, les adresses IP de vos sessions sont détruites.`, { days: 14 }],
    ],
    near: [
      `Les adresses IP sont conservées aussi longtemps que nécessaire.`,
      `Nous enregistrons votre adresse IP.`,
      `Les adresses e-mail sont supprimées 30 jours après la fermeture du compte.`,
    ],
  },
  ja: {
    satisfy: [
      [`アカウントに紐づくIPアドレスは90日後に削除されます。`, { days: 90 }],
      [`ログイン時のIPアドレスは最長12か月間保存します。`, { days: 365 }],
      [`## 保存期間
ユーザーのIPアドレスは1年で消去します。`, { days: 365 }],
      [`| データ | 保存期間 |
|---|---|
| IPアドレス | 30日 |`, { days: 30 }],
      [`登録時のIPアドレスは6ヶ月を超えて保持しません。`, { days: 180 }],
      [`ユーザーのIPアドレスは14日間保管した後、自動的に削除されます。`, { days: 14 }],
    ],
    near: [
      `IPアドレスは必要な期間保存します。`,
      `IPアドレスを記録しています。`,
      `メールアドレスは退会から30日後に削除されます。`,
    ],
  },
  es: {
    satisfy: [
      [`Las direcciones IP asociadas a tu cuenta se eliminan a los 90 días.`, { days: 90 }],
      [`Guardamos las direcciones IP de inicio de sesión durante doce meses como máximo.`, { days: 365 }],
      [`## Plazo de conservación
Las direcciones IP vinculadas a usuarios se borran tras un año.`, { days: 365 }],
      [`| Dato | Conservación |
|---|---|
| Direcciones IP | 30 días |`, { days: 30 }],
      [`La IP del registro se conserva un máximo de seis meses.`, { days: 180 }],
      [`Pasados 14 días, se borran automáticamente las IP vinculadas a tu cuenta.`, { days: 14 }],
    ],
    near: [
      `Las direcciones IP se conservan el tiempo que sea necesario.`,
      `Registramos tu dirección IP.`,
      `Los correos electrónicos se eliminan 30 días después de cerrar la cuenta.`,
    ],
  },
} satisfies ParaphraseSet;
