// French: every rule read in French, the French clauses, --fix in a French
// policy, and French number words, durations and ages. Written for these
// tests in the register of real French instance policies (vous, RGPD).
import { describeLanguage } from './support/language-cases';

const MISSING_PRIVACY = '# Politique de confidentialité\n\nVotre vie privée nous importe.';

describeLanguage({
  language: 'fr',
  name: 'French',
  rules: {
    'collects-email': {
      pass: ['Lors de l’inscription, nous vous demandons une adresse e-mail valide.', '## Données collectées\n\n- votre adresse électronique\n- votre nom d’utilisateur'],
      fail: [MISSING_PRIVACY],
      near: [
        'Nous ne collectons pas votre adresse e-mail.', 'Conservons-nous votre adresse e-mail ?', '```\nNous conservons votre adresse e-mail.\n```', '<!-- Nous conservons votre adresse e-mail. -->',
      ],
    },
    'collects-username': {
      pass: [
        'Pour créer un compte, vous choisissez un pseudonyme que nous enregistrons et affichons sur votre profil.',
        'Nous collectons les données suivantes :\n\n- nom d’utilisateur\n- adresse e-mail',
      ],
      fail: [MISSING_PRIVACY],
      near: ['Nous n’enregistrons jamais votre nom d’utilisateur.', 'Enregistrez-vous mon nom d’utilisateur ?'],
    },
    'collects-password': {
      pass: ['Votre mot de passe est stocké sous forme chiffrée (hachage).', 'À l’inscription, vous indiquez un nom d’utilisateur, une adresse e-mail et un mot de passe.'],
      fail: [MISSING_PRIVACY],
      near: ['Choisissez un mot de passe solide.', 'Nous ne conservons pas votre mot de passe.', 'Conservez-vous mon mot de passe ?'],
    },
    'collects-ip-address': {
      pass: [
        'Lorsque vous vous connectez, nous enregistrons l’adresse IP depuis laquelle vous vous connectez.', 'Les journaux du serveur contiennent l’adresse IP de chaque requête.',
        '## Données collectées\n\n- Adresses IP',
      ],
      fail: [MISSING_PRIVACY],
      near: [
        'Nous ne conservons aucune adresse IP.', 'Les adresses IP ne sont jamais enregistrées.', '<!-- Nous enregistrons votre adresse IP. -->', 'Conservons-nous votre adresse IP ?',
      ],
    },
    'collects-user-agent': {
      pass: ['Pour chaque connexion, nous gardons le navigateur ou l’application utilisés.', 'À chaque connexion, nous enregistrons le type de navigateur et le système d’exploitation que vous utilisez.', 'Nous stockons le user agent de votre navigateur.'],
      fail: [MISSING_PRIVACY],
      near: ['Nous n’enregistrons pas votre user agent.', '<!-- Nous enregistrons votre user agent. -->'],
    },
    'collects-login-history': {
      pass: ['Toutes les sessions enregistrées peuvent être consultées et révoquées dans les paramètres.', 'Nous enregistrons la date de votre dernière connexion.', 'Vos sessions actives sont affichées dans les paramètres, où vous pouvez les révoquer.'],
      fail: [MISSING_PRIVACY],
      near: ['Nous ne conservons pas d’historique de connexions.', 'Enregistrons-nous la date de votre dernière connexion ?'],
    },
    'collects-user-content': {
      pass: [
        'Nous stockons ce que vous publiez : vos publications et les médias joints, les comptes que vous suivez et vos abonnés, ainsi que vos favoris et vos partages.',
      ],
      fail: ['# Politique de confidentialité\n\nNous stockons vos publications.'],
      near: ['Nous stockons vos publications et vos images.', '```\nNous stockons vos publications, vos images, vos abonnés et vos favoris.\n```'],
    },
    'date-of-birth': {
      pass: ['Lors de l’inscription, nous vous demandons votre date de naissance. Nous la comparons à l’âge minimum et ne la conservons pas.'],
      fail: ['# Politique de confidentialité\n\nÀ l’inscription, vous indiquez votre date de naissance.\n\nVous devez avoir au moins 15 ans.'],
      near: ['# Politique de confidentialité\n\nNous vous demandons votre date de naissance.'],
    },
    'ip-retention': {
      pass: [
        'Nous conservons les adresses IP associées à votre compte pendant 12 mois au maximum.', 'Les adresses IP sont supprimées au bout de quatre-vingt-dix jours.',
        '## Adresses IP\n\nNous les conservons six mois.', 'Les adresses IP ne sont jamais conservées plus de trente jours.',
        'Les adresses IP ne sont pas conservées au-delà de sept jours.',
      ],
      fail: [
        '# Politique de confidentialité\n\nNous enregistrons votre adresse IP lors de la connexion.', 'Nous conservons les adresses IP aussi longtemps que nécessaire.',
        'Nous conservons les adresses IP pendant deux ans.',
      ],
      near: ['Nous conservons les journaux du serveur contenant l’adresse IP de chaque requête pendant 90 jours.', 'Conservons-nous les adresses IP pendant 12 mois ?', '<!-- Les adresses IP sont supprimées après 90 jours. -->'],
    },
    'log-retention': {
      pass: ['Nous ne conservons pas plus de 90 jours les journaux systèmes.', 'Les journaux du serveur sont supprimés au bout de 14 jours.', 'Nous ne conservons aucun journal d’accès.', 'Notre serveur web conserve les journaux d’accès pendant deux semaines.'],
      fail: ['# Politique de confidentialité\n\nNotre serveur écrit des fichiers de logs.', 'Les journaux du serveur sont conservés un an.'],
      near: [
        'Notre serveur web écrit des journaux d’accès toutes les 5 minutes.', '<!-- Les journaux du serveur sont supprimés après 14 jours. -->',
        'Les journaux de modération sont conservés 30 jours.',
      ],
    },
    'login-retention': {
      pass: ['Nous conservons l’historique de vos connexions pendant 12 mois au maximum.', '## Historique des connexions\n\nNous le supprimons après 90 jours.'],
      fail: ['# Politique de confidentialité\n\nNous enregistrons la date de votre dernière connexion.', 'Nous conservons l’historique des connexions pendant trois ans.'],
      near: ['Nous ne conservons pas d’historique des connexions.', 'Conservons-nous l’historique des connexions pendant 12 mois ?'],
    },
    'covenant-moderation': {
      pass: [
        '# Règles du serveur\n\n1. Pas de racisme\n2. Pas de sexisme\n3. Pas d’homophobie\n4. Pas de transphobie',
        'Les contenus racistes, sexistes, homophobes ou transphobes sont supprimés par l’équipe de modération.',
      ],
      fail: ['# Règles du serveur\n\n1. Soyez aimables.\n2. Pas de racisme.'],
      near: [
        'Nous ne traitons pas de données sensibles comme l’origine raciale ou ethnique, le sexe, l’orientation sexuelle ou l’identité de genre.',
        '# Règles du serveur\n\n1. Pas de racisme\n2. Pas de sexisme',
      ],
    },
    'covenant-backups': {
      pass: ['Nous faisons chaque nuit une sauvegarde chiffrée de la base de données.', 'Les données du serveur sont sauvegardées quotidiennement sur un second serveur.'],
      fail: ['# À propos\n\nCe serveur existe depuis 2022.', 'Nous faisons une sauvegarde chaque semaine.'],
      near: ['Nous ne faisons pas de sauvegardes.', 'Nous vous conseillons de faire vos propres sauvegardes.'],
    },
    'covenant-emergency-access': {
      pass: ['Pour faire face aux urgences, le serveur est co-administré.', 
        'En cas d’urgence, une seconde administratrice a accès au serveur.', 'Deux personnes ont accès à l’infrastructure afin que le serveur continue de fonctionner en cas d’urgence.',
      ],
      fail: ['# À propos\n\nCe serveur est géré par une seule personne.'],
      near: ['Ne communiquez pas vos identifiants à d’autres personnes.', 'Nous n’avons pas d’accès d’urgence.', 'Une autre personne de l’équipe modère les publications.'],
    },
    'covenant-shutdown-notice': {
      pass: [
        'Si nous devions fermer le serveur, nous vous préviendrons au moins trois mois à l’avance.', 'Avant toute fermeture de l’instance, nous informerons les membres 90 jours à l’avance.',
      ],
      fail: ['# À propos\n\nLe serveur peut fermer à tout moment.', 'Avant une fermeture, nous vous préviendrons deux semaines à l’avance.'],
      near: ['En cas de fermeture de votre compte, nous vous préviendrons par courriel.', 'La fermeture du serveur ne sera pas annoncée.'],
    },
    'ai-training-prohibited': {
      pass: [
        'L’utilisation de nos contenus pour entraîner des modèles d’IA est interdite.',
        'Il n’est pas autorisé d’utiliser les publications de ce serveur pour l’entraînement de l’intelligence artificielle.',
        'Nous nous opposons à la fouille de textes et de données de nos contenus pour l’entraînement d’IA génératives.',
      ],
      fail: ['# Conditions d’utilisation\n\nSoyez aimables.'],
      near: [
        'Nous n’avons rien contre l’entraînement de modèles d’IA sur nos contenus.', 'Le moissonnage de ce serveur est interdit.', 'Peut-on entraîner une IA sur les publications ?',
      ],
    },
    'scraping-prohibited': {
      pass: [
        'Le moissonnage automatisé (scraping) de cette instance est interdit.',
        'Vous vous engagez à ne pas :\n\n- aspirer le contenu du site\n- utiliser des robots pour collecter des données',
      ],
      fail: ['# Conditions d’utilisation\n\nSoyez aimables.'],
      near: ['Vos publications ne sont pas indexées par les moteurs de recherche.', 'Le scraping est autorisé.', 'Nous n’interdisons pas le scraping.'],
    },
    'dm-not-encrypted': {
      pass: ['Les messages directs ne vont qu’aux personnes mentionnées. Les administrateurs de tout serveur destinataire peuvent voir ces messages.', 'Les messages privés ne sont pas chiffrés de bout en bout.', 'Les messages directs peuvent être lus par les administrateurs du serveur.'],
      fail: [MISSING_PRIVACY],
      near: ['Les messages privés sont chiffrés de bout en bout.', 'Les messages directs sont-ils chiffrés ?'],
    },
    'federation-disclosure': {
      pass: [
        'Vos publications publiques sont transmises aux autres serveurs du fédivers.', 'Nous envoyons une copie de vos publications à d’autres serveurs.', 'Lorsque des personnes d’autres instances vous suivent, vos messages sont copiés sur leurs serveurs.',
      ],
      fail: [MISSING_PRIVACY],
      near: ['Ce serveur ne fédère avec aucun autre serveur.', 'Cette instance fait partie du fédivers.', 'À votre demande, nous envoyons une copie des données de votre compte vers un serveur distant.', 'Les images d’autres serveurs sont mises en cache ici.'],
    },
    'data-export': {
      pass: ['Vous pouvez demander une archive de votre contenu.', 
        'Dans les paramètres, vous pouvez télécharger une archive de vos données.', 'Vous disposez d’un droit à la portabilité de vos données.',
        'Vous pouvez exporter vos abonnements et vos listes à tout moment.',
      ],
      fail: [MISSING_PRIVACY],
      near: ['Votre contenu public peut être téléchargé par d’autres serveurs.', 'L’export de vos données n’est pas possible.', 'Puis-je exporter mes données ?'],
    },
    'account-deletion': {
      pass: ['Vous pouvez supprimer votre compte à tout moment dans les paramètres.', 'Sur simple demande, nous supprimons votre compte.'],
      fail: [MISSING_PRIVACY],
      near: ['Vous ne pouvez pas supprimer votre compte vous-même.', 'Puis-je supprimer mon compte ?'],
    },
    'account-migration': {
      pass: ['Vous pouvez migrer votre compte vers une autre instance ; vos abonnés vous suivront.', 'Le déménagement de votre compte vers un autre serveur est possible.'],
      fail: [MISSING_PRIVACY],
      near: ['Vous ne pouvez pas déménager votre compte vers un autre serveur.', 'L’an dernier, nous avons migré la base de données.'],
    },
    'no-data-sale': {
      pass: ['Nous ne vendons pas vos données.', 'Vos données ne sont jamais utilisées à des fins publicitaires ni pour du pistage.', 'Nous ne cédons pas vos données à des tiers.', 'Nous n’utiliserons jamais vos données pour :\n\n- la vente à des courtiers\n- le profilage publicitaire'],
      fail: [MISSING_PRIVACY, 'Nous pouvons vendre vos données à nos partenaires publicitaires.'],
      near: ['Pas de spam ni de publicité.', 'Vendons-nous vos données ?', '<!-- Nous ne vendons pas vos données. -->', 'Nous utiliserons vos données pour :\n\n- la vente à des courtiers'],
    },
    'minimum-age': {
      pass: [
        'Les personnes de moins de 15 ans ne peuvent pas créer de compte.', 'Vous devez avoir au moins 16 ans pour utiliser ce serveur.',
        'L’inscription est réservée aux personnes âgées de dix-huit ans ou plus.', 'Ce serveur est réservé aux adultes (18+).',
      ],
      fail: ['# Conditions d’utilisation\n\nTout le monde est bienvenu.', '# Conditions d’utilisation\n\nVous devez avoir au moins 13 ans.\n\nVous devez avoir au moins 16 ans.'],
      near: ['Il n’y a pas d’âge minimum.', 'Les comptes de plus de deux ans sont archivés.'],
    },
    contact: {
      pass: [
        '[Contactez-nous](https://harbour.social/contact) pour toute question sur vos données.', 'Des questions sur cette politique ? Écrivez à privacy@harbour.social.',
        'Vous pouvez joindre les administrateurs via notre formulaire de contact.',
      ],
      fail: [MISSING_PRIVACY],
      near: [
        'Contactez-nous si vous avez des questions.', 'Nous pouvons vous contacter par e-mail au sujet de votre compte.',
        'Merci de ne pas contacter les administrateurs pour des questions de facturation.',
      ],
    },
    'security-measures': {
      pass: ['Toutes les connexions au serveur sont chiffrées (HTTPS/TLS).', 'Vous pouvez activer l’authentification à deux facteurs pour votre compte.'],
      fail: [MISSING_PRIVACY],
      near: ['Nous n’utilisons aucun chiffrement.', 'La connexion est-elle chiffrée ?'],
    },
    'third-parties': {
      pass: ['Les médias sont distribués via un CDN.', 'Le serveur est hébergé chez Hetzner en Allemagne ; les e-mails sont envoyés par Mailgun.', 'Nous ne partageons aucune donnée avec des tiers.', 'Les courriels d’inscription partent via Brevo.'],
      fail: [MISSING_PRIVACY],
      near: ['Quels tiers reçoivent vos données ?', 'Brevo est une entreprise française.'],
    },
    'policy-changes': {
      pass: ['Si nous décidons de changer notre politique de confidentialité, nous posterons les modifications sur cette page.', 'Nous annonçons les modifications de cette politique sur la page d’accueil un mois à l’avance.', 'Dernière mise à jour : 3 mars 2026.'],
      fail: [MISSING_PRIVACY],
      near: ['```\nDernière mise à jour : 2026-03-03\n```', 'Nous pouvons modifier cette politique sans préavis.', 'Dernière mise à jour : [INSERT date]'],
    },
    'vague-retention': {
      pass: ['Nous conservons les adresses IP pendant 90 jours.', 'Nous supprimons vos données lorsqu’elles ne sont plus nécessaires, au plus tard après 30 jours.'],
      fail: ['Nous conservons vos données aussi longtemps que nécessaire.', 'Les journaux sont conservés indéfiniment.'],
      near: ['Après la suppression de votre compte, vos données restent temporairement dans les sauvegardes, pendant 14 jours au plus.'],
    },
  },
  paragraph:
    'Nous traitons vos données personnelles uniquement pour assurer le fonctionnement de ce serveur. Elles ne sont pas transmises à des tiers, sauf obligation légale. Vous pouvez à tout moment exercer vos droits d’accès, de rectification et de suppression en écrivant aux administrateurs.',
  policyToFix: '# Politique de confidentialité\n\nNous gérons ce serveur pour nos amis.\n\n## Conservation des données\n\nNous prenons soin de vos données.\n\n## Contact\n\nPosez-nous vos questions.\n',
  durations: [
    ['pendant 90 jours', 90], ['douze mois', 365], ['six mois', 180], ['un an', 365], ['deux semaines', 14], ['24 heures', 1], ['quatre-vingt-dix (90) jours', 90], ['trois mois', 90],
    ['quatre-vingt-dix jours', 90], ['dix-huit mois', 540], ['une semaine', 7], ['deux années', 730], ['pendant un jour', 1], ['un jour à l’avance', 1],
  ],
  notDurations: ['le 1er janvier 2026', 'une sauvegarde par jour', 'en 2024', 'si le serveur ferme un jour, vous serez prévenus', 'un jour ou l’autre'],
  ages: [['au moins 16 ans', 16], ['moins de 15 ans', 15], ['âgées de dix-huit ans', 18], ['16 ans ou plus', 16], ['l’âge minimum est de 13 ans', 13]],
});
