// French vocabulary: the same concepts as en.ts, in the words French privacy
// policies (politiques de confidentialité under the RGPD), CGU and server
// rules use. Negation wraps the verb ("ne ... pas", "n'est pas"): "ne" and
// "pas" both open a scope, and "pas" also closes one backwards, so the verb
// between them is negated; "ne ... que" means "only" and does not negate.
// Words that are also common English words ("page", "on", "information")
// stay out of the concepts: every language's words run on every text.
import type { LanguageVocabulary } from './types';

const L = '\\p{L}*';
/** Both apostrophes: typographic French uses ’. */
const A = "[’']";
/** Admins, moderators and operators, with inclusive endings ("administrateur·ices"). */
const STAFF = `(?:les |l${A}|leurs? |nos |notre )?(?:admin|administrat|modérat|opérat|responsables?|équipe)${L}(?:[·.-]\\p{L}+){0,2}`;
/** Whose consent: "sans (le) consentement explicite". */
const CONSENT = `(?:(?:notre|mon|leur|votre|son|le|la|l${A}|un|une|accord|exprès|expresse|préalable|explicite|écrit|écrite)\\s*){0,3}(?:consentement|autorisation|accord|permission)`;
const VERB_ENDINGS = '(?:e|es|ent|ons|ez|é|ée|és|ées|er|era|eront|erons|ait|aient)';

