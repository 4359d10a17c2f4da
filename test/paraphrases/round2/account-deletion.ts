// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'account-deletion',
  en: {
    satisfy: [
      `You can delete your account at any time from the settings page.`,
      `Users may permanently remove their accounts; this deletes their posts and media as well.`,
      `## Closing your account
Go to Settings → Account → Delete account. Your profile and posts are removed within a few days.`,
      `If you want to leave, you can erase your account yourself or ask an admin to do it for you.`,
      `- Delete your account: Preferences > Account > "Delete account"`,
      `Account deletion is self-service and irreversible.`,
      `Members can close their account whenever they like.`,
      `You have the right to have your account and its data deleted.`,
      `| Action | Where |
|---|---|
| Delete your account | Settings → Account |`,
      `To delete your profile, use the "Delete account" option; a deletion request is also sent to other servers.`,
      `Should you wish to leave thornbury.social, you may delete your account and all associated content.`,
      `**Leaving?** Your account can be deleted by you, at any moment, without asking anyone.`,
      `Self-deletion of accounts is available on this instance.`,
      `Deleting your account is possible from the web interface.`,
      `Write to the admins and they will delete your account within 72 hours.`,
      `Any user can remove their account; the username is then reserved so nobody can impersonate them.`,
      `You are free to delete your account; doing so erases your data from our server.`,
      `Your account can be terminated at your request.`,
      `On this Misskey server, you can delete your account from Settings > Other.`,
      `### Deleting your account
You can do it yourself in your account settings.`,
    ],
    near: [
      `We may delete accounts that break the rules.`,
      `Inactive accounts are deleted after two years without a login.`,
      `You cannot delete your account, but you can deactivate it.`,
      `How do I delete my account?`,
      `You can delete individual posts at any time.`,
      `Deleting another user's account is something only admins can do.`,
      `Account deletion is not yet available on this server.`,
      `Deleted posts may remain on other servers.`,
      `You can remove followers from your account.`,
      `Spam accounts are deleted without warning.`,
    ],
  },
  de: {
    satisfy: [
      `Du kannst dein Konto jederzeit in den Einstellungen löschen.`,
      `Nutzer können ihr Konto dauerhaft entfernen; dabei werden auch Beiträge und Medien gelöscht.`,
      `## Konto löschen
Unter Einstellungen → Konto → Konto löschen kannst du dein Profil entfernen.`,
      `Wenn du gehen möchtest, kannst du dein Konto selbst löschen oder die Admins darum bitten.`,
      `Die Löschung des eigenen Kontos ist jederzeit möglich.`,
      `- Konto löschen: Einstellungen > Konto`,
    ],
    near: [
      `Wir können Konten löschen, die gegen die Regeln verstoßen.`,
      `Wie lösche ich mein Konto?`,
      `Einzelne Beiträge kannst du jederzeit löschen.`,
    ],
  },
  fr: {
    satisfy: [
      `Vous pouvez supprimer votre compte à tout moment depuis les paramètres.`,
      `Les utilisateurs peuvent supprimer définitivement leur compte, y compris leurs publications et médias.`,
      `## Supprimer son compte
Rendez-vous dans Paramètres → Compte → Supprimer le compte.`,
      `Si vous souhaitez partir, vous pouvez effacer votre compte vous-même ou demander à un admin de le faire.`,
      `La suppression de votre compte est possible à tout moment.`,
      `- Supprimer le compte : Préférences > Compte`,
    ],
    near: [
      `Nous pouvons supprimer les comptes qui enfreignent les règles.`,
      `Comment supprimer mon compte ?`,
      `Vous pouvez supprimer des publications individuelles à tout moment.`,
    ],
  },
  ja: {
    satisfy: [
      `アカウントは設定画面からいつでも削除できます。`,
      `ユーザーは自身のアカウントを完全に削除できます。投稿やメディアも削除されます。`,
      `## 退会について
設定 → アカウント → アカウントの削除 から退会できます。`,
      `退会を希望する場合は、ご自身でアカウントを削除するか、管理者にご依頼ください。`,
      `アカウントの削除はいつでも可能です。`,
      `- アカウント削除：設定 > アカウント`,
    ],
    near: [
      `ルールに違反したアカウントは削除することがあります。`,
      `アカウントを削除するにはどうすればいいですか？`,
      `個々の投稿はいつでも削除できます。`,
    ],
  },
  es: {
    satisfy: [
      `Puedes eliminar tu cuenta en cualquier momento desde la configuración.`,
      `Los usuarios pueden borrar su cuenta de forma permanente, junto con sus publicaciones y archivos.`,
      `## Eliminar tu cuenta
Ve a Configuración → Cuenta → Eliminar cuenta.`,
      `Si quieres irte, puedes borrar tu cuenta tú mismo o pedírselo a un administrador.`,
      `La eliminación de tu cuenta es posible en todo momento.`,
      `- Borrar la cuenta: Preferencias > Cuenta`,
    ],
    near: [
      `Podemos eliminar las cuentas que incumplan las normas.`,
      `¿Cómo elimino mi cuenta?`,
      `Puedes borrar publicaciones sueltas cuando quieras.`,
    ],
  },
} satisfies ParaphraseSet;
