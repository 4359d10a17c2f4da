// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'collects-ip-address',
  en: {
    satisfy: [
      `Each time you log in, the server notes the IP address you connected from.`,
      `Our web server logs contain the IP address of every request.`,
      `- IP address of each sign-in
- Time of the sign-in`,
      `We record your Internet Protocol address when you register and when you sign in.`,
      `IPs are saved in the access logs of saltmarsh.social.`,
      `| Data | Collected when |
|---|---|
| IP address | On every request |`,
      `## Technical data
The instance stores the IP address that was used to create your account, as well as the one used for each login.`,
      `The network address your device connects from is logged by our reverse proxy.`,
      `We keep a record of IP addresses associated with your account.`,
      `Your IP gets written to the nginx log whenever you load a page.`,
      `When you post, the IP address you posted from is stored alongside the post's metadata.`,
      `Technical information collected: IP address and timestamps of requests.`,
      `The admins can see the IP addresses that were used to access your account.`,
      `We log the internet protocol address of visitors for abuse prevention.`,
      `Sign-up IP addresses are kept to help us fight spam registrations.`,
      `**IP addresses** are recorded at login.`,
      `Requests to gullrock.net are logged together with the requesting IP.`,
      `Like most websites, we capture the IP address of your connection.`,
      `The server saves the IP of the device you use to sign in.`,
      `Our firewall and application both write client IP addresses to their logs.`,
    ],
    near: [
      `We do not log IP addresses at all.`,
      `Does the server record my IP address?`,
      `The IP addresses of our servers are published on the status page.`,
      `Use a VPN or Tor if you want to hide your IP from remote servers you visit through links.`,
      `We record which browser you are using.`,
      `Your IP address is never written to disk: requests are served from memory and forgotten.`,
      `If you connect through our onion service, there is no IP address for us to see.`,
      `Blocking an IP range is something only the admins can do.`,
      `We store the time you last logged in.`,
      `IP-based geolocation is not used by this instance.`,
    ],
  },
  de: {
    satisfy: [
      `Bei jeder Anmeldung wird deine IP-Adresse gespeichert.`,
      `Unsere Server-Logs enthalten die IP-Adressen der Zugriffe.`,
      `- IP-Adresse bei der Registrierung
- Zeitpunkt der Anmeldung`,
      `Wir protokollieren die IP, von der aus du auf dein Konto zugreifst.`,
      `Die Betreiber erfassen IP-Adressen, um Spam und Missbrauch abzuwehren.`,
      `Beim Aufruf einer Seite wird die IP-Adresse deines Geräts im Zugriffsprotokoll vermerkt.`,
    ],
    near: [
      `Wir speichern keine IP-Adressen.`,
      `Wird meine IP-Adresse gespeichert?`,
      `Die IP-Adressen unserer Server findest du auf der Statusseite.`,
    ],
  },
  fr: {
    satisfy: [
      `Nous enregistrons l'adresse IP utilisée à chaque connexion.`,
      `Les journaux du serveur contiennent l'adresse IP de chaque requête.`,
      `- Adresse IP lors de l'inscription
- Date de connexion`,
      `L'adresse IP de votre appareil est conservée dans les journaux d'accès.`,
      `Les administrateurs collectent les adresses IP afin de lutter contre les abus.`,
      `Lorsque vous vous connectez, votre IP est journalisée.`,
    ],
    near: [
      `Nous ne journalisons aucune adresse IP.`,
      `Est-ce que mon adresse IP est enregistrée ?`,
      `L'adresse IP de nos serveurs figure sur la page d'état.`,
    ],
  },
  ja: {
    satisfy: [
      `ログインの際、接続元のIPアドレスを記録します。`,
      `サーバーのアクセスログにはIPアドレスが含まれます。`,
      `- 登録時のIPアドレス
- ログイン日時`,
      `不正利用防止のため、IPアドレスを収集しています。`,
      `当サーバーは、各リクエストの送信元IPアドレスを保存します。`,
      `ご利用の端末のIPアドレスはログに残ります。`,
    ],
    near: [
      `IPアドレスは一切記録しません。`,
      `私のIPアドレスは記録されますか？`,
      `サーバーのIPアドレスはステータスページに掲載しています。`,
    ],
  },
  es: {
    satisfy: [
      `Registramos la dirección IP desde la que inicias sesión.`,
      `Los registros del servidor guardan la IP de cada petición.`,
      `- Dirección IP al registrarte
- Fecha de inicio de sesión`,
      `Almacenamos tu dirección IP para prevenir el spam.`,
      `El servidor conserva en sus logs la IP de los visitantes.`,
      `Cada vez que accedes, queda anotada tu dirección IP.`,
    ],
    near: [
      `No registramos direcciones IP.`,
      `¿Se guarda mi dirección IP?`,
      `La IP de nuestros servidores aparece en la página de estado.`,
    ],
  },
} satisfies ParaphraseSet;
