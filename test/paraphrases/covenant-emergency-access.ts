import type { ParaphraseSet } from './types';

export default {
  ruleId: 'covenant-emergency-access',
  en: {
    satisfy: [
      `At least one other person besides the main admin has emergency access to the server.`,
      `Two people hold root access to the server, so the instance can be maintained if one of us is unavailable.`,
      `## Emergency access

If the admin is unreachable, a second trusted person has the credentials needed to keep the server running.`,
      `A backup administrator has access to the hosting account and the server in case of emergency.`,
      `Our admin team consists of three people, each with full access to the server.`,
      `In case something happens to me, a friend of mine has the keys to the server and knows what to do.`,
      `We commit to having at least one other person with emergency access to the server, as required by the Mastodon Server Covenant.`,
      `The server's credentials are stored in a shared password manager that a second admin can open in an emergency.`,
      `Emergency access: besides @alice, @bob can also log into the server and the hosting dashboard.`,
      `Should the primary administrator become unavailable, a designated deputy can access the server and restore service.`,
      `**What happens if the admin disappears?**

Another member of the team has emergency access to the server and can keep it running or shut it down properly.`,
      `The Operator shall ensure that at least one person other than the Administrator holds emergency access to the Service's infrastructure.`,
      `Two admins share SSH access to the machine, so nobody is a single point of failure.`,
      `This instance is run by a small collective; several members have administrative access to the server.`,
      `The admin's partner has sealed instructions and login details for the server, to be used in an emergency.`,
      `Server access is not limited to one person: a second admin holds a copy of all keys.`,
      `If our main admin is unavailable, our co-admin has full access to the server and can step in.`,
      `We have a second person with emergency access to the VPS, the domain registrar and the backups.`,
      `Who has access to the server:

- @admin (owner)
- @sysop (emergency access)`,
      `To avoid a single point of failure, another trusted person can access the server if the administrator cannot.`,
      `Emergency access to the server is held by two people.`,
      `I'm not the only one with the keys: my co-admin can get into the server too if I get hit by a bus.`,
      `Besides the owner, one moderator has been given root access to the server for emergencies.`,
      `In the event of an emergency, at least two people are able to access the server.`,
      `A trusted third person holds the server credentials and can take over if the admin becomes unavailable.`,
      `Both of our administrators can access the hosting account, the database and the backups.`,
    ],
    near: [
      `This server is run by a single admin.`,
      `Only the administrator has access to the server.`,
      `In an emergency, you can reach the admin by e-mail or via a direct mention to @admin.`,
      `We have three moderators who handle reports.`,
      `Who has emergency access to the server?`,
      `Nobody besides the admin has access to the server.`,
      `If the admin becomes unavailable, the server will simply go offline.`,
      `We hope to find a second admin with emergency access in the future.`,
      `Moderators can suspend accounts but have no access to the server itself.`,
      `The admin can access the server from anywhere, even in an emergency.`,
      `If you lose access to your account in an emergency, you can reset your password by e-mail.`,
    ],
  },
  de: {
    satisfy: [
      `Neben der Hauptadministratorin hat mindestens eine weitere Person Notfallzugriff auf den Server.`,
      `Zwei Personen haben Root-Zugang zum Server, damit die Instanz auch dann betreut werden kann, wenn eine von uns ausfällt.`,
      `## Notfallzugang

Ist der Admin nicht erreichbar, verfügt eine zweite Vertrauensperson über die nötigen Zugangsdaten zum Server.`,
      `Ein Vertretungs-Admin hat im Notfall Zugriff auf den Server und das Hosting-Konto.`,
      `Gemäß dem Mastodon Server Covenant hat mindestens eine weitere Person Notfallzugang zum Server.`,
      `Die Zugangsdaten liegen in einem gemeinsamen Passwortmanager, auf den im Notfall auch ein zweiter Admin zugreifen kann.`,
      `**Was passiert, wenn der Admin ausfällt?**

Ein weiteres Teammitglied hat Notfallzugriff auf den Server und kann den Betrieb fortführen.`,
      `Wer Zugriff auf den Server hat:

- @admin (Betreiber)
- @technik (Notfallzugang)`,
      `Wir sind zu zweit: Beide Admins haben vollen Zugriff auf den Server.`,
      `Damit wir keinen Single Point of Failure haben, kann eine weitere Vertrauensperson auf den Server zugreifen, falls ich ausfalle.`,
      `Für Notfälle hat neben dem Betreiber auch ein Moderator SSH-Zugang zum Server.`,
    ],
    near: [
      `Diese Instanz wird von einer einzelnen Person betrieben.`,
      `Nur der Administrator hat Zugriff auf den Server.`,
      `Im Notfall erreichst du den Admin per E-Mail.`,
      `Wer hat im Notfall Zugriff auf den Server?`,
      `Moderator*innen können Konten sperren, haben aber keinen Zugang zum Server selbst.`,
      `Falls der Admin ausfällt, geht der Server einfach offline.`,
    ],
  },
  fr: {
    satisfy: [
      `En plus de l'administrateur principal, au moins une autre personne dispose d'un accès d'urgence au serveur.`,
      `Deux personnes ont un accès root au serveur, afin que l'instance puisse être maintenue si l'une de nous est indisponible.`,
      `## Accès d'urgence

Si l'admin est injoignable, une seconde personne de confiance possède les identifiants nécessaires pour faire tourner le serveur.`,
      `Un administrateur suppléant peut accéder au serveur et à l'hébergeur en cas d'urgence.`,
      `Conformément au Mastodon Server Covenant, au moins une autre personne a un accès d'urgence au serveur.`,
      `Les identifiants du serveur sont rangés dans un gestionnaire de mots de passe partagé, accessible à un second admin en cas d'urgence.`,
      `**Que se passe-t-il si l'admin disparaît ?**

Un autre membre de l'équipe dispose d'un accès d'urgence au serveur et peut assurer la continuité.`,
      `Accès au serveur :

- @admin (propriétaire)
- @secours (accès d'urgence)`,
      `Nous sommes deux admins, et chacun a un accès complet au serveur.`,
      `Pour éviter un point de défaillance unique, une autre personne de confiance peut accéder au serveur si je ne le peux pas.`,
      `En cas d'urgence, une modératrice dispose aussi d'un accès SSH au serveur, en plus du propriétaire.`,
    ],
    near: [
      `Cette instance est gérée par une seule personne.`,
      `Seul l'administrateur a accès au serveur.`,
      `En cas d'urgence, contactez l'admin par e-mail.`,
      `Qui a accès au serveur en cas d'urgence ?`,
      `Les modérateurs peuvent suspendre des comptes, mais n'ont pas accès au serveur.`,
      `Si l'admin n'est plus disponible, le serveur sera simplement arrêté.`,
    ],
  },
  ja: {
    satisfy: [
      `管理者のほかに、少なくとも1名がサーバーへの緊急アクセス権を持っています。`,
      `サーバーのroot権限は2名が保持しており、どちらかが対応できない場合でも運営を継続できます。`,
      `## 緊急時のアクセス

管理者と連絡が取れない場合に備え、信頼できるもう1人がサーバーの認証情報を保管しています。`,
      `副管理者が緊急時にサーバーとホスティングアカウントへアクセスできます。`,
      `Mastodon Server Covenantに基づき、管理者以外に少なくとも1名が緊急時にサーバーへアクセスできる体制をとっています。`,
      `サーバーの認証情報は共有パスワードマネージャーで管理しており、緊急時にはもう1人の管理者も利用できます。`,
      `**管理者がいなくなったらどうなりますか？**

チームの別のメンバーがサーバーへの緊急アクセス権を持っており、運営を引き継げます。`,
      `サーバーにアクセスできる人：

- @admin（運営者）
- @sub（緊急用アクセス）`,
      `管理者は2人おり、どちらもサーバーに完全にアクセスできます。`,
      `私に何かあったときのために、信頼できる友人がサーバーにログインできるようにしてあります。`,
      `緊急時に備え、運営者に加えてモデレーター1名にもサーバーへのSSHアクセスを付与しています。`,
    ],
    near: [
      `このサーバーは管理者1人で運営しています。`,
      `サーバーにアクセスできるのは管理者のみです。`,
      `緊急時はメールで管理者にご連絡ください。`,
      `緊急時に誰がサーバーにアクセスできますか？`,
      `モデレーターはアカウントの凍結はできますが、サーバー自体にはアクセスできません。`,
      `管理者が対応できなくなった場合、サーバーは停止します。`,
    ],
  },
  es: {
    satisfy: [
      `Además del administrador principal, al menos otra persona tiene acceso de emergencia al servidor.`,
      `Dos personas tienen acceso root al servidor, para que la instancia pueda mantenerse si una de ellas no está disponible.`,
      `## Acceso de emergencia

Si no se puede contactar con la admin, una segunda persona de confianza tiene las credenciales necesarias para mantener el servidor.`,
      `Un administrador suplente puede acceder al servidor y a la cuenta del hosting en caso de emergencia.`,
      `Conforme al Mastodon Server Covenant, al menos otra persona tiene acceso de emergencia al servidor.`,
      `Las credenciales del servidor están en un gestor de contraseñas compartido al que un segundo admin puede acceder en caso de urgencia.`,
      `**¿Qué pasa si el admin desaparece?**

Otro miembro del equipo tiene acceso de emergencia al servidor y puede mantenerlo en marcha.`,
      `Acceso al servidor:

- @admin (propietario)
- @respaldo (acceso de emergencia)`,
      `Somos dos admins y ambos tenemos acceso completo al servidor.`,
      `Para no depender de una sola persona, otra persona de confianza puede entrar al servidor si yo no puedo.`,
      `Para emergencias, además del propietario, una moderadora también tiene acceso SSH al servidor.`,
    ],
    near: [
      `Esta instancia la gestiona una sola persona.`,
      `Solo el administrador tiene acceso al servidor.`,
      `En caso de emergencia, escribe al admin por correo electrónico.`,
      `¿Quién tiene acceso al servidor en caso de emergencia?`,
      `Los moderadores pueden suspender cuentas, pero no tienen acceso al servidor.`,
      `Si el admin deja de estar disponible, el servidor simplemente se apagará.`,
    ],
  },
} satisfies ParaphraseSet;
