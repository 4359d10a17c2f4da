// Round 2 blind set (a measure, not a gate): written from ../shared/spec/rules.md only.
import type { ParaphraseSet } from '../types';

export default {
  ruleId: 'contact',
  en: {
    satisfy: [
      `For privacy questions, e-mail privacy@gorse.social.`,
      `You can reach the admin, @heath@gorse.social, about anything in this policy.`,
      `## Contact
Questions about your data? Write to admin@birchwood.town or use our contact form at https://birchwood.town/contact.`,
      `To exercise your data protection rights, contact us at dpo@fennel.network.`,
      `- Admin: @moss@lichenwood.net
- E-mail: hello@lichenwood.net`,
      `If you have concerns about how your data is handled, send a direct message to our administrator, @ivy.`,
      `Data requests can be sent to the moderation team via the contact page: https://quarry.social/about/more.`,
      `| Who | How to reach them |
|---|---|
| Data controller | privacy@tamarisk.zone |`,
      `The person responsible for this server is Sam (@sam@whinberry.club); mention them or e-mail sam@whinberry.club.`,
      `Any privacy request should be addressed to contact@bracken.cafe.`,
      `Please get in touch at support@hollyhock.social if you want to know what data we hold about you.`,
      `**Contact:** admin@saltgrass.net`,
      `Questions about this privacy policy may be sent by e-mail to the operator at ops@cattail.city.`,
      `For data protection matters you can write to us using the form on our contact page.`,
      `Our admin account is @admin@reedbed.social; DMs about privacy are welcome.`,
      `Reach the server staff at staff@nettle.space.`,
      `You can contact the instance owner, Priya, at priya@mallow.garden.`,
      `To ask for a copy or deletion of your data, write to legal@sedge.community.`,
      `The data controller can be reached by post at 12 Harbour Lane, Portree, or by e-mail at info@skye.social.`,
      `### Questions?
Ping @mod@bluebell.zone or e-mail mods@bluebell.zone.`,
    ],
    near: [
      `If you have any questions, please contact us.`,
      `Contact us at %{admin_email}.`,
      `How can I contact the admins?`,
      `You can contact other users by sending them a direct message.`,
      `Our e-mail provider is a third-party service located in the EU.`,
      `Please do not contact the moderators privately about appeals.`,
      `Contact details for the admin: TBD`,
      `Email addresses of users are never shown publicly.`,
      `We may contact you by e-mail about important changes to your account.`,
      `Contact information will be added here soon.`,
    ],
  },
  de: {
    satisfy: [
      `Fragen zum Datenschutz richte bitte an datenschutz@heide.social.`,
      `Du erreichst den Admin unter @erle@heide.social.`,
      `## Kontakt
Schreib uns an admin@moorland.de oder nutze das Kontaktformular unter https://moorland.de/kontakt.`,
      `Für Auskunftsanfragen wende dich an kontakt@weide.social.`,
      `- Admin: @birke@weide.social
- E-Mail: team@weide.social`,
      `Verantwortlich für diesen Server ist Jana (jana@auwald.net).`,
    ],
    near: [
      `Bei Fragen kontaktiere uns bitte.`,
      `Wie erreiche ich die Admins?`,
      `Kontakt: %{admin_email}`,
    ],
  },
  fr: {
    satisfy: [
      `Pour toute question sur vos données, écrivez à vie-privee@garrigue.social.`,
      `Vous pouvez joindre l'administratrice, @lavande@garrigue.social.`,
      `## Contact
Écrivez-nous à admin@bocage.fr ou utilisez le formulaire sur https://bocage.fr/contact.`,
      `Pour exercer vos droits, contactez dpo@causse.social.`,
      `- Admin : @genet@causse.social
- Courriel : equipe@causse.social`,
      `Le responsable du serveur est Louis (louis@maquis.net).`,
    ],
    near: [
      `Si vous avez des questions, contactez-nous.`,
      `Comment joindre les administrateurs ?`,
      `Contact : %{admin_email}`,
    ],
  },
  ja: {
    satisfy: [
      `プライバシーに関するお問い合わせは privacy@tsubaki.jp までご連絡ください。`,
      `管理者 @yuzu@tsubaki.jp へのメンションでも受け付けています。`,
      `## お問い合わせ
admin@hinoki.jp またはお問い合わせフォーム（https://hinoki.jp/contact）をご利用ください。`,
      `個人情報の開示請求は contact@kusunoki.jp 宛にお送りください。`,
      `- 管理者：@momiji@kaede.jp
- メール：staff@kaede.jp`,
      `本サーバーの運営責任者は佐藤（sato@matsu.jp）です。`,
    ],
    near: [
      `ご不明な点があればお問い合わせください。`,
      `管理者への連絡方法は？`,
      `連絡先：%{admin_email}`,
    ],
  },
  es: {
    satisfy: [
      `Para dudas sobre privacidad, escribe a privacidad@encina.social.`,
      `Puedes contactar con la administradora, @jara@encina.social.`,
      `## Contacto
Escríbenos a admin@dehesa.es o usa el formulario de https://dehesa.es/contacto.`,
      `Para ejercer tus derechos, contacta con dpd@alcornoque.social.`,
      `- Admin: @romero@tomillo.net
- Correo: equipo@tomillo.net`,
      `El responsable del servidor es Pablo (pablo@olivar.net).`,
    ],
    near: [
      `Si tienes preguntas, contáctanos.`,
      `¿Cómo contacto con los administradores?`,
      `Contacto: %{admin_email}`,
    ],
  },
} satisfies ParaphraseSet;
