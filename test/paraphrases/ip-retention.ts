import type { ParaphraseSet } from './types';

export default {
  ruleId: 'ip-retention',
  en: {
    satisfy: [
      [`IP addresses linked to registered accounts are kept for no more than 12 months.`, { days: 365 }],
      [`We delete the IP addresses associated with your account after ninety (90) days.`, { days: 90 }],
      [`When you sign in, the server records your IP address. This data is deleted after 30 days.`, { days: 30 }],
      [`| Data | Kept for |
|---|---|
| E-mail address | Until you delete your account |
| IP addresses | 6 months |`, { days: 180 }],
      [`## IP addresses

We log the IP address used for each login and purge these records after one year.`, { days: 365 }],
      [`Your IP address is stored together with your account for a maximum of three months and then removed automatically.`, { days: 90 }],
      [`Internet protocol addresses of users are retained for up to 180 days.`, { days: 180 }],
      [`The admins keep IP addresses tied to user accounts for two weeks, after which a nightly job wipes them.`, { days: 14 }],
      [`IPs are retained for a fortnight, for spam and abuse prevention only.`, { days: 14 }],
      [`We keep the following for a limited time:

- IP addresses: deleted after 60 days
- Browser or app name: deleted together with the IP address`, { days: 60 }],
      [`IP addresses recorded at sign-up are kept for 12 months; those recorded at each login are kept for 90 days.`, { days: 365 }],
      [`**How long do you keep my IP address?**

At most one year. After that it is deleted from the database.`, { days: 365 }],
      [`Any IP address we hold that is tied to a registered user is erased within six months.`, { days: 180 }],
      [`The IP address of each request, including those of logged-in users, is kept for at most a week.`, { days: 7 }],
      [`After 30 days, the IP addresses associated with your sessions are truncated so that they can no longer be linked to you.`, { days: 30 }],
      [`The Controller shall retain Internet Protocol (IP) addresses associated with user accounts for a period not exceeding twelve (12) months from the date of collection.`, { days: 365 }],
      [`tl;dr: your IP gets logged when you log in, and it's gone after 3 months.`, { days: 90 }],
      [`We remember which IP address you last used to log in for up to 1 year.`, { days: 365 }],
      [`For security reasons the sign-up IP of every account is stored. It is deleted after 365 days.`, { days: 365 }],
      [`## Data retention

- IP addresses: 90 days
- Posts: until you delete them`, { days: 90 }],
      [`Our reverse proxy and the application both see your IP address; neither keeps it for longer than 14 days.`, { days: 14 }],
      [`We store IP addresses for up to four weeks to fight spam.`, { days: 28 }],
      [`IP addresses from which you accessed your account are automatically purged two months after they were last seen.`, { days: 60 }],
      [`IP address data is kept for one month and deleted after that.`, { days: 30 }],
      [`Your IP address is kept in the database for no more than 365 days.`, { days: 365 }],
      [`When you register, your IP address is saved together with your account. We delete it after 120 days.`, { days: 120 }],
      [`This instance records the IP address of signed-in users in order to detect ban evasion. These records are deleted automatically after 45 days.`, { days: 45 }],
    ],
    near: [
      `IP addresses are kept as long as necessary to protect the service.`,
      `We record your IP address every time you log in.`,
      `How long do we keep IP addresses?`,
      `Server logs are deleted after 14 days.`,
      `Your e-mail address is deleted 30 days after you close your account.`,
      `IP addresses may be retained indefinitely for security purposes.`,
      `IP addresses are stored for at least 30 days.`,
      `We do not currently have a fixed retention period for IP addresses.`,
      `Uploaded media from remote servers is cached for 7 days.`,
      `IP addresses are kept for a reasonable period and then deleted.`,
      `We never sell or share your IP address with advertisers.`,
      `Your IP address will be deleted once it is no longer needed.`,
    ],
  },
  de: {
    satisfy: [
      [`IP-Adressen, die einem Benutzerkonto zugeordnet sind, werden nach spätestens zwölf Monaten gelöscht.`, { days: 365 }],
      [`Wir speichern die IP-Adresse bei jeder Anmeldung. Diese Daten werden nach 90 Tagen automatisch gelöscht.`, { days: 90 }],
      [`Die IP-Adressen unserer Nutzer*innen bewahren wir höchstens sechs Monate auf.`, { days: 180 }],
      [`| Daten | Speicherdauer |
|---|---|
| IP-Adresse | 30 Tage |
| E-Mail-Adresse | bis zur Löschung des Kontos |`, { days: 30 }],
      [`## IP-Adressen

Die bei der Registrierung und beim Login erfasste IP-Adresse wird für maximal ein Jahr vorgehalten.`, { days: 365 }],
      [`Deine IP-Adresse wird nach sieben Tagen aus der Datenbank entfernt.`, { days: 7 }],
      [`Gemäß Art. 5 Abs. 1 lit. e DSGVO speichern wir IP-Adressen registrierter Nutzer nicht länger als drei Monate.`, { days: 90 }],
      [`Die IP-Adresse bei der Registrierung wird 12 Monate gespeichert, die IP-Adressen der letzten Anmeldungen 60 Tage.`, { days: 365 }],
      [`Nach vier Wochen werden gespeicherte IP-Adressen anonymisiert und lassen sich keinem Konto mehr zuordnen.`, { days: 28 }],
      [`Kurz gesagt: Deine IP landet bei uns für zwei Wochen in der Datenbank, danach fliegt sie raus.`, { days: 14 }],
      [`IP-Adressen: Speicherung für höchstens 180 Tage, danach Löschung.`, { days: 180 }],
    ],
    near: [
      `IP-Adressen werden so lange gespeichert, wie es für den Betrieb erforderlich ist.`,
      `Bei jeder Anmeldung wird deine IP-Adresse protokolliert.`,
      `Wie lange werden IP-Adressen gespeichert?`,
      `Deine E-Mail-Adresse wird 30 Tage nach der Kontolöschung entfernt.`,
      `IP-Adressen werden unbefristet aufbewahrt.`,
      `Wir geben deine IP-Adresse nicht an Dritte weiter.`,
    ],
  },
  fr: {
    satisfy: [
      [`Les adresses IP associées aux comptes sont conservées douze mois au maximum.`, { days: 365 }],
      [`Nous enregistrons votre adresse IP à chaque connexion. Ces données sont supprimées au bout de 90 jours.`, { days: 90 }],
      [`L'adresse IP utilisée lors de l'inscription est effacée après un an.`, { days: 365 }],
      [`| Donnée | Durée de conservation |
|---|---|
| Adresse IP | 6 mois |
| Adresse e-mail | jusqu'à la suppression du compte |`, { days: 180 }],
      [`## Adresses IP

Nous les gardons pendant trente jours, puis elles sont automatiquement purgées.`, { days: 30 }],
      [`Conformément au RGPD, les adresses IP des utilisateurs inscrits ne sont pas conservées au-delà de trois mois.`, { days: 90 }],
      [`Votre adresse IP est stockée pendant sept jours, pas plus.`, { days: 7 }],
      [`Les adresses IP liées à votre compte sont anonymisées après deux mois.`, { days: 60 }],
      [`Les adresses IP de connexion sont gardées 60 jours et celle de l'inscription 12 mois.`, { days: 365 }],
      [`En bref : ton IP reste chez nous deux semaines maximum, ensuite elle disparaît.`, { days: 14 }],
      [`L'instance conserve les adresses IP des utilisateurs pendant une durée maximale de 180 jours.`, { days: 180 }],
    ],
    near: [
      `Les adresses IP sont conservées aussi longtemps que nécessaire.`,
      `Votre adresse IP est enregistrée lors de chaque connexion.`,
      `Combien de temps gardons-nous les adresses IP ?`,
      `Les journaux du serveur sont supprimés après 14 jours.`,
      `Nous ne vendons jamais vos adresses IP.`,
      `Les adresses IP peuvent être conservées pendant une durée indéterminée.`,
    ],
  },
  ja: {
    satisfy: [
      [`アカウントに紐づくIPアドレスは、最長12か月間保存します。`, { days: 365 }],
      [`ログイン時にIPアドレスを記録します。この情報は90日後に削除されます。`, { days: 90 }],
      [`登録時のIPアドレスは1年を超えて保持しません。`, { days: 365 }],
      [`| データ | 保存期間 |
|---|---|
| IPアドレス | 30日 |
| メールアドレス | アカウント削除まで |`, { days: 30 }],
      [`## IPアドレス

スパム対策のため、利用者のIPアドレスを最大180日間保管し、その後自動的に消去します。`, { days: 180 }],
      [`IPアドレスは三か月経過後に削除しています。`, { days: 90 }],
      [`ユーザーのIPアドレスは7日間のみ保持されます。`, { days: 7 }],
      [`サインアップ時のIPアドレスは12か月、ログイン時のIPアドレスは60日間保存されます。`, { days: 365 }],
      [`当サーバーでは、IPアドレスを2週間保存した後、匿名化します。`, { days: 14 }],
      [`IPアドレスの保存期間は六十日です。`, { days: 60 }],
      [`利用者のIPアドレスについては、取得日から起算して六か月以内に消去するものとします。`, { days: 180 }],
    ],
    near: [
      `IPアドレスは必要な期間保存します。`,
      `ログインするたびにIPアドレスを記録しています。`,
      `IPアドレスはどのくらいの期間保存されますか？`,
      `サーバーログは14日後に削除されます。`,
      `IPアドレスを第三者に提供することはありません。`,
      `IPアドレスは無期限に保存されることがあります。`,
    ],
  },
  es: {
    satisfy: [
      [`Las direcciones IP vinculadas a las cuentas se conservan durante un máximo de 12 meses.`, { days: 365 }],
      [`Registramos tu dirección IP al iniciar sesión. Estos datos se borran pasados 90 días.`, { days: 90 }],
      [`La dirección IP del registro se elimina al cabo de un año.`, { days: 365 }],
      [`| Dato | Plazo de conservación |
|---|---|
| Dirección IP | 6 meses |
| Correo electrónico | hasta que borres la cuenta |`, { days: 180 }],
      [`## Direcciones IP

Las guardamos durante treinta días y después se eliminan automáticamente.`, { days: 30 }],
      [`De acuerdo con el RGPD, no conservamos las direcciones IP de los usuarios registrados más de tres meses.`, { days: 90 }],
      [`Tu IP se guarda una semana como mucho.`, { days: 7 }],
      [`Las IP de inicio de sesión se conservan 60 días y la IP de registro, doce meses.`, { days: 365 }],
      [`Transcurridos dos meses, las direcciones IP asociadas a tu cuenta se anonimizan.`, { days: 60 }],
      [`El servidor almacena las direcciones IP de los usuarios por un periodo no superior a 180 días.`, { days: 180 }],
      [`Resumiendo: tu IP se queda en nuestra base de datos dos semanas y luego se borra.`, { days: 14 }],
    ],
    near: [
      `Las direcciones IP se conservan el tiempo que sea necesario.`,
      `Guardamos tu dirección IP cada vez que inicias sesión.`,
      `¿Cuánto tiempo guardamos las direcciones IP?`,
      `Los registros del servidor se eliminan a los 14 días.`,
      `Nunca vendemos tu dirección IP.`,
      `Las direcciones IP pueden conservarse indefinidamente.`,
    ],
  },
} satisfies ParaphraseSet;
