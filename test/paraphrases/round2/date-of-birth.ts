// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
// Near misses mention an age check or a birth date (so the rule applies) without saying what happens to it.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'date-of-birth',
  en: {
    satisfy: [
      `At sign-up we ask for your date of birth to confirm you meet the minimum age; it is checked and then discarded, never stored.`,
      `Your birth date is used only for the age check during registration and is not saved.`,
      `We verify your date of birth when you register but do not keep it.`,
      `## Age verification
You enter your birthday on the sign-up form. The server compares it with today's date and throws it away; only the fact that you passed is recorded.`,
      `The date of birth you provide is stored with your account so we can show a birthday badge on your profile if you enable it.`,
      `Birth dates entered at registration are not retained after the age check.`,
      `- Date of birth: checked at sign-up, not stored`,
      `| Data | What we do with it |
|---|---|
| Date of birth | Checked against the minimum age, then deleted |`,
      `To comply with local law we check your date of birth; we don't store it.`,
      `The birthday you enter is kept in your profile and is visible only to you.`,
      `We never save your date of birth: it is only used, once, to check your age.`,
      `Our registration form has an age gate. The birth date you type is evaluated in the browser and never sent to or stored on the server.`,
      `Your date of birth is stored in encrypted form and used solely to confirm your age if a dispute arises.`,
      `We ask for your DOB when you sign up; it is deleted immediately after the age check.`,
      `**Date of birth** — requested at registration for the age check and discarded straight away.`,
      `The instance checks your birth date against the minimum age and does not record it anywhere.`,
      `Age check: your birth date is read once and not kept.`,
      `Your date of birth is retained with your account data until you delete the account.`,
      `The birth date field is only validated (you must be 16 or older); we keep no copy.`,
      `Dates of birth collected for age verification are erased as soon as verification succeeds.`,
    ],
    near: [
      `You will be asked for your date of birth when you register.`,
      `Do we keep your date of birth?`,
      `Registration includes an age check.`,
      `Please enter your real birth date on the sign-up form.`,
      `Members must confirm their age during sign-up.`,
      `Please double-check the date of birth you type in before submitting the form.`,
      `We may ask for a date of birth in the future.`,
      `An age verification step is part of joining this instance.`,
      `Entering a false date of birth is a breach of these rules.`,
      `The sign-up form has a birth date field.`,
    ],
  },
  de: {
    satisfy: [
      `Dein Geburtsdatum wird bei der Registrierung nur zur Altersprüfung verwendet und nicht gespeichert.`,
      `Wir prüfen das Geburtsdatum bei der Anmeldung und verwerfen es anschließend.`,
      `## Altersprüfung
Das eingegebene Geburtsdatum wird mit dem Mindestalter verglichen und danach gelöscht.`,
      `Das Geburtsdatum wird mit deinem Konto gespeichert.`,
      `- Geburtsdatum: geprüft, nicht gespeichert`,
      `Wir speichern dein Geburtsdatum nicht; es dient ausschließlich der Alterskontrolle.`,
    ],
    near: [
      `Bei der Registrierung wirst du nach deinem Geburtsdatum gefragt.`,
      `Speichern wir dein Geburtsdatum?`,
      `Die Anmeldung umfasst eine Altersprüfung.`,
    ],
  },
  fr: {
    satisfy: [
      `Votre date de naissance sert uniquement à vérifier votre âge à l'inscription ; elle n'est pas conservée.`,
      `Nous contrôlons la date de naissance saisie, puis nous la supprimons.`,
      `## Vérification de l'âge
La date de naissance indiquée est comparée à l'âge minimum, puis effacée.`,
      `La date de naissance est enregistrée avec votre compte.`,
      `- Date de naissance : vérifiée, non stockée`,
      `Nous ne gardons pas votre date de naissance après la vérification de l'âge.`,
    ],
    near: [
      `Votre date de naissance vous sera demandée à l'inscription.`,
      `Conservez-vous ma date de naissance ?`,
      `L'inscription comporte une vérification de l'âge.`,
    ],
  },
  ja: {
    satisfy: [
      `生年月日は登録時の年齢確認にのみ使用し、保存しません。`,
      `登録の際に入力された生年月日を確認した後、破棄します。`,
      `## 年齢確認
入力された生年月日は最低年齢との照合後に削除されます。`,
      `生年月日はアカウント情報と共に保存されます。`,
      `- 生年月日：確認のみ、保存なし`,
      `年齢確認のための生年月日は記録されません。`,
    ],
    near: [
      `登録時に生年月日の入力をお願いしています。`,
      `生年月日は保存されますか？`,
      `登録には年齢確認があります。`,
    ],
  },
  es: {
    satisfy: [
      `Tu fecha de nacimiento solo se usa para verificar tu edad al registrarte y no se guarda.`,
      `Comprobamos la fecha de nacimiento y después la descartamos.`,
      `## Verificación de edad
La fecha de nacimiento se compara con la edad mínima y luego se elimina.`,
      `La fecha de nacimiento se almacena junto con tu cuenta.`,
      `- Fecha de nacimiento: comprobada, no almacenada`,
      `No conservamos tu fecha de nacimiento tras la comprobación de edad.`,
    ],
    near: [
      `Al registrarte te pediremos tu fecha de nacimiento.`,
      `¿Guardáis mi fecha de nacimiento?`,
      `El registro incluye una verificación de edad.`,
    ],
  },
} satisfies ParaphraseSet;
