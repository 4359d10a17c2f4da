// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'security-measures',
  en: {
    satisfy: [
      `All traffic to the server is encrypted with TLS.`,
      `Passwords are hashed with bcrypt, and you can enable two-factor authentication.`,
      `## Security
The site is served only over HTTPS. Two-factor authentication (TOTP or security keys) is available for every account.`,
      `We protect your data in transit with HTTPS and at rest with full-disk encryption.`,
      `- HTTPS everywhere
- Hashed passwords
- Optional 2FA`,
      `Your connection to the instance is secured using TLS 1.3.`,
      `Accounts can be protected with a second factor such as an authenticator app or a WebAuthn key.`,
      `Backups are encrypted before they leave the server.`,
      `| Measure | Status |
|---|---|
| TLS | Enforced |
| 2FA | Available |`,
      `Server access requires SSH keys, and the database is only reachable from the private network.`,
      `Your password is stored as a salted hash, never in plain text.`,
      `**How we protect data:** encrypted connections (HTTPS), hashed passwords, and two-step login.`,
      `Communications between your browser and our server are encrypted.`,
      `We use Let's Encrypt certificates so every page loads over a secure connection.`,
      `Two-step verification is offered and we strongly encourage it.`,
      `The server is kept up to date with security patches and sits behind a firewall.`,
      `Federation traffic to other servers also travels over HTTPS.`,
      `Admin accounts are required to use two-factor authentication.`,
      `Data on disk is encrypted, and only the two admins hold the keys.`,
      `### Keeping your data safe
We use TLS for all connections and hash all passwords.`,
    ],
    near: [
      `We take security seriously.`,
      `Is my data secure?`,
      `Two-factor authentication is not available on this server.`,
      `Please report security vulnerabilities to security@cloudberry.social.`,
      `No system is perfectly secure.`,
      `The site does not use HTTPS yet.`,
      `Use a strong password that you do not use anywhere else.`,
      `Security researchers are thanked in our hall of fame.`,
      `Our security team is small, so responses may be slow.`,
      `Account security is your responsibility.`,
    ],
  },
  de: {
    satisfy: [
      `Der gesamte Datenverkehr ist per TLS verschlüsselt.`,
      `Passwörter werden mit bcrypt gehasht; Zwei-Faktor-Authentifizierung ist verfügbar.`,
      `## Sicherheit
Die Seite ist nur über HTTPS erreichbar.`,
      `Wir schützen deine Daten durch verschlüsselte Verbindungen und verschlüsselte Festplatten.`,
      `- HTTPS
- gehashte Passwörter
- 2FA`,
      `Du kannst dein Konto mit einem zweiten Faktor absichern.`,
    ],
    near: [
      `Sicherheit ist uns wichtig.`,
      `Sind meine Daten sicher?`,
      `Zwei-Faktor-Authentifizierung wird nicht unterstützt.`,
    ],
  },
  fr: {
    satisfy: [
      `Tout le trafic vers le serveur est chiffré par TLS.`,
      `Les mots de passe sont hachés avec bcrypt et l'authentification à deux facteurs est disponible.`,
      `## Sécurité
Le site n'est accessible qu'en HTTPS.`,
      `Nous protégeons vos données par des connexions chiffrées et des disques chiffrés.`,
      `- HTTPS
- mots de passe hachés
- double authentification`,
      `Vous pouvez sécuriser votre compte avec un second facteur d'authentification.`,
    ],
    near: [
      `La sécurité est importante pour nous.`,
      `Mes données sont-elles en sécurité ?`,
      `L'authentification à deux facteurs n'est pas proposée.`,
    ],
  },
  ja: {
    satisfy: [
      `サーバーとの通信はすべてTLSで暗号化されています。`,
      `パスワードはbcryptでハッシュ化しており、二段階認証も利用できます。`,
      `## セキュリティ
当サイトはHTTPSでのみ提供しています。`,
      `通信の暗号化とディスクの暗号化によってデータを保護しています。`,
      `- HTTPS
- パスワードのハッシュ化
- 二要素認証`,
      `二要素認証を設定してアカウントを保護できます。`,
    ],
    near: [
      `セキュリティには十分配慮しています。`,
      `私のデータは安全ですか？`,
      `二段階認証には対応していません。`,
    ],
  },
  es: {
    satisfy: [
      `Todo el tráfico hacia el servidor está cifrado con TLS.`,
      `Las contraseñas se guardan con hash bcrypt y puedes activar la autenticación en dos pasos.`,
      `## Seguridad
El sitio solo funciona mediante HTTPS.`,
      `Protegemos tus datos con conexiones cifradas y discos cifrados.`,
      `- HTTPS
- contraseñas con hash
- 2FA`,
      `Puedes proteger tu cuenta con un segundo factor de autenticación.`,
    ],
    near: [
      `Nos tomamos la seguridad en serio.`,
      `¿Están seguros mis datos?`,
      `La autenticación en dos pasos no está disponible.`,
    ],
  },
} satisfies ParaphraseSet;
