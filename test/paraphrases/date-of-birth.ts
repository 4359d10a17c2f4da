import type { ParaphraseSet } from './types';

export default {
  ruleId: 'date-of-birth',
  en: {
    satisfy: [
      `If you enter a date of birth when signing up, it is only used to check that you meet the minimum age and is not stored.`,
      `Your date of birth is checked against our minimum age of 16 and then discarded.`,
      `We store your date of birth with your account so we can confirm your age.`,
      `The birth date you enter at registration is deleted as soon as the age check has been completed.`,
      `## Date of birth

We ask for it at sign-up to make sure you are old enough. It is never saved to the database.`,
      `Age verification: the server compares the date of birth you provide with the minimum age, but does not keep it.`,
      `Your birthday is held only in memory during sign-up and is thrown away right after the age check.`,
      `| Data | Kept for |
|---|---|
| Date of birth | Not stored (only checked at sign-up) |
| E-mail address | Until account deletion |`,
      `Birth dates are stored until your account is deleted.`,
      `We do not retain your date of birth; it is only used for the one-time age check.`,
      `Date of birth: used once to verify that you are at least 18, never stored.`,
      `**Do you keep my date of birth?**

No. It is checked at sign-up and then forgotten.`,
      `The date of birth requested during registration is verified and immediately deleted.`,
      `After the age check, only the fact that you passed it is recorded; the date of birth itself is deleted.`,
      `Your date of birth is saved in your account record and is visible to admins only.`,
      `The User's date of birth is processed solely for the purpose of age verification and is not retained following such verification.`,
      `We keep the date of birth you entered for 30 days after sign-up, then delete it.`,
      `This instance asks for your birthday. We use it to check you're 16 or older and then it's gone, we don't save it anywhere.`,
      `Your date of birth is sent to the server for the age check and is never written to disk or to the database.`,
      `Dates of birth are stored encrypted and deleted together with the account.`,
      `The date of birth is not kept after registration: once your age is confirmed, it is erased.`,
      `We only check your date of birth at sign-up and never store it.`,
      `Information collected at sign-up:

- E-mail address (stored)
- Password (stored as a hash)
- Date of birth (checked against the minimum age, not stored)`,
      `Your date of birth is retained for as long as your account exists.`,
      `To comply with local law, we store users' dates of birth for one year after registration.`,
      `Once we've confirmed you meet the age requirement, your date of birth is removed from our systems.`,
    ],
    near: [
      `You must enter your date of birth when you sign up.`,
      `Sign-ups include an age check based on your date of birth.`,
      `What happens to my date of birth?`,
      `You must be at least 16 years old to register; we may ask for your birth date.`,
      `Depending on the server settings, the sign-up form may contain a date of birth field.`,
      `Please enter your date of birth in the format YYYY-MM-DD.`,
      `We perform an age verification at registration.`,
      `Mastodon 4.4 introduced an optional birth date field for servers with a minimum age.`,
      `Entering a false date of birth is a violation of our terms.`,
      `Do we store your date of birth? See the section below.`,
      `Registration requires confirming your birth date so that we can apply the age requirement.`,
    ],
  },
  de: {
    satisfy: [
      `Dein Geburtsdatum wird nur zur Prüfung des Mindestalters verwendet und nicht gespeichert.`,
      `Das bei der Registrierung angegebene Geburtsdatum wird nach der Altersprüfung sofort gelöscht.`,
      `Wir speichern dein Geburtsdatum zusammen mit deinem Konto.`,
      `| Daten | Speicherdauer |
|---|---|
| Geburtsdatum | wird nicht gespeichert (nur Altersprüfung) |
| E-Mail-Adresse | bis zur Löschung des Kontos |`,
      `## Geburtsdatum

Wir fragen es bei der Anmeldung ab, um dein Alter zu prüfen. Gespeichert wird es nicht.`,
      `Das Geburtsdatum wird serverseitig mit dem Mindestalter abgeglichen und anschließend verworfen.`,
      `Geburtsdaten bleiben gespeichert, bis das Konto gelöscht wird.`,
      `Wir bewahren dein Geburtsdatum nicht auf; es dient ausschließlich der einmaligen Alterskontrolle.`,
      `**Speichert ihr mein Geburtsdatum?**

Nein, es wird nur bei der Registrierung geprüft und danach vergessen.`,
      `Nach erfolgreicher Altersverifikation wird das Geburtsdatum aus unseren Systemen entfernt.`,
      `Die Verarbeitung des Geburtsdatums erfolgt ausschließlich zur Altersprüfung; eine Speicherung findet nicht statt.`,
    ],
    near: [
      `Bei der Registrierung musst du dein Geburtsdatum angeben.`,
      `Die Anmeldung umfasst eine Altersprüfung anhand deines Geburtsdatums.`,
      `Was passiert mit meinem Geburtsdatum?`,
      `Du musst mindestens 16 Jahre alt sein; ggf. fragen wir nach deinem Geburtsdatum.`,
      `Bitte gib dein Geburtsdatum im Format TT.MM.JJJJ ein.`,
      `Falsche Angaben zum Geburtsdatum verstoßen gegen unsere Nutzungsbedingungen.`,
    ],
  },
  fr: {
    satisfy: [
      `Votre date de naissance sert uniquement à vérifier l'âge minimum et n'est pas enregistrée.`,
      `La date de naissance saisie à l'inscription est supprimée dès que la vérification de l'âge est faite.`,
      `Nous conservons votre date de naissance avec votre compte.`,
      `| Donnée | Durée de conservation |
|---|---|
| Date de naissance | non conservée (vérification de l'âge uniquement) |
| Adresse e-mail | jusqu'à la suppression du compte |`,
      `## Date de naissance

Elle est demandée à l'inscription pour vérifier votre âge, puis aussitôt effacée.`,
      `Le serveur compare votre date de naissance à l'âge minimum requis, sans la stocker.`,
      `Les dates de naissance sont conservées jusqu'à la suppression du compte.`,
      `Nous ne gardons pas votre date de naissance : elle ne sert qu'au contrôle d'âge ponctuel.`,
      `**Gardez-vous ma date de naissance ?**

Non : elle est vérifiée à l'inscription, puis oubliée.`,
      `Une fois votre âge vérifié, votre date de naissance est retirée de nos systèmes.`,
      `La date de naissance est traitée à la seule fin de vérifier l'âge de l'utilisateur et n'est pas conservée à l'issue de cette vérification.`,
    ],
    near: [
      `Vous devez indiquer votre date de naissance lors de l'inscription.`,
      `L'inscription comporte une vérification de l'âge à partir de la date de naissance.`,
      `Qu'advient-il de ma date de naissance ?`,
      `Il faut avoir au moins 15 ans pour s'inscrire ; une date de naissance peut être demandée.`,
      `Merci de saisir votre date de naissance au format JJ/MM/AAAA.`,
      `Indiquer une fausse date de naissance est contraire à nos conditions d'utilisation.`,
    ],
  },
  ja: {
    satisfy: [
      `生年月日は年齢制限の確認にのみ使用し、保存しません。`,
      `登録時に入力された生年月日は、年齢確認が完了した時点で削除されます。`,
      `生年月日はアカウント情報とともに保存されます。`,
      `| データ | 保存期間 |
|---|---|
| 生年月日 | 保存しない（登録時の年齢確認のみ） |
| メールアドレス | アカウント削除まで |`,
      `## 生年月日

年齢を確認するために登録時にお尋ねしますが、データベースには記録しません。`,
      `サーバー側で生年月日を最低年齢と照合し、照合後は破棄します。`,
      `生年月日はアカウントを削除するまで保持されます。`,
      `**生年月日は保存されますか？**

いいえ。登録時に確認するだけで、その後は保持しません。`,
      `年齢確認が済んだあと、生年月日は当サーバーのシステムから消去されます。`,
      `利用者の生年月日は、年齢確認の目的のみに利用し、確認後は保管いたしません。`,
      `誕生日は登録時のチェックにだけ使って、どこにも保存していません。`,
    ],
    near: [
      `登録時に生年月日の入力が必要です。`,
      `新規登録の際、生年月日による年齢確認を行います。`,
      `生年月日はどう扱われますか？`,
      `16歳未満の方は登録できません。生年月日をお伺いする場合があります。`,
      `生年月日はYYYY-MM-DDの形式で入力してください。`,
      `虚偽の生年月日を入力することは利用規約違反となります。`,
    ],
  },
  es: {
    satisfy: [
      `Tu fecha de nacimiento solo se usa para comprobar la edad mínima y no se guarda.`,
      `La fecha de nacimiento indicada al registrarte se borra en cuanto se completa la verificación de edad.`,
      `Guardamos tu fecha de nacimiento junto con tu cuenta.`,
      `| Dato | Plazo de conservación |
|---|---|
| Fecha de nacimiento | no se conserva (solo verificación de edad) |
| Correo electrónico | hasta que borres la cuenta |`,
      `## Fecha de nacimiento

Te la pedimos al registrarte para comprobar tu edad, pero no la almacenamos.`,
      `El servidor compara tu fecha de nacimiento con la edad mínima y después la descarta.`,
      `Las fechas de nacimiento se conservan hasta que se elimina la cuenta.`,
      `**¿Guardáis mi fecha de nacimiento?**

No. Se comprueba al registrarte y luego se olvida.`,
      `Una vez verificada tu edad, la fecha de nacimiento se elimina de nuestros sistemas.`,
      `La fecha de nacimiento se trata con el único fin de verificar la edad y no se conserva tras dicha verificación.`,
      `No almacenamos tu fecha de nacimiento: solo la usamos una vez para el control de edad.`,
    ],
    near: [
      `Debes indicar tu fecha de nacimiento al registrarte.`,
      `El registro incluye una verificación de edad a partir de la fecha de nacimiento.`,
      `¿Qué pasa con mi fecha de nacimiento?`,
      `Para registrarte necesitas tener al menos 14 años; puede que te pidamos la fecha de nacimiento.`,
      `Introduce tu fecha de nacimiento con el formato DD/MM/AAAA.`,
      `Indicar una fecha de nacimiento falsa infringe nuestras condiciones de uso.`,
    ],
  },
} satisfies ParaphraseSet;
