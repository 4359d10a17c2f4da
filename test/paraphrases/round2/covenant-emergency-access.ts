// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'covenant-emergency-access',
  en: {
    satisfy: [
      `At least one other person besides the main admin has emergency access to the server.`,
      `Two people hold the server credentials, so the instance keeps running if one of us is unavailable.`,
      `## Bus factor
If our admin is unreachable, a second trusted person has the keys to the server and the domain.`,
      `In an emergency, @rowan, our co-admin, can log into the hosting account and the server.`,
      `- Primary admin: @kit
- Emergency access: @juniper (has SSH and hosting credentials)`,
      `A trusted friend of the admin keeps sealed copies of all the passwords needed to run the instance.`,
      `We are a team of three administrators, each of whom can access the server in an emergency.`,
      `Emergency access to the infrastructure is shared with a second person.`,
      `Should something happen to the owner, the backup admin has full access to the machine and the backups.`,
      `| Role | Server access |
|---|---|
| Admin | Full |
| Deputy admin | Full, for emergencies |`,
      `The admin is not the only one with access: a second sysadmin can step in if needed.`,
      `Someone other than the founder has root access to the server for emergencies.`,
      `Our credentials are stored in a shared vault that a second trusted administrator can open in an emergency.`,
      `If the admin becomes unavailable, another member of the team can take over the server.`,
      `**Emergency access:** two admins, both with access to the hosting account.`,
      `We have arranged for another person to have access to the server in case of emergency.`,
      `More than one person can log in to the server and the domain registrar.`,
      `The instance is co-run by two admins who both hold the server keys.`,
      `A designated backup administrator has emergency credentials to the server.`,
      `### Continuity
Our treasurer also holds access to the hosting account and the server, so the instance does not depend on one person.`,
    ],
    near: [
      `Only one person has access to the server.`,
      `Emergency contact: admin@saltbush.social.`,
      `In a medical emergency, please call your local emergency number.`,
      `Moderators cannot access the server itself.`,
      `Does anyone else have access to the server?`,
      `If the admin disappears, the instance will simply go offline.`,
      `Nobody else has the server's passwords.`,
      `We plan to give a second person access someday.`,
      `Emergency announcements are posted on our status account.`,
      `Other instances have several admins; this one is run by a single person.`,
    ],
  },
  de: {
    satisfy: [
      `Mindestens eine weitere Person hat im Notfall Zugang zum Server.`,
      `Zwei Personen verfügen über die Zugangsdaten zum Server.`,
      `## Notfallzugang
Fällt der Admin aus, hat eine zweite Vertrauensperson Zugriff auf Server und Domain.`,
      `Im Notfall kann unser Co-Admin @linde auf den Server zugreifen.`,
      `Neben dem Hauptadmin hat eine weitere Person Notfallzugriff auf die Infrastruktur.`,
      `Das Team besteht aus drei Admins, die alle auf den Server zugreifen können.`,
    ],
    near: [
      `Nur eine Person hat Zugang zum Server.`,
      `Notfallkontakt: admin@moor.social`,
      `Hat noch jemand Zugang zum Server?`,
    ],
  },
  fr: {
    satisfy: [
      `Au moins une autre personne dispose d'un accès d'urgence au serveur.`,
      `Deux personnes détiennent les identifiants du serveur.`,
      `## Accès d'urgence
Si l'administratrice est indisponible, une seconde personne de confiance a accès au serveur et au domaine.`,
      `En cas d'urgence, notre co-admin @sureau peut accéder au serveur.`,
      `En plus de l'admin principal, une autre personne a un accès d'urgence à l'infrastructure.`,
      `L'équipe compte trois administrateurs, qui ont tous accès au serveur.`,
    ],
    near: [
      `Une seule personne a accès au serveur.`,
      `Contact d'urgence : admin@lande.social`,
      `Quelqu'un d'autre a-t-il accès au serveur ?`,
    ],
  },
  ja: {
    satisfy: [
      `管理者以外にも、緊急時にサーバーへアクセスできる人が少なくとも1人います。`,
      `サーバーの認証情報は2名で共有しています。`,
      `## 緊急時のアクセス
管理者が対応できない場合、信頼できるもう1人がサーバーとドメインにアクセスできます。`,
      `緊急時には副管理者の @kaede がサーバーにログインできます。`,
      `メインの管理者のほかに、もう1名が緊急用のアクセス権を持っています。`,
      `3名の管理者全員がサーバーにアクセスできる体制です。`,
    ],
    near: [
      `サーバーにアクセスできるのは1人だけです。`,
      `緊急連絡先：admin@kaze.social`,
      `他にサーバーにアクセスできる人はいますか？`,
    ],
  },
  es: {
    satisfy: [
      `Al menos otra persona tiene acceso de emergencia al servidor.`,
      `Dos personas tienen las credenciales del servidor.`,
      `## Acceso de emergencia
Si la administradora no está disponible, una segunda persona de confianza puede acceder al servidor y al dominio.`,
      `En caso de emergencia, nuestro coadministrador @olmo puede entrar en el servidor.`,
      `Además del admin principal, otra persona tiene acceso de emergencia a la infraestructura.`,
      `El equipo lo forman tres administradores y todos pueden acceder al servidor.`,
    ],
    near: [
      `Solo una persona tiene acceso al servidor.`,
      `Contacto de emergencia: admin@rio.social`,
      `¿Alguien más tiene acceso al servidor?`,
    ],
  },
} satisfies ParaphraseSet;