export const fr: LanguageVocabulary = {
  language: 'fr',
  name: 'French',
  concepts: {
    // --- data ---
    email: [`adresses? (?:e-?mail|électroniques?|de courriel|courriel|mail|mél)`, 'courriels?', 'e-?mails?', 'mél'],
    username: [
      `noms? d${A}(?:utilisat(?:eur|rice)|usager)${L}`, 'pseudonymes?', 'pseudos?', 'identifiants?', 'noms? de compte', `noms? de connexion`, 'nom de profil',
    ],
    password: ['mots? de passe', 'mdp', 'phrases? de passe', 'phrases? secrètes?'],
    ip: [`adresses? ip(?:v[46])?`, 'adresses? de protocole internet'],
    userAgent: [
      'user[- ]agents?', 'agents? utilisateurs?', `(?:type|nom|version|modèle)s? (?:et (?:la )?version )?(?:de|du) (?:votre |du )?navigateur`,
      `navigateur (?:utilisé|et (?:sa |la |le )?(?:version|système|appareil))`, `systèmes? d${A}exploitation`, `types? d${A}appareils?`, 'types? de terminal',
      `informations sur (?:votre |l${A})appareil`, 'logiciel client', 'application (?:utilisée|cliente)', `navigateurs? (?:web )?utilisés?`,
      `navigateur (?:web )?ou (?:l${A}|une |votre )?application`, `application ou (?:du |le |votre )?navigateur`, `(?:nom|type) de (?:l${A}|votre )application`,
    ],
    loginHistory: [
      'historique (?:de |des |de vos |de votre )?(?:connexions?|sessions?)', `dates? (?:et heures? )?de (?:vos |la |votre )?(?:dernière )?connexions?`,
      'heures? de connexion', 'dernière connexion', 'sessions? (?:actives?|ouvertes?|enregistrées|en cours)', 'sessions? de connexion', 'horodatages? de (?:vos |la )?connexions?',
      'quand vous vous (?:êtes )?connectée?s?', `moments? où vous vous connectez`, 'tentatives? de connexion',
    ],
    serverLogs: [
      `journaux (?:du serveur|serveur|d${A}accès|systèmes?|techniques|de connexion|d${A}activité|web|d${A}erreurs?)`, `journal (?:du serveur|d${A}accès|système|technique|de connexion)`, 'journaux de (?:notre|ce|votre) serveur',
      'fichiers? (?:de )?(?:logs?|journaux|journalisation)', 'logs? (?:du |de )?serveur', 'journalisation', 'données de connexion', `registres? (?:d${A}accès|de connexion)`,
    ],
    dateOfBirth: [
      'dates? de naissance', 'anniversaires?', 'années? de naissance', `(?:vérification|contrôle) (?:de (?:l${A})?)?âge`, 'confirmer votre âge', `vérifier (?:votre |l${A})âge`,
    ],
    posts: [
      'publications?', 'messages? (?:publiés|que vous publiez)', 'pouets?', 'toots?', 'statuts?', 'posts?', 'billets?',
      `contenus? (?:que vous (?:publiez|partagez|créez|envoyez|téléversez)|publiés)`,
    ],
    media: [
      'médias?', 'fichiers? (?:multimédias?|médias?|joints?|téléversés|envoyés)', 'photos?', 'vidéos?', 'pièces? jointes?', `images? d${A}en-tête`, 'photos? de profil',
      'bannières?', 'avatars?',
    ],
    follows: [
      'abonnements?', `abonné${L}`, '(?:personnes?|comptes?) (?:que vous suivez|qui vous suivent)', 'comptes? suivis', `listes? d${A}abonn${L}`, 'graphe social',
    ],
    favourites: ['favoris', 'mises? en favoris?', `j${A}aime`, 'boosts?', 'partages', 'repartages?', 'reblogs?', 'réactions?', 'repouets?'],
    bookmarks: ['signets?', 'marque-?pages?'],
    lists: ['listes', 'listes? de comptes', 'listes? que vous créez'],
    blocks: ['blocages?', 'comptes? bloqués', 'domaines? bloqués', 'utilisat\\p{L}* bloqué\\p{L}*'],
    mutes: ['masquages?', 'comptes? masqués', 'mots? masqués', `mis${L} en sourdine`, 'sourdines?'],
    notes: ['notes? (?:privées|personnelles)', `notes? sur (?:d${A}autres |les )?(?:comptes|profils|utilisat${L})`],
    userContent: [
      'informations? de profil', 'données (?:de|du) profil', 'champs? de profil', 'biographie', 'bio', `noms? d${A}affichage`,
      `(?:contenus?|données|informations) que vous (?:publiez|partagez|téléversez|fournissez)`,
    ],

    // --- section topics ---
    topicCollect: [
      'données (?:que nous )?(?:collectées|recueillies|traitées|collectons|recueillons)', 'collecte (?:des|de) données', 'données personnelles', 'données à caractère personnel',
      'quelles (?:données|informations)', 'types? de données', 'données (?:de|du) compte', 'informations (?:que nous )?(?:collectées|recueillies|collectons)', 'traitement des données',
    ],
    topicRetention: ['durée (?:de conservation|de stockage|de rétention)', 'conservation(?: des données)?', 'combien de temps', 'suppression', 'rétention', 'stockage des données', 'journaux'],
    topicSecurity: ['sécurité', 'protection (?:de vos|des) données', 'mesures de sécurité', 'sécurisation'],
    topicRights: ['vos droits', 'droits', 'vos choix', 'votre compte', 'gestion (?:de|du) compte', 'suppression (?:de|du) compte', 'accès à vos données'],
    topicSharing: ['partage', 'communication (?:des données|à des tiers)', 'destinataires?', 'tiers', 'fédération', `fédér${L}`, 'sous-traitants?', 'transferts?', 'prestataires?'],
    topicUse: ['utilisation (?:de vos|des) (?:données|informations)', 'comment nous utilisons', 'finalités?', 'à quoi servent'],
    topicRules: ['règles', 'règlement', 'code de conduite', 'charte', 'modération', 'contenus? interdits?', 'lignes directrices'],
    topicOperations: [
      'fonctionnement', `exploitation (?:du serveur|de l${A}instance)`, 'administration', 'sauvegardes?', 'disponibilité', 'à propos', 'fermeture', 'continuité',
    ],
    topicAI: ['moissonnage', 'aspiration', 'intelligence artificielle', 'apprentissage automatique', 'robots?', 'utilisations? interdites?', 'collecte automatisée', 'bots?'],
    topicContact: ['contact(?:s|er)?', 'nous contacter', 'questions', 'mentions légales', 'responsable du traitement', 'nous joindre'],
    topicChanges: ['modifications?', 'mises? à jour', 'changements?', 'révisions?', 'évolutions?'],
    topicAge: ['âge', 'âge minim(?:um|al)', 'enfants', 'mineurs', `qui peut (?:s${A}inscrire|rejoindre|utiliser)`],
    topicMessages: ['messages? (?:directs?|privés?)', 'mentions? privées?', 'conversations? privées?'],

    // --- actions ---
    collect: [
      `collect${VERB_ENDINGS}`, 'collecte', `recueill${L}`, `recueilli${L}`, `enregistr${L}`, `stock${VERB_ENDINGS}`, 'stockage', `conserv${VERB_ENDINGS}`, 'conservation', `sauvegard${L}`, `trait${VERB_ENDINGS}`, 'traitement',
      `récolt${L}`, `obten${L}`, `obtenu${L}`, `reçu${L}`, `recev${L}`, `recevons`, `demand(?:ons|é|ée|és|ées)`, `fourni${L}`, `renseign${L}`, `saisi${L}`, `indiqu(?:é|ée|és|ées|ez|er)`,
      'requis(?:e|es)?', 'nécessaires?', 'inscription', `s${A}inscrire`, `journalis${L}`, `gard(?:ons|é|ée|és|ées)`, 'détenons', 'données à caractère personnel',
      'données personnelles', `comprend${L}`, 'inclu(?:ons|ent|t|s|se|ses)', `contien${L}`, 'avons accès', 'a accès', 'ont accès', `transm(?:is|ises|ettez)`,
    ],
    retain: [
      `conserv${VERB_ENDINGS}`, 'conservation', `gard(?:ons|ées?|és?|er|e|ent)`, `stock${VERB_ENDINGS}`, 'stockage', `enregistr${L}`, `sauvegard${L}`, 'rétention', `archiv${L}`, `supprim${L}`, 'suppression', `effac${L}`,
      `détrui${L}`, 'destruction', `anonymis${L}`, `purg${L}`, `écras${L}`, 'rotation', `expir${L}`, 'durée de vie', 'disponibles?', 'restent', 'reste', `demeur${L}`,
      `journalis${L}`, 'détenues?', 'détenons',
    ],
    deletePhrase: [`supprim${L}`, `effac${L}`, `détrui${L}`, `anonymis${L}`, `purg${L}`, `écras${L}`],
    vaguePeriod: [
      'aussi longtemps que (?:nécessaire|besoin|requis)', 'aussi longtemps que (?:votre|le) compte (?:existe|est actif)', 'le temps nécessaire',
      'pendant (?:une|la) durée (?:nécessaire|raisonnable|limitée|indéterminée)', 'durée raisonnable', 'délai raisonnable', 'indéfiniment', 'pour toujours',
      'sans limite(?: de (?:temps|durée))?', 'temporairement', 'tant que (?:nécessaire|cela est nécessaire|besoin|votre compte existe)', 'pas plus longtemps que nécessaire',
      'durée (?:strictement )?nécessaire', `conformément (?:à la loi|aux obligations légales)`,
    ],

    // --- covenant ---
    moderate: [
      `modér${L}`, 'pas (?:tolérée?s?|acceptée?s?|autorisée?s?|permise?s?|bienvenue?s?)', 'tolérance zéro', `interdi${L}`, `prohib${L}`, 'bann(?:ir|i|is|ie|ies|issons|issement)', `supprim${L}`, `suspen${L}`,
      'signal(?:er|ez|é|ée|és|ées|ement|ements)', 'règles?', 'ne', `n${A}\\p{L}+`, 'pas', 'jamais', `aucun${L}`, `contraires? (?:aux|à nos) règles`, `refus${L}`,
    ],
    racism: [`racis${L}`, 'raciales?', 'race', `ethni${L}`, 'origine', 'nationalité', `xénophob${L}`, `antisémit${L}`, `islamophob${L}`, `suprémacis${L}`, 'couleur de peau'],
    sexism: [`sexis${L}`, `misogyn${L}`, 'sexes?', 'de genre', '(?:fondée?s?|basée?s?) sur le genre', 'liée?s? au genre'],
    homophobia: [`homophob${L}`, 'homo-(?= (?:et|ou) trans)', 'orientation sexuelle', `lgbt\\p{L}{0,6}phob${L}`, `lesbophob${L}`, `biphob${L}`, `queerphob${L}`, 'minorités? sexuelles?'],
    transphobia: [`transphob${L}`, 'identité de genre', 'expression de genre', `mégenr${L}`, `misgenr${L}`, `deadnam${L}`, 'minorités? de genre', `enbyphob${L}`],
    backup: [
      'sauvegardes', 'copies? de sauvegarde', '(?:stratégie|politique|système|solution|plan)s? de sauvegarde', 'instantanés?', 'une sauvegarde', 'la sauvegarde (?:de la base|des données|du serveur)',
      'sauvegarde (?:quotidienne|journalière|régulière|automatique|complète|incrémentale|chiffrée|de la base|des données|du serveur)',
      'sauvegardée?s? (?:quotidiennement|chaque (?:jour|nuit)|régulièrement|tous les|toutes les)',
      `sauvegard(?:ons|ez) (?:quotidiennement|régulièrement|chaque|tous|toutes|les données|l${A}ensemble|la base)`,
    ],
    frequency: [
      'quotidienne(?:s|ment)?', 'quotidiens?', 'journali(?:er|ère|ères|ers)', 'chaque (?:jour|nuit|heure|semaine|mois)', 'tous les jours', 'une fois par (?:jour|semaine|mois)', 'par jour',
      'toutes les (?:nuits|heures|\\d+ heures)', 'en continu', 'en temps réel', 'hebdomadaires?(?:ment)?', `mensuel${L}`, `annuel${L}`, 'régulière(?:s|ment)?', 'réguliers?',
      'automatique(?:s|ment)?', 'plusieurs fois par jour', 'deux fois par jour',
    ],
    emergencyAccess: [
      `accès d${A}urgence`, `accès en cas d${A}urgence`, 'facteur bus', `second(?:e)? administrat${L}`, `administrat${L} de secours`,
      `s${A}il (?:m${A}|nous |lui )arrive quelque chose`, `urgences?,?(?: (?!co-?administr)[^ .]+){0,10} co-?administr${L}`, `co-?administr${L}(?: (?!(?:d${A})?urgen)[^ .]+){0,10} (?:d${A})?urgences?`, `(?:co-?)?admin${L} (?:peu(?:ven)?t|pourra(?:ien)?t?|pourrai(?:en)?t) prendre le relais`,
    ],
    otherPerson: [
      'une autre personne', `un(?:e)? autre (?:administrat${L}|modérat${L}|personne de confiance|membre)`, `d${A}autres (?:personnes|administrat${L}|membres)`,
      `plus d${A}une personne`, `au moins deux (?:personnes|administrat${L})`, 'personnes? de confiance', `en cas d${A}urgence`,
    ],
    access: [
      `accès (?:au serveur|à l${A}instance|à l${A}infrastructure|à l${A}hébergement|à la base de données|aux sauvegardes)`, `(?:identifiants|clés) (?:du serveur|d${A}accès au serveur|de l${A}infrastructure)`,
      'prendre le relais', `reprendre (?:l${A}administration|la gestion|le serveur|l${A}instance)`, `administrer (?:le serveur|l${A}instance)`, 'faire tourner le serveur', 'maintenir le serveur',
    ],
    shutdown: [
      `ferm(?:er|eture|era|erait|erons|ons|é|ée) (?:du |de l${A}|de |le |la |l${A}|ce |cette |notre )?(?:service|serveur|instance|site|plateforme)`,
      `(?:service|serveur|instance|site|plateforme)s? (?:\\p{L}+ ){0,2}ferm(?:er|era|é|ée|és|ées)`, `arrêt (?:du|de l${A}) ?(?:service|serveur|instance)`, `cess(?:er|ation) (?:d${A}|de )?(?:activité|fonctionner|exploiter)`, 'cessation',
      `arrêter (?:le |l${A})(?:service|serveur|instance)`, `mettre fin (?:au |à l${A})(?:service|serveur|instance)`, `fin (?:du |de l${A})(?:service|serveur|instance)`, 'hors ligne',
      'extinction', 'éteindre',
      `arrêt (?:définitif |complet )?(?:du|de l${A}|de la) ?(?:service|serveur|instance|plateforme)`, `(?:une|la|toute|sa|éventuelle) (?:éventuelle )?fermeture(?! de (?:votre|ton|leur|son|mon) compte)`,
      `(?:service|serveur|instance|site|plateforme)s? (?:\\p{L}+ ){0,3}?ferm(?:e|ent|er|era|é|ée|és|ées|ait)(?![\\p{L}])`,
    ],
    notice: [
      'préavis', 'avis', `avert${L}`, 'prévenir', `préviendr${L}`, 'prévenus?', 'informer', 'informerons', 'informée?s?', `annon[cç]${L}`, `notifi${L}`, `à l${A}avance`, 'au préalable',
      'préalablement', 'délai',
    ],

    // --- AI and scraping ---
    ai: [
      'intelligences? artificielles?', 'apprentissage (?:automatique|profond|machine)', `modèles? (?:de langage|d${A}ia|d${A}intelligence artificielle|génératifs?|de langue)`, 'modèles?',
      'génératives?', 'réseaux? de neurones', 'robots? conversationnels?', 'chatbots?', 'llms?',
    ],
    train: [`entraîn${L}`, `entrain${L}`, `données d${A}entraînement`, 'jeux? de données', 'corpus', 'alimenter', 'affin(?:er|age|é|ée|és|ées)', 'développer des (?:ia|modèles)', 'nourrir'],
    scrape: [
      `scrap${L}`, `moissonn${L}`, `aspir${L}`, 'collecte automatisée', 'collecter automatiquement', `extraction (?:automatisée |massive )?(?:de|des) (?:données|contenus)`,
      'extraire (?:des|les) (?:données|contenus)', 'fouille de (?:textes et de )?données', `crawl${L}`, '(?:indexation|indexer) (?:massive|automatisée|massivement|systématique)',
      'téléchargement (?:massif|automatisé|en masse)', 'accès automatisé', 'moyens automatisés', `archiv(?:er|age) (?:des|les|de) (?:contenus|publications|données)`,
    ],
    prohibit: [
      `interdi${L}`, `prohib${L}`, `proscri${L}`, 'pas (?:autorisée?s?|permise?s?|acceptée?s?|tolérée?s?)', 'non autorisée?s?', `(?:sans|uniquement avec|seulement avec|nécessite|requiert)\\s+${CONSENT}`,
      'ne', 'pas', 'jamais', `s${A}abstenir de`, 'vous engagez à ne pas', `oppos${L}`, 'bloqu\\p{L}*', 'refus\\p{L}*', 'restrei\\p{L}*', 'contre',
    ],

    // --- what users should know ---
    directMessage: [
      'messages? (?:directs?|privés?|personnels?)', 'mentions? privées?', 'conversations? privées?', 'publications? (?:privées?|directes?|non publiques?)', 'pouets? (?:privés?|directs?)',
      'mentionnée?s? uniquement', 'personnes? mentionnées? uniquement',
    ],
    unencrypted: [`non chiffré${L}`, `non crypté${L}`, 'en clair'],
    encrypted: [`chiffr${L}`, `crypté${L}`, 'de bout en bout', 'e2ee?'],
    operatorsRead: [
      `${STAFF}(?: (?:de|du|des) [\\p{L}’'-]+)? (?:peu(?:ven)?t|pourraient|pourrait|ont (?:techniquement )?accès|sont en mesure de|a (?:techniquement )?accès)`,
      `(?:lisibles?|accessibles?|consultables?) (?:par|aux|à) ${STAFF}`, `${STAFF}(?: (?!peu(?:ven)?t |pourraient |pourrait )[\\p{L}’',·-]+){0,14} (?:peu(?:ven)?t|pourraient|pourrait) (?:techniquement )?(?:voir|lire|consulter|accéder)`, `(?:peu(?:ven)?t|pourraient|pourrait) (?:techniquement )?être (?:lue?s?|consultée?s?|vue?s?) par`,
      'ne (?:doivent|devraient) pas être considérée?s? comme (?:privée?s?|sécurisée?s?|confidentiel(?:le)?s?)',
      `ne partagez (?:pas|aucune) (?:d${A}informations? )?(?:sensibles?|dangereuses?|confidentielles?)`,
    ],
    federation: [
      `fédér${L}`, 'fédivers', 'fédiverse', `(?:d${A}|les |aux )?autres (?:serveurs|instances|sites)`, 'serveurs? (?:distants?|tiers|externes|destinataires?)',
      'instances? (?:distantes?|tierces?|externes)', 'chaque serveur', 'leurs serveurs', 'ces serveurs', 'hors de (?:notre|cette) (?:instance|serveur)',
    ],
    deliveredCopied: [
      `livr${L}`, `distribu${L}`, `copi${L}`, `envoy${L}`, `transmi${L}`, `transmett${L}`, `partag${L}`, `diffus${L}`, `répliqu${L}`, 'stockée?s?', 'enregistrée?s?', `mise?s? en cache`,
      `propag${L}`, `relay${L}`, `relai${L}`, 'parviennent', 'reçue?s?', 'hors de notre contrôle', `échapp${L}`,
    ],
    dataExport: [
      `export${L}`, `archive de (?:vos|votre|toutes)`, '(?:demander|télécharger|obtenir|récupérer) une (?:archive|copie)', `télécharg${L} (?:une |l${A})?(?:archive|copie)`, 'portabilité',
      'récupérer (?:vos|toutes vos) données', 'télécharger (?:vos|toutes vos)',
    ],
    accessRight: [`droit d${A}accès`, 'copie de (?:vos|toutes vos) données'],
    accountDeletion: [
      `supprim${L} (?:votre|son|leur|le|un) compte`, 'suppression (?:de |du )(?:votre |son |leur )?compte', 'fermer (?:votre|son) compte', 'fermeture (?:de |du )(?:votre )?compte',
      `désactiv${L} (?:votre|son) compte`, 'votre compte (?:peut|pourra) être supprimé', `effacer votre compte`, `droit (?:à l${A}effacement|de suppression|à l${A}oubli)`, `(?:l${A}|d${A})effacement`,
    ],
    accountMigration: [
      `migr${L}`, `déménag${L}`, `transf[ée]r${L} (?:votre|son|de) (?:compte|profil|abonnés)`, `redirig${L} (?:votre|son) compte`, 'redirection (?:de |du )(?:votre )?compte',
      `changer (?:de serveur|d${A}instance)`, 'vers une autre instance', 'vers un autre serveur', 'emporter vos abonnés', 'alias de compte',
    ],
    sell: [
      'vend(?:re|s|ons|ez|ent|u|ue|us|ues|rons|rions|ra|rait)', 'revend(?:re|s|ons|ez|ent|u|ue|us|ues|ra|rons)', 'vente', 'revente', 'lou(?:er|ons|ées?|és?)',
      `commercialis${L}`, `monétis${L}`, `publicit${L}`, 'annonceurs?', 'pistage', 'traçage', 'tracking', 'profilage', 'analytics', `outils? d${A}analyse`, 'marketing',
      'c[èé]d(?:er|ons|erons|é|ée|ées|és)',
    ],
    backReference: ['ces (?:données|informations|adresses|journaux)', 'cette (?:donnée|information|adresse)', 'de telles (?:données|informations)'],
    exampleCue: ['par exemple', 'p\\. ?ex', 'comme par exemple'],
    personalData: ['données (?:personnelles|à caractère personnel)', 'vos données', 'données', 'informations', 'renseignements'],
    age: ['ans', 'âge', 'âge minim(?:um|al)', 'mineurs?', 'enfants?', 'majeure?s?'],
    contactWord: [`contact${L}`, 'écrivez-nous', 'questions?', `admin${L}`, `modérat${L}`, 'support'],
    security: [
      'tls', 'ssl', 'https', `chiffr${L}`, `hach${L}`, 'bcrypt', 'argon2', 'double authentification', 'authentification à deux facteurs', '2fa', 'a2f', 'mesures? de sécurité',
      'second facteur', 'vérification en deux étapes', `applications? d${A}authentification`, 'webauthn', 'clés? de sécurité',
      'mesures techniques et organisationnelles', 'pare-?feux?', `contrôle d${A}accès`, 'connexion sécurisée', `protég${L} (?:vos|les|toutes|des) (?:données|informations)`,
    ],
    thirdParty: [
      `(?:des|les|aux|de|à|avec|d${A}autres) tiers`, 'tierces? parties', 'tiers de confiance', 'prestataires?', 'sous-?traitants?', 'hébergeurs?', `fournisseurs? d${A}hébergement`, 'hébergée?s? (?:par|chez|sur)',
      `fournisseurs? (?:de services|d${A}e-?mail|de messagerie|de courriel)`, `service (?:d${A}envoi|de messagerie)`, 'centres? de données', 'cdn', 'stockage (?:objet|cloud)', 'fournisseurs?',
    ],
    policyChange: [
      `modifi${L} (?:de |des |à )?(?:cette|la|notre|nos|ces|les) (?:politique|conditions|charte|règles|cgu)`,
      'chang(?:er|eons|ions|é|ent) (?:de |à )?(?:cette|la|notre|nos) (?:politique|conditions|charte|règles|cgu)',
      `(?:cette|la|notre) (?:politique|charte)(?: [\\p{L}’'-]+){0,6}? (?:peut|pourra|sera) être (?:modifiée|mise à jour|révisée|actualisée)`,
      'dernière (?:mise à jour|modification|révision)', 'mise? à jour le', 'en vigueur (?:depuis|à compter|le)', `date d${A}effet`, 'historique des (?:versions|modifications)',
      'changements? (?:de|à) (?:cette|la|notre|nos)',
    ],

    // --- document kinds ---
    kindPrivacy: ['vie privée', 'données personnelles', 'protection des données', 'politique de confidentialité', 'rgpd'],
    kindTerms: ['conditions? générales?', 'cgu', `conditions d${A}utilisation`, 'mentions légales', 'cgv'],
    kindRules: ['règles', 'règlement', 'code de conduite', 'charte'],
    kindAbout: ['à propos', 'qui sommes-nous'],

    // --- qualifiers ---
    dobFate: [`conserv${VERB_ENDINGS}`, 'conservation', `stock${VERB_ENDINGS}`, 'stockage', `enregistr${L}`, `supprim${L}`, `effac${L}`, `vérifi${L}`, `contrôl${L}`, `compar${L}`, 'uniquement', 'seulement'],
    strongProhibition: [
      `interdi${L}`, `prohib${L}`, `proscri${L}`, 'pas (?:autorisée?s?|permise?s?|tolérée?s?|acceptée?s?)', 'non autorisée?s?', `s${A}abstenir de`, 'vous engagez à ne pas',
      `contraires? (?:aux|à nos|à ces) (?:règles|conditions)`, 'opt-?in', 'nous nous opposons', `s${A}oppose(?:nt)? à`, 'opposition (?:à|au)', 'droits? réservés?',
      `(?:sans|uniquement avec|seulement avec|qu${A}avec|nécessite|requiert|soumise?s? à|subordonnée?s? à)\\s+${CONSENT}`,
      `(?:n${A}est|ne sont|n${A}être) pas (?:autorisée?s?|permise?s?|tolérée?s?|acceptée?s?)`,
    ],
    prohibitVerb: [`interdi${L}`, `prohib${L}`, `restrei${L}`, `s${A}oppos${L}`, `oppos${L}`, `bloqu${L}`, 'contre'],
    prohibitingFrame: [
      'vous engagez à ne pas', `(?:il est )?interdit${L}`, 'ne (?:devez|pouvez|pourrez|pouvez pas) pas', 'pas (?:autorisée?s?|permise?s?)', `interdi${L}`, 'à ne pas',
      `(?:sont|est) proscrit${L}`,
    ],
    aboutDataOrUs: ['nous', 'notre', 'nos', 'votre', 'vos', 'données', 'informations', 'renseignements'],
    adFree: ['sans (?:publicités?|pubs?|pistage|traçage)', 'exempte? de publicités?', 'aucune publicité'],
    contactChannel: [
      'e-?mail', 'courriel', 'formulaire', 'page', 'lien', 'compte', 'messages? (?:direct|privé)', 'message', 'téléphone', 'profil', 'matrix', 'signal', 'adresse',
    ],
    asksToReach: [
      'contactez-nous', 'nous contacter', `contacter (?:l${A}|les )(?:équipe|admin${L}|modérat${L}|administrat${L})`, 'écrivez-nous', 'écrire à', 'nous écrire',
      `n${A}hésitez pas à nous (?:contacter|écrire|joindre)`, 'nous joindre', 'envoyez-nous', 'par (?:e-?mail|courriel) à', 'contact\\s*:', 'adressez-vous',
      'questions?[^.]{0,60}(?:contact|écri|courriel|mail|joindre)', 'joignable', 'vous pouvez (?:nous )?(?:contacter|joindre|écrire)',
    ],
    notServerBackups: [
      'codes? de (?:secours|récupération|sauvegarde)', 'vos propres sauvegardes', 'conserver une copie', `vous (?:devriez|pouvez|devez)[^.]{0,30}sauvegard${L}`,
      'vous êtes responsables? de',
      `télécharg${L}`, '(?:sauvegarde|copie) de vos ', 'import et export',
    ],
    infrequent: ['hebdomadaires?(?:ment)?', 'chaque (?:semaine|mois|année)', 'une fois par (?:semaine|mois|an)', `mensuel${L}`, `annuel${L}`, 'tous les (?:mois|ans)', 'toutes les semaines'],
    freqSubDaily: ['toutes les (?:heures|\\d+ heures)', 'chaque heure', 'plusieurs fois par jour', '(?:deux|trois|quatre) fois par jour', 'en continu', 'en temps réel'],
    freqDaily: ['quotidienne(?:s|ment)?', 'quotidiens?', 'journali(?:er|ère|ères|ers)', 'chaque (?:jour|nuit)', 'tous les jours', 'toutes les nuits', 'une fois par jour'],
    freqWeekly: ['hebdomadaires?(?:ment)?', 'chaque semaine', 'toutes les semaines', 'une fois par semaine'],
    freqMonthly: [`mensuel${L}`, 'chaque mois', 'tous les mois', 'une fois par mois'],
    freqYearly: [`annuel${L}`, 'chaque année', 'tous les ans', 'une fois par an'],
    sensitiveData: [
      `catégories? particulières?`, 'données sensibles', 'origine raciale ou ethnique', `données (?:concernant|révélant)`, 'données de santé', `biométrique${L}`,
    ],
    otherLogs: [`journaux? (?:de modération|d${A}audit|d${A}administration|d${A}activité)`, 'logs? de modération'],
    ageContext: [
      'âgée?s?', 'âge', 'ans', 'mineurs?', 'majeure?s?', 'majorité', 'enfants?', `adolescent${L}`, 'adultes?', `utilisat${L}`, 'comptes?', `s${A}inscrire`, 'inscription', 'rgpd',
      'doit avoir', 'devez avoir',
    ],
    jurisdiction: ['france', 'belgique', 'suisse', 'canada', 'québec', 'union européenne', 'rgpd', 'pays', 'droit', 'loi', 'législation', `résid${L}`],
    processing: [
      `partag${L}`, `trait${VERB_ENDINGS}`, 'traitement', `transmi${L}`, `transf[ée]r${L}`, `héberg${L}`, `stock${VERB_ENDINGS}`, 'stockage', `envoy${L}`, 'envoi', `fourni${L}`, `utilis${L}`, 'via', 'par',
      'au moyen', 'pour notre compte',
    ],
    withoutNotice: ['sans (?:aucun )?(?:préavis|avertissement|notification|information préalable|en informer)'],
    announced: [
      `annon[cç]${L}`, `notifi${L}`, `inform${L}`, `publi${L}`, 'post(?:erons|ons|ées?|és?) (?:les modifications|sur)', 'e-?mail', 'courriel', 'prévenir', `préviendr${L}`, 'avertir', `à l${A}avance`, 'historique des (?:modifications|versions)',
      'journal des modifications',
    ],
    monthName: ['(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)'],
    aboutAccounts: ['comptes?', `abonné${L}`, 'profils?', 'instances?', 'serveurs?'],
    sessionsShown: ['affichée?s?', 'listée?s?', `consult${L}`, 'visibles?', `révoqu${L}`, 'révocation', `déconnect${L}`],
    everyPeriod: ['chaque', 'tous les', 'toutes les', 'par', 'une fois par', 'au cours des (?:derniers|dernières)'],
    /** What ties a thing to the records that hold it ("journaux contenant les adresses IP"). */
    containing: ['contenant', `contien${L}`, 'incluant', 'inclu(?:ent|ant)', 'comprenant', `comprenn${L}`, 'avec', 'qui', 'dont', 'où figurent?'],
    beyondPeriod: ['plus longtemps', 'au-delà', 'plus de', 'après'],

    // --- reading data statements (collects-*, *-retention): who keeps which data, named where (see en.ts) ---
    otherActor: ["d['’]autres (?:instances|serveurs|sites|services)", 'les autres (?:instances|serveurs)', 'serveurs distants', 'instances distantes', 'leurs (?:administrateurs|responsables)'],
    notOurPractice: ['ne dépend pas de nous', 'décident (?:elles|eux)-mêmes', 'dépend de chaque'],
    hypothetical: ['si un jour', "à l['’]avenir", '\\p{L}+rions', '\\p{L}+raient', 'pourrait'],
    pointsBack: ['c(?:e|et|ette|es) \\p{L}+', 'il', 'elle', 'ils', 'elles', 'celle-ci', 'celui-ci', 'ceux-ci', 'celles-ci', "(?:nous|on) (?:la|le|les|l['’])"],
    retentionLabel: ['durée de (?:conservation|rétention)', 'conservée?s? pendant', 'combien de temps', 'conservation'],
    cleanedUp: ['nettoyée?s?', 'purgée?s?', 'dispara[iî]t'],
    requestRecords: ['journal des requêtes', 'journaux (?:des requêtes|applicatifs|techniques)', 'journaux du (?:proxy|serveur)'],
    passwordProtected: ['protégée?s? par (?:un )?mot de passe'],
    minimumBound: ['au moins', 'au minimum', 'minimum'],
    noAnswer: ['non', 'aucune?', 'jamais', '✗', '✘', '❌', '-'],
    loginEvent: ['connexions?', 'connecté(?:e|es|s)?', 'connectés? à votre compte', 'sessions?', 'authentifications?', 'tentatives? de connexion', 'identifications?'],
    countedFrom: ['(?:depuis|après) (?:la|votre|ta|sa|leur) dernière'],
    eventTime: ['dates?', 'heures?', 'horaires?', 'horodatages?', 'moment', 'quand', 'historiques?', 'listes?', 'journal', 'journaux', 'dernières?', 'passées?', 'précédentes?', 'échouées?', 'réussies?', 'durées?'],
    clientUsed: ['quel (?:client|navigateur|logiciel)', "l['’]application (?:utilisée|avec laquelle|depuis laquelle)", 'logiciel client', 'client utilisé'],
    holdsData: ['gard(?:ez|e|es|ent|er)', 'consign(?:é|ée|és|ées)', 'dans notre base de données', 'nous gardons (?:une )?trace', 'nous tenons (?:une|la) liste'],
    dataColumn: ['données?', 'finalités?', 'catégories?', 'informations?'],
    // --- reading prohibitions (rules/shared/prohibition.ts: scraping, AI training) ---
    prohibitionStated: [
      `(?:n${A}autoris|ne permett|ne tolér|n${A}accept)${L} (?:pas|aucun${L})`, `(?:personne|nul|aucun tiers) ne (?:peut|doit|pourra|est autorisé)`, 'pas (?:les )?bienvenue?s?',
      `constitue(?:nt)? une (?:violation|infraction)`, `(?:vous vous engagez|vous acceptez|l${A}utilisateur s${A}engage|vous vous interdisez) (?:à ne pas|de ne pas)`,
    ],
    automatedCollection: [
      `(?:collect|télécharg|archiv|aspir|extra|récupér|copi|index|moissonn|rassembl)${L} [^.;:]{0,60}?(?:à l${A}aide|au moyen|par le biais|par l${A}intermédiaire) (?:de |d${A})(?:scripts?|robots?|bots?|programmes?|outils? automatisés?|logiciels?|moyens automatisés)`,
      `(?:exploration|collecte|extraction|téléchargement|récupération|aspiration|copie|archivage) (?:automatisée?|automatique|systématique|massive?|en masse)`, `extracteurs?(?: web)?`,
    ],
    trainForAI: [
      `(?:à des fins|aux fins) (?:d${A}|de l${A}|de )?(?:apprentissage|entraînement|intelligence artificielle|ia|machine learning)`,
      `(?:servir|sert|servent|utilisée?s?|réutilisée?s?|destinée?s?) (?:à|pour) (?:l${A})?(?:apprentissage|entraînement)`,
    ],
    // --- covenant backups: a commitment, not a mention (issue 10) ---
    backupMade: [`(?:effectu|réalis|fai[ts]|faisons|conserv|stock|chiffr|gard|sauvegard|cré)${L}`, 'redondantes?'],
    serverCopied: [
      `copies? (?:complètes? )?(?:de la|des|du) (?:base de données|serveur|instance|fichiers)`, `(?:copi|répliqu|dupliqu|sauvegard)${L} (?:la base de données|le serveur|l${A}instance)`,
      `(?:base de données|serveur|instance)s? (?:\\p{L}+ ){0,3}?(?:copiée?s?|répliquée?s?|dupliquée?s?|sauvegardée?s?)`,
    ],
    notInPlace: [`esp[ée]r${L}`, `à l${A}avenir`, 'prévue?s?', 'pas encore', 'plus tard', 'ponctuelle', 'une seule fois', 'sauvegarde unique', `sans (?:sauvegarde${L})`],
    // --- covenant moderation (issue 10) ---
    moderationVerb: [`modér(?:ons|ez|er|ent|e|é|ée|ons)(?![\\p{L}])`],
    includesBack: [`cela (?:inclut|comprend|couvre)`, `(?:ceci|ce qui) (?:inclut|comprend)`, 'notamment', 'y compris', 'par exemple'],
    // --- covenant emergency access: more than one person with access to the server (issue 10) ---
    morePeople: [
      `(?:deux|trois|plusieurs|les deux)(?: \\p{L}+)? (?:personnes|admins?|administrat${L}|membres)`, 'nous sommes (?:deux|trois|plusieurs)', `(?:une autre|une seconde|une deuxième) personne`,
      `suppléant${L}`, `co-?admin${L}`, 'personnes? de confiance', `(?:en plus du|outre le) (?:propriétaire|administrat${L})`, 'une modératrice', 'un modérateur',
    ],
    serverAccess: [
      `accès (?:root |ssh |complet |administrateur )?(?:au|à l${A}|à la) ?(?:serveur|instance|hébergeur|hébergement|base de données)`, 'accès (?:root|ssh|complet)',
      `accéder (?:au|à l${A}) ?(?:serveur|instance|hébergeur)`, 'identifiants', 'prendre le relais',
    ],
    conditionStart: ['si', `s${A}il`, 'au cas où'],
    withoutNoticeCue: [`sans (?:\\p{L}+ ){0,5}?(?:préavis|avertissement|avertie?s?|prévenir|prévenue?s?|annonce|notification|informer|informée?s?)(?![\\p{L}])`],
    noPromise: ['aucune (?:garantie|promesse)', 'sans garantie', `ne (?:pouvons|peut|pouvons pas|peut pas) (?:pas )?(?:garantir|promettre)`],
    notAProhibition: [`pas (?:encore )?(?:décidé|tranché|déterminé)`, `(?:pas|guère) (?:empêcher|bloquer|contrôler)`, `aucun moyen d${A}empêcher`, 'sans garantie'],
    operatorsThemselves: [`(?:nous|les (?:admin|modérat|opérat)${L}|l${A}équipe)(?: (?:même|mêmes))? (?:ne|n${A})`],
    // --- what users should know: who does what (read by structure, not by phrase; see en.ts) ---
    notOffered: [
      `(?:n${A})?(?:est|sont) pas (?:encore )?(?:possible|disponibles?|prise? en charge|proposée?s?)`, `prévu${L}`, 'prévoyons', 'envisag\\p{L}*', `à l${A}avenir`, 'future version', 'plus tard',
      'en (?:cours de )?construction', 'en cours de (?:refonte|rédaction)', 'bientôt', 'si nous (?:devions|venions)',
    ],
    operatorParty: [STAFF, 'personnes qui (?:administrent|gèrent|hébergent)', 'ceux qui (?:administrent|gèrent)', 'administration'],
    accessVerb: ['lire', 'lisent', 'lu', 'lus', `consult${L}`, 'voir', 'voient', 'vus?', 'accès', 'accéder', 'visibles?', 'lisibles?'],
    possibility: [`peu(?:t|vent)`, `pourr${L}`, 'possible', 'techniquement', 'en mesure de', 'ont accès', 'a accès', 'avoir accès', 'y avoir accès'],
    directVisibility: ['[«"“] ?mentions? uniquement ?[»"”]', 'mentions? uniquement', 'visibilité [«"“]? ?(?:directe?|mentions)'],
    moveVerb: [`déplac${L}`, `transf[ée]r${L}`, `redirig${L}`, `redirect${L}`, `migr${L}`, `déménag${L}`, 'changement de serveur', 'changer de serveur'],
    newHome: [`(?:un|une|vers|l${A}|n${A}importe quel(?:le)?) ?(?:autre|nouvel(?:le)?|nouveau) (?:serveur|instance|compte)`, 'autre (?:serveur|instance)', 'nouveau compte', 'nouvelle adresse', `n${A}importe quel serveur`, 'changement de serveur'],
    deleteVerb: [`supprim${L}`, `suppression${L}`, `effac${L}`, `ferm${L}`, `clôtur${L}`, `résili${L}`],
    ownAccount: ['(?:votre|leur|ton|son|mon) compte', '[«"“] ?supprimer (?:mon|le|votre) compte ?[»"”]'],
    placeBefore: ['de', 'du', 'dans', 'sur', 'depuis', 'via'],
    userActs: ['(?:vous|tu) (?:pouvez|peux|avez le droit|êtes libres?)', `(?:les )?(?:utilisat${L}|membres|personnes inscrites|abonnés) (?:peuvent|ont le droit)`],
    userOwned: ['vos', 'votre', 'vous', 'leurs?', 'tes', 'ton', 'tu'],
    dataCopyForUser: ['lisible par (?:une )?machine', 'format structuré', `(?:transmettons|envoyons|fournissons|remettons) (?:l${A}ensemble|toutes?)`, `récupér${L} sous (?:forme|la forme)`],
    exportElsewhere: ['sauvegardes?', 'base de données', 'base sont', 'à des tiers', 'stockage externe', 'hors (?:de l[’\']ue|d[’\']europe)'],
    contactPlace: ['mentions légales', 'formulaire de contact', 'page (?:de )?contact', 'à propos'],
    contactDetails: ['formulaire de contact', 'page (?:de )?contact', 'coordonnées', 'informations de contact', 'adresse postale', 'joignables? (?:via|par|à|sur)'],
    contactMedium: ['courriel', 'e-?mail', 'mail', 'message', 'message direct'],
    contentRating: ['contenus? (?:pour|réservés? aux|destinés? aux) (?:adultes|majeurs|plus de)', 'contenus? (?:\\+|-)\\d+'],
    serverSubject: ['(?:notre|le|ce) serveur (?:a|est|sera|va)', '(?:notre|l[’\']|cette) ?instance (?:a|est|sera|va)'],
    adsOnly: ['publicités?', 'pubs?', 'sans publicité'],
    selling: [
      'vend(?:re|s|ons|ez|ent|u|ue|us|ues|rons|rions|ra|rait)', 'revend(?:re|s|ons|ez|ent|u|ue|us|ues|ra|rons)', 'vente', 'revente', 'lou(?:er|ons|ées?|és?)', `commercialis${L}`,
      `monétis${L}`, 'c[èé]d(?:er|ons|erons|é|ée|ées|és)', 'courtiers?',
    ],
    dataSale: ['vente de (?:vos |des |leurs )?données', 'commerce de (?:vos |des )?données'],
    practiceDenied: ["n['’]a jamais lieu", "n['’]est pas (?:quelque chose|une chose) que nous"],
    neverDoFrame: ['ne (?:ferons|faisons|ferions) jamais', 'ne (?:ferons|faisons) pas', `n${A}utilis(?:ons|erons) (?:jamais|pas) (?:vos|tes) données`, 'ne sont jamais utilisées'],
    answerNo: ['non', 'jamais'],
    serviceKind: ['hébergement', 'courriels?', 'envoi', 'stockage', 'cdn', 'traduction'],
    genericParty: ['tiers', 'prestataires?', 'sous-traitants?', 'partenaires?', 'fournisseurs? de services?'],
    followersServers: [`(?:serveurs|instances) de (?:vos|leurs|tes) abonné${L}`, 'tous les serveurs'],
    receivedKept: [`conserv${L}`, 'remis', 'reçu', `stocké${L}`, 'répliqué', `destinataires?`],
    // "d'autres serveurs" alone is also "to other servers" ("envoyées à d'autres serveurs"): coming from them takes a word of origin.
    fromElsewhere: [
      `(?:provenant|venant|en provenance|issu${L}|re[çc]u${L}|depuis|de la part) d${A}autres (?:serveurs|instances)`,
      `(?:comptes|messages|publications|contenus|médias|images|fichiers|profils) d${A}autres (?:serveurs|instances)`,
    ],
    atUsersRequest: ['(?:à|sur) (?:votre|ta|sa|leur) (?:propre )?(?:demande|instruction|initiative)', 'sur (?:vos|tes|ses|leurs) instructions', 'si vous (?:nous )?le demandez'],
    changeNotice: ['inform(?:er|ons|erons|erez|é|ée|és|ées)', `prévenu${L}`, `annonce${L}`, `publi${L}`, `épingl${L}`, 'par courriel', 'on vous le dira', 'vous le dirons', `notifi${L}`, 'au courant', `affich${L}`],
    changeVerb: [`modifi${L}`, `chang${L}`, 'mises? à jour', `mettr${L} à jour`, `révis${L}`],
    thisPolicy: ['(?:la |cette |notre )?(?:présente )?(?:politique|charte|conditions)', 'quelque chose ici'],
    datedPolicy: ['version du', 'en vigueur', 'mise à jour le', '(?:modifiée|révisée|adoptée) le', 'applicable à partir'],
    exchangeForValue: ['contre (?:rémunération|paiement|de l[’\']argent)'],
    accountWord: ['comptes?', `abonné${L}`, 'profils?'],
    // --- precision: who does what (issue 10, round 2; see en.ts) ---
    offerTakenBack: [`esp[ée]r${L}`, 'nous aimerions', `pas (?:autorisé${L}|permis${L})`],
    serverMoved: [`(?:migr|déplac|déménag|transf[ée]r)${L} (?:le|notre|ce) (?:serveur|site)`, `(?:migr|déplac|déménag|transf[ée]r)${L} (?:l${A}|notre |cette )instance`],
    thingsAge: [`(?:serveur|instance|site|communauté|projet)(?: [\\p{L}-]+){0,3}? (?:a eu|a fêté|fête|fêtera) (?:ses |son )?(?:\\d+|\\p{L}+) ans`],
    usersOwnBackup: [`sauvegardez (?:vos|régulièrement|vous-même)`],
    backupsNotMade: [`pas (?:encore )?(?:activé${L}|mis en place)`],
    exportToService: [`(?:vers|à) (?:notre|nos|un|une|le|la|des) (?:\\p{L}+ )?(?:prestataire|fournisseur|partenaire|cdn|sous-traitant)${L}`],
    cannotPrevent: ['(?:pas|guère) (?:\\p{L}+ ){1,2}(?:empêcher|bloquer|contrôler)'],
    dataAboutParty: ['(?:concernant|sur|à propos) d(?:es|e) tiers', 'données (?:personnelles )?(?:de|des) tiers', `(?:concernant|sur) d${A}autres personnes`],
    providerChange: [`(?:chang|migr|déménag|pass)${L} (?:chez|vers|à) (?:un|une) (?:autre|nouvel|nouveau|nouvelle) (?:hébergeur|prestataire|fournisseur)${L}`, `changer d${A}hébergeur`],
    withoutPeriodNotice: [`sans (?:[\\p{L}’']+ ){1,6}?(?:préavis|avertissement|annonce)`],
    buildModels: [`(?:développ|amélior|constru|cré)${L} (?:de |des |les |d${A})?(?:modèles|ia|intelligences? artificielles?)`, `(?:développement|amélioration|construction) (?:de |des |d${A})(?:modèles|ia|intelligences?)`, `pour l${A}apprentissage (?:automatique|profond)`],
  },
  caseSensitive: {
    ai: ['IA', 'IA génératives?'],
    topicAI: ['IA'],
    directMessage: ['MPs?'],
    jurisdiction: ['UE', 'EEE'],
  },
  negationBefore: [
    'ne', `n${A}\\p{L}+`, 'pas', 'jamais', 'aucun(?:e|s|es)?', 'sans', 'ni', 'rien', 'nul(?:le)?', 'non(?=\\s)', 'nullement', 'aucunement', 'interdi(?:t|te|ts|tes|sons)', 'contre',
  ],
  negationAfter: ['pas', 'jamais', 'aucunement', 'nullement'],
  notNegating: [
    'pas plus (?:de|que|longtemps que)', `(?:jamais|pas) (?:\\p{L}+ )?(?:plus (?:de|longtemps)|au-delà)`, `n${A}importe`, `n${A}excéd\\p{L}* pas`, 'ne dépass\\p{L}* pas', 'pas seulement', 'non seulement', 'pas uniquement', `n${A}hésitez pas`, `n${A}hésite(?:z|s)? pas`,
    'sans (?:limitation|que cette liste soit)', 'ou non', 'si non', 'ne \\p{L}+ plus (?:nécessaires?|utiles?)', `ne (?:(?!pas |jamais |rien |aucun|personne |plus )[\\p{L}’'-]+ ){1,5}?(?:que|qu${A}\\p{L}+)`,
    `n${A}[\\p{L}-]+ (?:(?!pas |jamais |rien |aucun|personne |plus )[\\p{L}-]+ ){0,4}?(?:que|qu${A}\\p{L}+)`,
  ],
  clauseBreaks: [
    ' mais ', ' sauf ', ' sinon ', ' car ', ' qui ', ' lorsque ', ' lorsqu’', " lorsqu'", ' tandis que ', ' bien que ', ' afin ', ' parce que ', ' puisque ', ' alors que ', ' cependant',
    ' toutefois', ' et ',
  ],
  numberWords: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
    vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, 'soixante-dix': 70, 'quatre-vingt': 80, 'quatre-vingts': 80, 'quatre-vingt-dix': 90, cent: 100, cents: 100,
    'quelques': 3, plusieurs: 3, demi: 0.5, 'un demi': 0.5, 'une demi': 0.5, douzaine: 12,
  },
  durationUnits: [
    ['secondes?', 1 / 86400], ['heures?', 1 / 24],
    // "Si l'instance ferme un jour, vous..." is "someday", not a period of one day.
    [`jour(?!,? (?:vous|nous|on|ou l${A}autre)(?!\\p{L}))|jours|j`, 1],
    ['semaines?', 7], ['quinzaines?', 14], ['mois', 30], ['trimestres?', 91], ['semestres?', 182], ['ans?|années?', 365],
  ],
  agePatterns: [
    '(?:au moins|minimum|moins de|âgée?s? de|âgée?s? de plus de|avoir|dès|à partir de)\\s+{N}\\s*ans', '{N}\\s*ans (?:ou plus|et plus|minimum|révolus|au moins|minimum)',
    `âge(?: (?:minimum|minimal|requis|légal|limite))?(?: (?:est|fixé))?(?: (?:de|à))?\\s*:?\\s*{N}`,
    // A table row "Âge minimum | 15 ans".
    'âge minim(?:um|al)[^.\\d]{0,30}?(?=\\d){N}',
  ],
  stopWords: [
    'le', 'les', 'des', 'du', 'et', 'est', 'nous', 'vous', 'votre', 'vos', 'notre', 'nos', 'pour', 'dans', 'sur', 'pas', 'ne', 'au', 'aux', 'qui', 'une', 'ces', 'cette', 'sont',
    'être', 'avec', 'sans', 'leur', 'leurs', 'peut', 'il', 'elle', 'ils', 'mais', 'aussi', 'tout', 'tous', 'ont', 'été',
  ],
  abbreviations: ['cf', 'ex', 'env', 'etc', 'mme', 'mlle', 'art', 'p', 'n°', 'resp', 'max', 'min'],
  periodUnits: { day: ['jour', 'jours'], month: ['mois', 'mois'], year: ['an', 'ans'] },
  frequencyWords: {
    daily: 'chaque jour', nightly: 'chaque nuit', hourly: 'toutes les heures', weekly: 'chaque semaine', monthly: 'chaque mois', continuously: 'en continu',
    'twice a day': 'deux fois par jour', 'every day': 'chaque jour', 'every night': 'chaque nuit', 'every hour': 'toutes les heures', 'every week': 'chaque semaine',
  },
  topicTitles: {
    topicCollect: 'Données que nous collectons', topicRetention: 'Durée de conservation', topicSecurity: 'Comment nous protégeons vos données', topicRights: 'Vos droits',
    topicSharing: 'Partage et fédération', topicUse: 'Utilisation de vos données', topicRules: 'Règles du serveur', topicOperations: 'Fonctionnement du serveur',
    topicAI: 'Moissonnage et entraînement d’IA', topicContact: 'Contact', topicChanges: 'Modifications de cette politique', topicAge: 'Âge minimum', topicMessages: 'Messages privés',
  },
};
