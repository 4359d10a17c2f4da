// German vocabulary: the same concepts as en.ts, in the words German privacy
// policies (Datenschutzerklärungen under the DSGVO), Nutzungsbedingungen and
// server rules use. German glues words into compounds ("IP-Adresse",
// "Speicherdauer", "Datensicherung") and puts "nicht" after the verb ("wir
// speichern sie nicht"), so alternatives list the compounds and their case
// endings, and "nicht" negates both ways. `\p{L}` (not `\w`) spans umlauts.
// Words that are also common English words ("die", "an", "will") stay out of
// the concepts: every language's words run on every text.
import type { LanguageVocabulary } from './types';

const L = '\\p{L}*';
/** Admins, moderators and operators, with gender-inclusive endings ("Admin:innen", "Betreiber*innen"). */
const STAFF = `(?:admin|administrator|moderator|betreiber|serverbetreiber|instanzbetreiber)${L}(?:[:*_/]innen)?`;
/** "geben ... weiter": a separable verb, its particle at the end of the clause. */
const PASS_ON = '(?:geben|gibt|gebe) (?:[\\p{L}-]+ ){0,6}?weiter';
/** A filler word that is not a negation ("dein Konto jederzeit löschen", not "dein Konto nicht löschen"). */
const NOT_NEGATION = '(?!(?:nicht|nie|niemals|kein\\p{L}*)(?![\\p{L}]))';
/** Reading others' messages, and being able to. */
const READ = '(?:lesen|einsehen|ansehen|anschauen|sehen|mitlesen)';
const MAY = '(?:können|könnten|kann|könnte)';
/** Whose consent: "ohne (die) ausdrückliche Einwilligung". */
const CONSENT = '(?:(?:unsere|unserer|meine|meiner|die|der|deren|ihre|ihrer|deine|deiner|ausdrückliche|ausdrücklichen|vorherige|vorherigen|schriftliche|schriftlichen|explizite|expliziten|informierte|informierten)\\s+){0,3}(?:zustimmung|einwilligung|erlaubnis|genehmigung)';

export const de: LanguageVocabulary = {
  language: 'de',
  name: 'German',
  concepts: {
    // --- data ---
    email: ['e-?mail-?adress(?:e|en)', 'mail-?adress(?:e|en)', 'e-?mail-?konto', 'elektronische[rn]? post'],
    username: [
      '(?:be)?nutzer-?namen?s?', 'user-?namen?s?', 'account-?namen?s?', 'konto-?namen?s?', 'anmelde-?namen?s?', 'login-?namen?s?', 'spitznamen?s?',
      '(?:be)?nutzer-?(?:kennung|id)(?:en|s)?', 'benutzerkennung(?:en)?',
    ],
    password: ['passw(?:ort|örter)(?:n|es|s)?', 'kennw(?:ort|örter)(?:n|es|s)?', 'passwort-?hash(?:es|werte?)?', 'passphrasen?'],
    ip: ['ip(?:v[46])?-?adress(?:e|en)', 'ip-nummer(?:n)?', 'internet-?protokoll-?adress(?:e|en)'],
    userAgent: [
      'user-?agent(?:s|-string)?', 'browser-?(?:typ|version|kennung|informationen|angaben|name|daten)(?:en|s)?',
      '(?:verwendete[rnms]?|genutzte[rnms]?|eingesetzte[rnms]?|benutzte[rnms]?) (?:web-?)?(?:browser|betriebssystem|endgerät|app)(?:s|es)?',
      '(?:typ|art|namen?|version) (?:und version )?(?:des|deines|ihres|eures) (?:web-?)?browsers', `browser-?anwendung(?:en)?`, 'betriebssystem(?:e|s|en)?',
      'gerätetyp(?:en|s)?', 'geräte-?informationen', 'client-?software', 'name (?:der|deiner|ihrer) app',
    ],
    loginHistory: [
      `(?:anmelde|login|einlogg)-?(?:zeitpunkt|zeit|historie|verlauf|protokoll)${L}`, 'zeitpunkte? (?:der|deiner|ihrer|eurer) (?:letzten )?(?:anmeldung|anmeldungen|logins?)',
      'letzte[rn]? (?:anmeldung(?:en)?|logins?)', `(?:sitzungs|session)-?(?:daten|informationen|verlauf|historie|token|liste)${L}`, '(?:aktive|angemeldete|offene|laufende)[n]? sitzungen',
      'sitzungen (?:werden|sind) (?:angezeigt|aufgelistet|einsehbar)', 'wann (?:du dich|sie sich|ihr euch) (?:zuletzt )?(?:angemeldet|eingeloggt)',
      '(?:liste|verlauf|historie|zeitpunkte) (?:deiner|ihrer|eurer|der) (?:anmeldungen|logins)',
    ],
    serverLogs: [
      `(?:server|webserver|zugriffs|access|system|fehler|verbindungs|http)-?(?:logs?|logfiles?|log-?dateien|protokoll(?:e|en|dateien)?)`,
      'logfiles?', 'log-?dateien', 'protokoll-?dateien', 'protokolldaten', 'zugriffsdaten', 'log-?einträge?n?', 'protokollierung', 'logs',
    ],
    dateOfBirth: [
      'geburtsdat(?:um|en|ums)', 'geburtstag(?:e|s|es)?', 'geburtsjahr(?:e|s|es)?', `alters-?(?:verifikation|verifizierung|prüfung|überprüfung|nachweis|kontrolle)${L}`,
      '(?:dein|ihr|euer) alter (?:bestätigen|nachweisen|prüfen|überprüfen|verifizieren)',
    ],
    posts: [
      'beitr(?:ag|ags|ages|äge|ägen)', 'posts?', 'postings?', 'tröts?', 'tröte?n?', 'toots?', 'statusmeldung(?:en)?', 'status-?updates?', 'veröffentlichung(?:en)?',
      `inhalte, die (?:du|sie|ihr) (?:veröffentlich|post|teil|erstell|hochl)${L}`,
    ],
    media: [
      'medien(?:dateien|anhänge)?', 'mediendatei(?:en)?', 'bild(?:er|ern|es|s)?', 'fotos?', 'videos?', 'audio(?:dateien)?', 'anh(?:ang|angs|änge|ängen)',
      'dateianh(?:ang|änge|ängen)', 'hochgeladene[n]? dateien', 'profilbild(?:er|es|s)?', 'avatare?', 'titelbild(?:er|es|s)?', 'header-?bild(?:er|es|s)?',
    ],
    follows: [
      'follower(?:n|s|innen)?', 'gefolgte[n]? (?:konten|accounts|profile)', '(?:wem|denen) (?:du|sie|ihr) folg(?:st|en|t)', 'wer (?:dir|ihnen|euch) folgt', 'abonnent(?:en|innen)?',
      'abonnements?', `folge-?liste${L}`, 'soziale[rns]? graph(?:en)?', 'folgen und (?:entfolgen|gefolgt werden)',
    ],
    favourites: ['favorit(?:en)?', `favorisier${L}`, 'favs?', 'likes?', 'gefällt-mir(?:-angaben)?', 'boosts?', `geboostet${L}`, 'boosten', 'reblogs?', 'reaktion(?:en)?', 'sternchen'],
    bookmarks: ['lesezeichen'],
    lists: ['listen', 'liste(?:n)? (?:von konten|die du erstellst)'],
    blocks: ['blockierung(?:en)?', `blockiert${L} (?:konten|accounts|nutzer${L}|domains?)`, `blockliste${L}`, 'domain-?blocks?', 'domain-?sperr(?:e|en)'],
    mutes: ['stummschaltung(?:en)?', `stummgeschaltet${L} (?:konten|accounts|nutzer${L}|wörter)`, 'ausgeblendete[n]? (?:konten|wörter)'],
    notes: ['(?:private|persönliche)[n]? notiz(?:en)?', 'notiz(?:en)? (?:zu|über) (?:anderen )?(?:konten|accounts|profilen|nutzer\\p{L}*)'],
    userContent: [
      `profil-?(?:informationen|daten|felder|angaben)${L}`, 'profilinformation(?:en|sfelder)?', 'biografie', 'biographie', 'anzeigenamen?s?',
      `(?:inhalte|daten|informationen), die (?:du|sie|ihr) (?:veröffentlich|teil|hochl|post|angib|eingib|bereitstell)${L}`,
    ],

    // --- section topics ---
    topicCollect: [
      'welche (?:daten|informationen) (?:wir )?(?:erheben|sammeln|verarbeiten|speichern)', 'erhobene[n]? daten', 'erhebung (?:von|der|personenbezogener) daten', 'datenerhebung',
      'datenverarbeitung', 'verarbeitung (?:von|der|personenbezogener|deiner|ihrer) (?:personenbezogenen )?daten', 'personenbezogene[n]? daten', 'gesammelte[n]? daten',
      'account-?daten', 'kontodaten', 'welche (?:informationen|daten)', 'art(?:en)? (?:der|von) daten', 'registrierung',
    ],
    topicRetention: ['speicherdauer', `aufbewahrung${L}`, `speicherfrist${L}`, `löschfrist${L}`, 'löschung', 'wie lange', 'dauer der speicherung', 'speicherung', 'datenspeicherung', 'logs?'],
    topicSecurity: ['sicherheit', 'datensicherheit', 'schutz (?:deiner|ihrer|eurer|der) daten', 'technische und organisatorische maßnahmen', 'verschlüsselung'],
    topicRights: ['(?:deine|ihre|eure) rechte', 'rechte', 'betroffenenrechte', 'rechte der betroffenen', '(?:dein|ihr|euer) (?:konto|account)', 'kontolöschung', 'kontoverwaltung', 'auskunft'],
    topicSharing: [
      'weitergabe', 'empfänger', 'dritte', 'drittanbieter', `f(?:ö|oe)r?derat${L}`, `f(?:ö|oe)r?derier${L}`, 'wer hat zugriff', `auftragsverarbeit${L}`, 'übermittlung',
      `drittland${L}`, 'dienstleister',
    ],
    topicUse: ['wie wir (?:deine|ihre|eure|die) (?:daten|informationen) (?:verwenden|nutzen)', 'verwendung (?:deiner|ihrer|eurer|der) (?:daten|informationen)', 'nutzung (?:deiner|ihrer|der) daten', 'zweck(?:e)?', 'wofür'],
    topicRules: ['regeln', 'serverregeln', 'hausregeln', 'verhaltensregeln', 'verhaltenskodex', 'moderation', 'richtlinien', 'inhaltsrichtlinien', 'community-?richtlinien', 'netiquette', 'verbotene inhalte', 'nutzungsregeln'],
    topicOperations: [
      'betrieb', 'serverbetrieb', 'administration', 'covenant', 'datensicherung(?:en)?', 'backups?', 'verfügbarkeit', 'über (?:diesen|den|unseren) server', 'über (?:diese|die|unsere) instanz',
      'einstellung des (?:betriebs|dienstes)', 'schließung', 'abschaltung',
    ],
    topicAI: ['scraping', 'künstliche intelligenz', 'maschinelles lernen', `automatisierte[rns]? (?:zugriff|nutzung|erfassung|abruf)${L}`, 'bots?', 'crawler', 'text- und data-?mining', 'verbotene nutzung'],
    topicContact: ['kontakt(?:e|ieren|daten)?', 'fragen', 'impressum', `ansprechpartner${L}`, 'verantwortliche[rn]?', 'erreichbarkeit'],
    topicChanges: ['änderungen', 'aktualisierung(?:en)?', 'aktualität', 'überarbeitung', `änderung(?:en)? (?:dieser|der) (?:datenschutz${L}|bestimmungen|richtlinie|regeln)`],
    topicAge: ['alter', 'mindestalter', 'altersgrenze', 'kinder', 'minderjährige', 'jugendliche', 'jugendschutz', 'wer (?:kann|darf) (?:sich )?(?:registrieren|anmelden|beitreten|mitmachen)'],
    topicMessages: ['direktnachrichten', 'private nachrichten', 'private erwähnungen', 'privatnachrichten'],

    // --- actions ---
    collect: [
      `erheb${L}`, `erhob${L}`, `sammel${L}`, `sammle${L}`, `gesammelt${L}`, `speicher${L}`, `gespeichert${L}`, `verarbeit${L}`, `erfass${L}`, `protokollier${L}`,
      'aufgezeichnet', `aufzeichn${L}`, 'erhalten', `empfang${L}`, `übermittel${L}`, `übermittl${L}`, `übertrag${L}`, 'überträgt', `angegeben${L}`, 'angeben', 'angabe',
      'eingegeben', 'eingeben', `benötig${L}`, `erforderlich${L}`, `abgefragt${L}`, `registrier${L}`, `personenbezogen${L}`, `hinterleg${L}`, `aufbewahr${L}`, 'bewahr(?:en|t|e)', 'geloggt', 'loggen',
      `umfass${L}`, 'enthält', 'enthalten', `beinhalte${L}`, 'dazu (?:gehören|zählen)', 'daten(?:verarbeitung|speicherung|erhebung|erfassung)', 'mitgesendet', 'mitsendet', 'mitgeschickt',
      'zugriff (?:auf|haben)',
      // The separable verb around its object: "zeichnet die IP-Adressen auf".
      `zeichne(?:t|n|te|ten) (?:[\\p{L}\\p{N}-]+ ){1,8}?auf(?=\\s*(?:[,.;:!?]|$))`,
    ],
    retain: [
      `speicher${L}`, `gespeichert${L}`, `aufbewahr${L}`, 'bewahr(?:en|t|e)', 'behalten', 'vorgehalten', 'vorhalten', `lösch${L}`, `gelöscht${L}`, `anonymisier${L}`, `entfern${L}`,
      `vernicht${L}`, 'überschrieben', `rotier${L}`, 'verworfen', `verfall${L}`, 'verfügbar', `archivier${L}`, 'protokolliert', `verbleib${L}`, 'bleiben', 'bleibt', 'aufgehoben',
      'geloggt', 'existier(?:en|t)',
    ],
    deletePhrase: [`lösch${L}`, `gelöscht${L}`, `anonymisier${L}`, `entfern${L}`, `vernicht${L}`, 'überschrieben', `rotier${L}`, 'verworfen'],
    vaguePeriod: [
      'so lange (?:wie )?(?:es )?(?:nötig|notwendig|erforderlich|benötigt)(?: ist)?', `solange (?:es|dies|das|sie|diese) (?:für \\p{L}+ \\p{L}+ )?(?:nötig|notwendig|erforderlich|benötigt)${L}`,
      'solange (?:dein|ihr|euer) (?:konto|account|nutzerkonto|benutzerkonto) (?:besteht|existiert)',
      'für (?:einen|eine) (?:angemessene[n]?|begrenzte[n]?|bestimmte[n]?|kurze[n]?) (?:zeitraum|zeit|dauer)', 'angemessene[n]? (?:zeitraum|zeit|frist)', 'unbegrenzt', 'unbefristet',
      'auf unbestimmte zeit', 'für immer', 'dauerhaft', 'vorübergehend', 'zeitweise', 'nur so lange', 'nicht länger als (?:nötig|notwendig|erforderlich)',
      'im rahmen der gesetzlichen (?:aufbewahrungs)?fristen', 'wie gesetzlich (?:vorgeschrieben|erforderlich)',
      'sobald (?:sie|diese|die daten)[^.]{0,60}? nicht mehr (?:erforderlich|benötigt|notwendig|nötig)',
    ],

    // --- covenant ---
    moderate: [
      `moderier${L}`, 'moderation', `moderator${L}`, 'nicht (?:toleriert|geduldet|erlaubt|gestattet|erwünscht|akzeptiert|willkommen)', 'kein platz für', 'null-?toleranz',
      `verbot${L}`, 'verboten', `untersag${L}`, `unzulässig${L}`, `sperr${L}`, 'gesperrt', 'gelöscht', `entfern${L}`, 'melden', 'meldung', 'regeln?', 'gegen (?:die|unsere) regeln',
      'nicht', `kein${L}`, 'niemals', `verstoß${L}`, 'verstöße',
      'haben hier nichts (?:zu suchen|verloren)', `(?:geh${L}|vorgeh${L}|vor) (?:\\p{L}+ )?gegen`,
    ],
    racism: [`rassis${L}`, 'rasse', `ethni${L}`, 'herkunft', 'nationalität', `fremdenfeindlich${L}`, `xenophob${L}`, `antisemit${L}`, `islamfeindlich${L}`, `muslimfeindlich${L}`, `antiziganis${L}`, 'hautfarbe'],
    sexism: [`sexis${L}`, `misogyn${L}`, `frauenfeindlich${L}`, 'frauenhass', `geschlecht${L}`],
    homophobia: [
      `homophob${L}`, `homofeindlich${L}`, `queerfeindlich${L}`, `queerphob${L}`, 'sexuelle[rn]? orientierung', 'sexuelle[rn]? identität', `lgbt\\p{L}*-?feindlich${L}`,
      `biphob${L}`, `lesbenfeindlich${L}`, `sexuelle[rn]? minderheit${L}`, 'homo-(?= (?:und|oder) trans)',
    ],
    transphobia: [
      `transphob${L}`, `trans\\*?-?feindlich${L}`, 'geschlechtsidentität', 'geschlechtliche[rn]? identität', 'geschlechtsausdruck', `misgender${L}`, `deadnam${L}`, `enbyphob${L}`,
      `geschlechtliche[rn]? minderheit${L}`,
    ],
    backup: [
      '(?:wird|werden) (?:täglich|nächtlich|stündlich|regelmäßig|wöchentlich|jede nacht|automatisch|verschlüsselt|zusätzlich)(?: \\p{L}+){0,2}? gesichert',
      'backups?', `datensicherung${L}`, `sicherungs-?kopie${L}`, `datenbank-?sicherung${L}`, `datenbank-?backup${L}`, `backup-?server${L}`],
    frequency: [
      `täglich${L}`, 'jeden tag', 'einmal (?:am|pro) tag', 'pro tag', `nächtlich${L}`, 'jede nacht', `stündlich${L}`, 'jede stunde', 'kontinuierlich', 'laufend', 'in echtzeit',
      'alle \\d+ stunden', 'mehrmals (?:täglich|am tag)', 'zweimal täglich', `wöchentlich${L}`, 'jede woche', 'einmal (?:pro|die|in der) woche', `monatlich${L}`, 'jeden monat',
      `jährlich${L}`, `regelmäßig${L}`, `automatisch${L}`,
    ],
    emergencyAccess: [
      `notfall-?(?:zugriff|zugang)${L}`, 'zugriff im notfall', 'bus-?faktor', `(?:eine[nr]? )?zweite[nr]? (?:admin|administrator)${L}(?:[:*_]innen)?`, `backup-?admin${L}`,
      '(?:falls|wenn|sollte) (?:mir|uns|dem admin|der admin|den admins) (?:etwas|einmal etwas) (?:zustößt|zustoßen|passiert|passieren)',
      `(?:co-?)?admin${L} (?:kann|können|könnte|könnten) (?:den betrieb |die instanz |den server )?übernehmen`,
    ],
    otherPerson: [
      `(?:eine|einer|einem|ein) weitere[nr]? (?:person|vertrauensperson|admin${L}|administrator${L}|moderator${L}|teammitglied)`, `andere (?:personen|admins|administrator${L}|teammitglieder)`,
      'mehr als eine person', `mehrere (?:personen|admins|administrator${L}|leute)`, `mindestens (?:zwei|eine weitere) (?:personen|person|admins?|administrator${L})`, 'vertrauensperson(?:en)?', 'im notfall', 'in notfällen',
    ],
    access: [
      'zugriff auf (?:den|die|das) (?:server|instanz|infrastruktur|hosting|datenbank|backups|sicherungen)', '(?:zugangsdaten|schlüssel) (?:zum|für den|für die) (?:server|instanz|infrastruktur)',
      '(?:den betrieb|die administration|die verwaltung|die instanz|den server)(?: \\p{L}+)? übernehmen', 'einspringen',
      'den server (?:weiter )?betreiben', `weiterbetreib${L}`, `weiterführ${L}`, 'administrieren', 'am laufen halten', 'zugang (?:zum|zur|zu den) (?:server|instanz|infrastruktur)',
    ],
    shutdown: [
      `abschalt${L}`, 'abgeschaltet', '(?:schalten|schalte|schaltet) (?:den|unseren|diesen|die|unsere|diese) (?:server|dienst|instanz)', `schließung (?:des|der|dieses|dieser|unseres|unserer) (?:servers|dienstes|instanz|plattform|angebots)`,
      `(?:server|dienst|instanz|plattform|angebot)${L} (?:\\p{L}+ ){0,2}(?:schließen|geschlossen)`, '(?:den|diesen|unseren) (?:server|dienst) (?:schließen|einstellen|abschalten|beenden)',
      '(?:die|diese|unsere) instanz (?:schließen|einstellen|abschalten|beenden)', 'einstellung (?:des|unseres) (?:betriebs|dienstes|servers)', `betrieb (?:einstell${L}|eingestellt)`,
      'stilllegung', 'stillgelegt', 'vom netz (?:gehen|geht|nehmen|nimmt|genommen)', 'offline gehen', 'ende (?:des|der) (?:servers|dienstes|instanz)', 'aufgelöst',
      `(?:server|dienst|instanz|betrieb|plattform)${L} (?:\\p{L}+ ){0,3}?(?:eingestellt|einstellen|abgeschaltet|abschalten|geschlossen|schließen|stillgelegt|aufgeben|aufgegeben)`,
    ],
    notice: [
      `ankündig${L}`, 'angekündigt', `benachrichtig${L}`, `informier${L}`, `vorwarn${L}`, `vorlauf${L}`, 'im voraus', 'vorab', 'vorher', 'rechtzeitig', 'frühzeitig', 'bekannt ?geben',
      'bekanntgabe', `mitteil${L}`, 'hinweis', 'frist', 'kündigungsfrist',
      `vorankündig${L}`, `(?:erfahrt|erfahren|erfährst) (?:ihr|sie|du) (?:das|es|davon)`,
    ],

    // --- AI and scraping ---
    ai: [
      'künstliche[rn]? intelligenz', `maschinelle[sn]? lernen${L}`, `sprachmodell${L}`, 'llms?', 'generative[rn]?', `neuronale[rn]? netz${L}`, 'modell(?:e|en|s)?', 'deep learning',
      'chatbots?', `ki-\\p{L}+`,
    ],
    train: [`(?:für|zum|zur) (?:das |die )?(?:maschinelle[sn]? lernen|ki-?(?:training|zwecke|entwicklung)${L}|künstliche intelligenz)`, `train${L}`, `trainingsdaten${L}`, `fine-?tun${L}`, `feinabstimm${L}`, 'datensätze?n?', 'datensatz', `einspeis${L}`, 'füttern', 'gefüttert', `entwicklung von (?:ki|modellen)${L}`],
    scrape: [
      `scrap${L}`, `crawl${L}`, `spider${L}`, `abgreif${L}`, 'abgegriffen', `absaug${L}`, 'abgesaugt', 'data-?mining', 'text- und data-?mining',
      `massenhaft${L}`, `massen-?(?:download|abruf|abfrage|export)${L}`,
      `automatisiert${L} (?:abruf${L}|erfass${L}|sammel${L}|zugriff${L}|download${L}|auslesen|abfrage${L}|herunterladen|extrahier${L}|gesammelt|ausgelesen)`,
      'automatisch (?:sammeln|herunterladen|auslesen|erfassen|abrufen|extrahieren)', 'bots? (?:zum|zur|die|um)', 'robots?', `archivier${L} (?:von )?(?:inhalten|beiträgen|daten)`,
      `(?:massenhaft|systematisch|automatisiert|automatisch)${L} (?:indexier|indizier|extrahier|auslesen|ausgelesen)${L}`, `(?:daten|inhalte|beiträge) (?:zu )?extrahier${L}`,
      `automatisierte[rn]? (?:mittel|werkzeuge|tools|programme|skripte)${L}`, `im großen stil (?:indexier|indizier|archivier|herunterlad)${L}`,
    ],
    prohibit: [
      `verbot${L}`, 'verboten', `untersag${L}`, 'nicht (?:erlaubt|gestattet|zulässig|toleriert|geduldet|autorisiert)', `unzulässig${L}`, `unerlaubt${L}`, `unautorisiert${L}`, `unbefugt${L}`,
      '(?:darf|dürfen|darfst|dürft) nicht', 'nicht', `kein${L}`, 'niemals', `(?:ohne|nur mit|bedarf|erfordert|bedürfen|setzt)\\s+${CONSENT}`, 'opt-?in', `unterlass${L}`, `einschränk${L}`,
      `widersprech${L}`, 'widerspruch', `blockier${L}`, `sperr${L}`, 'ausgeschlossen', 'gegen',
    ],

    // --- what users should know ---
    directMessage: [
      'direktnachricht(?:en)?', 'direkte[n]? nachricht(?:en)?', 'private[n]? nachricht(?:en)?', 'private[n]? erwähnung(?:en)?', 'private[n]? beitr(?:ag|äge|ägen)',
      'persönliche[n]? nachricht(?:en)?', 'privatnachricht(?:en)?', `nur (?:für |an )?(?:die )?erwähnte[n]? (?:personen|nutzer${L}|benutzer${L}|konten|user|accounts)`,
      'nicht-?öffentliche[n]? (?:beitr(?:ag|äge|ägen)|nachricht(?:en)?|kommunikation)', 'direkt-?beitr(?:ag|äge|ägen)', 'direkte[n]? beitr(?:ag|äge|ägen)',
    ],
    unencrypted: [`unverschlüsselt${L}`, 'im klartext', 'in klartext'],
    encrypted: [`ende-?zu-?ende-?verschlüssel${L}`, `verschlüssel${L}`, 'e2ee?'],
    operatorsRead: [
      `${STAFF}(?: (?:des|der|dieses|dieser|anderer|beteiligter|empfangender|fremder) [\\p{L}-]+)? (?:können|könnten|kann|dürfen|haben (?:technisch )?(?:zugriff|einblick))`,
      `(?:können|kann|könnten) (?:technisch )?von (?:den |der |dem )?${STAFF}`, `von (?:den |der |dem )?${STAFF}(?: [\\p{L}-]+)? (?:gelesen|eingesehen|gesehen)`,
      `(?:einsehbar|lesbar|sichtbar|zugänglich) für (?:die |den )?${STAFF}`, 'nicht (?:als )?(?:privat|sicher|vertraulich) (?:betrachtet|angesehen|behandelt)',
      `${STAFF}(?: (?!${READ})[\\p{L}*:_/,-]+){0,12} ${READ} ${MAY}`, `${STAFF}(?: (?!${MAY})[\\p{L}*:_/,-]+){0,8} ${MAY}`,
      '(?:teile|teilt|teilen sie) (?:dort |darin |hier )?keine (?:sensiblen|vertraulichen|gefährlichen)', 'keine (?:sensiblen|vertraulichen) (?:informationen|daten) (?:teilen|versenden|senden)',
    ],
    federation: [
      `f(?:ö|oe)r?derat${L}`, `f(?:ö|oe)r?derier${L}`, 'fediversum', 'andere[rn]? (?:server|servern|instanzen|seiten)', 'entfernte[rn]? (?:server|servern|instanzen)',
      `empfangende[rn]? server${L}`, 'fremde[rn]? (?:server|servern|instanzen)', 'externe[rn]? (?:server|servern|instanzen)', 'jede[rnm]? server', 'deren server(?:n)?',
      'server(?:n)? (?:anderer|dritter)', 'außerhalb (?:unseres|dieses) servers', 'außerhalb (?:unserer|dieser) instanz',
    ],
    deliveredCopied: [
      'zugestellt', `zustell${L}`, `${PASS_ON}`, `kopier${L}`, 'kopie(?:n)?', 'gesendet', 'gesandt', 'send(?:en|et)', `versend${L}`, 'verschickt', `übermittel${L}`, `übertrag${L}`, 'geteilt',
      'teil(?:en|t)', `verbreit${L}`, `weitergeb${L}`, 'weitergegeben', 'weitergeleitet', 'gespeichert', 'zwischengespeichert', `replizier${L}`, `verteil${L}`, 'ausgeliefert',
      'erscheinen', `erreich${L}`, `f(?:ö|oe)r?deriert${L}`, 'außerhalb unserer kontrolle', 'nicht kontrollieren',
    ],
    dataExport: [
      `export${L}`, 'datenexport', '(?:ein |eine )?(?:archiv|kopie) (?:deiner|ihrer|eurer|aller) (?:daten|beiträge|inhalte)', `herunterlad${L}`, 'herunterzuladen', '(?:daten|archiv|kopie)(?: [\\p{L}\\p{N}]+){0,6}? heruntergeladen',
      'datenübertragbarkeit', 'übertragbarkeit',
    ],
    accessRight: [`auskunftsrecht${L}`, 'recht auf auskunft'],
    accountDeletion: [
      `(?:konto|account|profil|nutzerkonto|benutzerkonto)s?-?löschung`,
      '(?:löschung|löschen|entfernung|schließung|deaktivierung) (?:deines|ihres|eures|des|eines) (?:nutzer|benutzer)?(?:kontos|accounts|profils)',
      `(?:dein(?:en)?|ihr(?:en)?|euer|das|den) (?:nutzer|benutzer)?(?:konto|account|profil)(?: ${NOT_NEGATION}[\\p{L}-]+){0,4}? (?:lösch(?:en|st|t)|entfern(?:en|st|t)|schließ(?:en|t)|deaktivier(?:en|st|t))`,
      `(?:konto|account|profil) (?:wird|werden|kann|können)(?: ${NOT_NEGATION}[\\p{L}-]+){0,2}? gelöscht`,
      '(?:löschen|entfernen|deaktivieren) (?:wir )?(?:dein(?:en)?|ihr(?:en)?|euer|das|den) (?:nutzer|benutzer)?(?:konto|account|profil)',
    ],
    accountMigration: [
      `migrier${L}`, 'migration', 'umzug', 'umgezogen', 'umziehen', 'umzuziehen', `(?:konto|account|profil)-?umzug`, 'umleitung', 'weiterleitung (?:deines|ihres|des) (?:kontos|accounts|profils)',
      'follower (?:mitnehmen|übertragen|umziehen)', '(?:auf|zu) (?:eine[rnm]?|die|den) (?:andere[rnm]?|neue[rnm]?) (?:instanz|server|account|konto) (?:\\p{L}+ )?(?:übertragen|umziehen|mitnehmen|wechseln)', 'auf (?:einen )?(?:anderen|neuen) server (?:umziehen|wechseln)', 'zu einer anderen instanz (?:umziehen|wechseln)', `konto-?alias${L}`,
    ],
    sell: [
      `verkauf${L}`, 'verkauft', `veräußer${L}`, `vermiet${L}`, 'handel(?:n|t)?', 'gehandelt', `monetarisier${L}`, `lizenzier${L}`, 'werbung', `werbe${L}`, 'werbetreibende[n]?',
      'reklame', 'tracking', `getrackt${L}`, 'profilbildung', 'profiling', `analyse-?(?:tools?|dienste?|software)`, 'analytics', 'marketing',
    ],
    backReference: ['diese[rns]? (?:daten|informationen|angaben|adressen|protokolle|logs)', 'solche[rn]? (?:daten|informationen|angaben)'],
    exampleCue: ['zum beispiel', 'z\\. ?b', 'beispielsweise', 'etwa so'],
    personalData: ['personenbezogene[n]? daten', 'persönliche[n]? daten', '(?:deine|ihre|eure) daten', 'daten', 'informationen', 'angaben'],
    age: ['jahre alt', 'mindestalter', 'alter', `minderjährig${L}`, 'kinder', `jugendlich${L}`, `volljährig${L}`, `lebensjahr${L}`],
    contactWord: [`kontakt${L}`, 'schreib(?:e|t)? (?:uns|mir)', 'fragen', `admin${L}`, `moderator${L}`, 'support'],
    security: [
      'tls', 'ssl', 'https', `verschlüssel${L}`, 'gehasht', `hash${L}`, 'bcrypt', 'argon2', `zwei-?faktor${L}`, '2fa', `mehr-?faktor${L}`, 'totp', `zweite[nr]? faktor${L}`, `sicherheitsschlüssel${L}`, `sicherheitsmaßnahme${L}`,
      'technische und organisatorische maßnahmen', `technisch(?:e|en|er)?[- ]organisatorische[rn]? (?:schutz)?maßnahmen`, 'firewalls?', `zugriffskontrolle${L}`, `zugangskontrolle${L}`, 'sichere[n]? verbindung(?:en)?',
      'schützen (?:deine|ihre|die|alle|personenbezogene)',
      // A second factor named in other words (issue 10, round 2).
      `zweistufig${L}`, `authenticator-?app${L}`, 'webauthn',
    ],
    thirdParty: [
      'dritte', 'dritten', 'dritter', `drittanbieter${L}`, `dienstleister${L}`, `auftragsverarbeit${L}`, 'hoster', `hosting-?(?:anbieter|dienstleister|provider)${L}`, '(?:unser(?:em|en)?|der|dem|den|des) providers?',
      'gehostet (?:bei|von|auf)', `e-?mail-?(?:anbieter|dienst|versand)${L}`, 'mail-?server', `rechenzentr${L}`, 'cdn', `cloud-?(?:anbieter|speicher|dienst)${L}`, 'objektspeicher',
      `unterauftragsverarbeiter${L}`, 'externe[rn]? (?:dienstleister|anbieter)',
    ],
    policyChange: [
      `änderung(?:en)? (?:an |in )?(?:dieser|der|unserer|diesen|den|unseren) (?:datenschutz${L}|nutzungsbedingungen|bedingungen|richtlinie|regeln)`,
      'zuletzt am [\\p{L}\\p{N}. ]{1,25}? (?:geändert|aktualisiert|überarbeitet)',
      `(?:diese|die|unsere) (?:datenschutz${L}|nutzungsbedingungen|regeln|bedingungen) (?:kann|können|wird|werden)(?: [\\p{L}-]+){0,14}? (?:geändert|angepasst|aktualisiert|überarbeitet)`,
      'zuletzt (?:geändert|aktualisiert|überarbeitet)', 'letzte (?:änderung|aktualisierung)', 'gültig (?:ab|seit)', 'in kraft (?:seit|ab)', 'versionshistorie', 'änderungshistorie',
    ],

    // --- document kinds ---
    kindPrivacy: ['privatsphäre', 'datenschutzerklärung', 'datenschutzhinweise', `datenschutzinformation${L}`, 'datenschutzrichtlinie'],
    kindTerms: ['nutzungsbedingungen', 'agb', 'allgemeine geschäftsbedingungen', 'geschäftsbedingungen', 'nutzungsvereinbarung'],
    kindRules: ['regeln', 'serverregeln', 'hausregeln', 'verhaltenskodex', 'verhaltensregeln', 'community-?richtlinien', 'netiquette'],
    kindAbout: ['über uns', 'über (?:diesen|den) server', 'über (?:diese|die) instanz'],

    // --- qualifiers ---
    dobFate: [
      `speicher${L}`, `gespeichert${L}`, `aufbewahr${L}`, 'behalten', `lösch${L}`, `gelöscht${L}`, 'verworfen', 'geprüft', `überprüf${L}`, `prüf${L}`, `verifizier${L}`, 'abgeglichen',
      'verglichen', 'ausschließlich', 'nur (?:zur|für die|zum) \\p{L}+', `entfern${L}`, `vernicht${L}`,
    ],
    strongProhibition: [
      `verbot${L}`, `verboten${L}`, `untersag${L}`, 'nicht (?:erlaubt|gestattet|zulässig|toleriert|geduldet|autorisiert)', `unzulässig${L}`, `unerlaubt${L}`, `unautorisiert${L}`, `unbefugt${L}`,
      `unterlass${L}`, `widersprech${L}`, 'widersprochen', 'widerspricht', 'gegen (?:die|unsere|diese) (?:regeln|nutzungsbedingungen|bedingungen)', 'opt-?in', `nutzungsvorbehalt${L}`,
      '§ ?44b', `(?:ohne|nur mit|bedarf|erfordert|bedürfen|setzt)\\s+${CONSENT}`, 'verpflichte(?:st|n|t)? dich,? (?:\\p{L}+ )?nicht',
    ],
    prohibitVerb: [`verbiet${L}`, `verbot${L}`, `untersag${L}`, `einschränk${L}`, `widersprech${L}`, `blockier${L}`, `sperr${L}`, 'gegen', 'dagegen'],
    prohibitingFrame: [
      'verpflichte(?:st|n|t)? dich,? (?:\\p{L}+ )?nicht', `unterlass${L}`, 'folgendes ist (?:verboten|untersagt|nicht erlaubt|nicht gestattet)', '(?:darf|dürfen|darfst|dürft) nicht', 'nicht (?:erlaubt|gestattet)', `verboten${L}`, `untersag${L}`, `unzulässig${L}`,
      'nicht zu',
    ],
    aboutDataOrUs: ['wir', 'uns', `unser${L}`, `dein${L}`, 'ihre', 'ihren', 'ihrer', 'eure', 'euren', 'daten', 'informationen', 'angaben'],
    adFree: ['werbefrei', 'frei von (?:werbung|tracking)', 'ohne (?:werbung|tracking|reklame)'],
    contactChannel: [
      'e-?mail', 'mail', 'formular', 'kontaktformular', 'seite', 'link', 'konto', 'account', 'direktnachricht', 'nachricht', 'matrix', 'signal', 'telefon', 'profil', 'ticket', 'postfach',
    ],
    asksToReach: [
      'kontaktiere (?:uns|mich|die|das)', 'kontaktieren sie (?:uns|mich|die|das)', 'kontaktiert (?:uns|mich|die|das)', 'kontakt aufnehmen', 'wende dich', 'wenden sie sich', 'wendet euch', 'schreib(?:e|t)? (?:uns|mir)', 'schreiben sie (?:uns|mir)',
      'erreich(?:st|en|t) (?:du )?(?:uns|mich|die admins?)', 'melde dich', 'melden sie sich', 'meldet euch', 'sende(?:n sie)? (?:uns|mir)', 'schick(?:e|t)? (?:uns|mir)',
      'per e-?mail an', '(?:kannst|könnt|können) (?:du dich|ihr euch|sie sich)[^.]{0,60}? an [^.]{0,60}?wenden', 'kontakt(?:daten|adresse)?:', `ansprechpartner${L}`, 'erreichbar (?:unter|über|per)', `fragen(?: [^ .]+){0,10} (?:kontakt|schreib|wende|e-?mail|erreich)${L}`,
    ],
    notServerBackups: [
      'backup-?codes?', 'wiederherstellungs-?(?:codes?|schlüssel)', 'sicherung (?:vor|gegen)', '(?:maßnahmen|vorkehrungen) (?:zur|der|für die) (?:daten)?sicherung', 'eigene[n]? (?:backups|sicherungen|sicherungskopien)', 'du (?:solltest|kannst|musst)[^.]{0,30}(?:sicher|backup)',
      'sie (?:sollten|können|müssen)[^.]{0,30}(?:sicherungskopie|backup)', 'du bist (?:selbst )?verantwortlich',
      `herunter(?:zu)?lad${L}`, '(?:backup|sicherung|kopie) (?:deiner|ihrer|eurer|deines|ihres) ', 'import und export',
    ],
    infrequent: [`wöchentlich${L}`, 'jede woche', 'einmal (?:pro|die|in der) woche', `monatlich${L}`, 'jeden monat', 'einmal (?:pro|im) monat', `jährlich${L}`],
    /** Wie oft gesichert wird (Wert von covenant-backups): öfter als täglich, täglich, wöchentlich, monatlich, jährlich. */
    freqSubDaily: [`stündlich${L}`, 'jede stunde', 'alle \\d+ stunden', 'mehrmals (?:täglich|am tag)', '(?:zweimal|dreimal|viermal) (?:täglich|am tag|pro tag)', 'kontinuierlich', 'laufend', 'in echtzeit'],
    freqDaily: [`täglich${L}`, 'jeden tag', 'einmal (?:am|pro) tag', `nächtlich${L}`, 'jede nacht', 'allnächtlich'],
    freqWeekly: [`wöchentlich${L}`, 'jede woche', 'einmal (?:pro|die|in der) woche'],
    freqMonthly: [`monatlich${L}`, 'jeden monat', 'einmal (?:pro|im) monat'],
    freqYearly: [`jährlich${L}`, 'jedes jahr', 'einmal (?:pro|im) jahr'],
    sensitiveData: [
      `besondere[n]? kategorie${L}`, 'rassische[n]? (?:und|oder) ethnische[n]? herkunft', 'gesundheitsdaten', 'sensible[n]? (?:personenbezogene[n]? )?daten', `biometrisch${L}`,
      'art\\.? 9 dsgvo',
    ],
    otherLogs: [`(?:moderations|audit|admin|aktivitäts|änderungs|chat)-?(?:log|protokoll)${L}`],
    ageContext: [
      'alter(?:s)?', 'alt', 'älter', 'jünger', 'jahre?n?', `minderjährig${L}`, `volljährig${L}`, `erwachsen${L}`, 'kinder?n?', `jugendlich${L}`, `lebensjahr${L}`, 'mindestalter',
      `nutzer${L}`, `benutzer${L}`, 'konto', 'konten', 'accounts?', `registrier${L}`, 'anmelden', 'beitreten', 'dsgvo', `jährig${L}`,
    ],
    jurisdiction: ['deutschland', 'österreich', 'schweiz', 'europäische[rn]? union', 'dsgvo', 'ländern', 'recht', `gesetz${L}`, 'wohnsitz', 'bundesland'],
    processing: [
      `weitergeb${L}`, 'weitergegeben', `verarbeit${L}`, `empfang${L}`, 'erhalten', `übermittel${L}`, 'übermittlung', 'gehostet', 'hosting', 'betrieben', 'gespeichert', `speicher${L}`,
      'versand', 'versendet', 'zugestellt', 'ausgeliefert', 'hosten', 'hostet', `${PASS_ON}`, 'verwenden', 'eingesetzt', 'durch', 'über', 'mittels', 'im auftrag', `auftragsverarbeit${L}`,
      `gespeichert${L}`, `nutz${L}`, 'genutzt', `zugriff${L}`, 'liegen', 'liegt', 'lagern', 'gelagert',
    ],
    withoutNotice: ['ohne (?:vorherige |weitere |gesonderte )?(?:ankündigung|benachrichtigung|vorwarnung|mitteilung|vorankündigung)'],
    announced: [
      `ankündig${L}`, 'angekündigt', `benachrichtig${L}`, `informier${L}`, `veröffentlich${L}`, 'bekannt ?gegeben', `bekanntgeb${L}`, `mitteil${L}`, 'e-?mail', 'im voraus',
      'rechtzeitig', 'änderungshistorie', 'versionsgeschichte', 'änderungsprotokoll', 'kündig(?:en|t) [^.]{0,80}? an',
    ],
    monthName: ['(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)', '(?:jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez)\\.'],
    aboutAccounts: ['konto', 'konten', 'kontos', 'accounts?', `follower${L}`, 'profil(?:e|s)?', 'instanz(?:en)?', 'server(?:n|s)?'],
    sessionsShown: ['angezeigt', 'aufgelistet', 'einsehbar', 'einsehen', 'sichtbar', 'verfügbar', `widerruf${L}`, 'beenden', 'abmelden', `überprüf${L}`],
    everyPeriod: ['alle', 'jede[nrs]?', 'pro', 'je', 'einmal (?:pro|je|im|in der)', 'innerhalb der (?:letzten|vergangenen)'],
    /** What ties a thing to the records that hold it ("Logs, welche die IP-Adresse enthalten"); a relative clause right after the logs. */
    containing: [', (?:die|welche|in denen|worin)', 'welche[rns]?', 'mit', 'enthalt(?:en|end)', 'enthält', 'inklusive', 'einschließlich', 'samt', `beinhalt${L}`, `umfass${L}`, 'darunter', 'nebst'],
    beyondPeriod: ['länger', 'hinaus', 'mehr als'],

    // --- reading data statements (collects-*, *-retention): who keeps which data, named where (see en.ts) ---
    otherActor: [`andere${L} (?:server|instanz${L}|dienst${L}|websites?|seiten|plattform${L})`, 'entfernte(?:n)? server', 'deren betreiber', 'jede[rs]? server'],
    notOurPractice: ['entscheiden (?:deren|die jeweiligen|ihre) betreiber', 'liegt (?:bei|in der verantwortung) (?:ihnen|den jeweiligen|der jeweiligen)', 'entscheiden selbst'],
    hypothetical: ['falls wir (?:jemals|irgendwann|einmal)', 'würde[nt]?', 'in zukunft', 'künftig'],
    pointsBack: ['er', 'sie', 'es', 'ihn', 'diese[rsnm]?'],
    retentionLabel: ['speicherdauer', 'aufbewahrungs(?:dauer|frist|zeit)', 'speicherfrist', 'löschfrist', 'wie lange', '(?:gespeichert|aufbewahrt) für'],
    cleanedUp: [`bereinig${L}`, 'aufgeräumt', 'verschwinde[nt]'],
    requestRecords: ['technische(?:n)? protokolle?', `zugriffsprotokoll${L}`, 'protokolle? der anfragen'],
    passwordProtected: ['passwortgeschützt\\p{L}*', 'mit (?:einem )?passwort geschützt\\p{L}*', 'kennwortgeschützt\\p{L}*'],
    minimumBound: ['mindestens', 'wenigstens', 'nicht weniger als'],
    noAnswer: ['nein', 'keine?', 'nie', 'nicht erhoben', 'nicht gespeichert', '✗', '✘', '❌', '-'],
    loginEvent: [`anmeldung${L}`, `einlogg${L}`, 'eingeloggt', 'angemeldet', `login${L}`, `sitzung${L}`, `anmeldeversuch${L}`, `zugriff${L} auf (?:dein|ihr|das) konto`],
    countedFrom: ['(?:seit|nach) (?:der|deiner|ihrer|eurer) letzten'],
    eventTime: ['datum', 'uhrzeit', `zeitpunkt${L}`, `zeitstempel${L}`, 'wann', `verlauf${L}`, 'liste', `protokoll${L}`, 'letzte[nr]?', 'vergangene[nr]?', `fehlgeschlagen${L}`, `erfolgreich${L}`],
    clientUsed: ['welche[nrs]? (?:client|app|browser)', 'verwendete[nr]? (?:app|anwendung|client|browser)', 'browserkennung', '(?:browser|app)-?typ'],
    holdsData: ['in (?:der|unserer) datenbank', 'landet bei uns', 'abgelegt', 'festgehalten', `zeichne${L} (?:\\p{L}+ )?auf`, 'führen (?:eine|ein)'],
    dataColumn: ['datum', 'daten', 'datenart', 'zweck', 'kategorie'],
    // --- reading prohibitions (rules/shared/prohibition.ts: scraping, AI training) ---
    prohibitionStated: [
      `verbiet${L}`, `(?:erlauben|gestatten|dulden|tolerieren|akzeptieren) (?:wir )?(?:kein${L}|nicht)`, 'nicht (?:erwünscht|willkommen)', '(?:niemand|keiner) (?:darf|ist (?:berechtigt|befugt))',
      `(?:ist|sind|stellt) (?:ein(?:en)? )?(?:verstoß|verletzung)`, `(?:braucht|brauchen|benötigt|benötigen)\\s+${CONSENT}`,
      `verpflichte(?:st|n|t)? (?:dich|sich|euch),? (?:\\p{L}+ ){0,2}(?:nicht|kein${L})`,
    ],
    automatedCollection: [
      `(?:automatisiert|automatisch|systematisch|massenhaft|maschinell)${L} (?:[\\p{L}-]+ ){0,3}?(?:sammeln|sammlung|herunter(?:zu)?lad${L}|erheb${L}|erhebung|abruf${L}|abzurufen|auszulesen|auslesen|archivier${L}|kopier${L}|erfass${L}|extrahier${L})`,
      `(?:sammeln|herunter(?:zu)?lad${L}|abzurufen|auszulesen|auslesen|archivier${L}|kopier${L}|erfass${L}|extrahier${L}) (?:[\\p{L}-]+ ){0,6}?(?:mit|mittels|per|durch) (?:[\\p{L}-]+ ){0,2}?(?:skript|bot|crawler|programm|werkzeug|tool)${L}`,
      `(?:mit|mittels|per) (?:skripten|bots|crawlern|automatisierten (?:werkzeugen|programmen|tools))`, `data-?mining-?(?:tools?|werkzeug${L})`,
    ],
    trainForAI: [`(?:für|zu) (?:das |die )?(?:machine learning|ki-?zwecke${L}|zwecke (?:des|der) (?:maschinellen lernens|ki))`, `anlern${L}`],
    // --- covenant backups: a commitment, not a mention (issue 10) ---
    backupMade: [
      `(?:erstell|mach|gemacht|anleg|angeleg|speicher|gespeichert|aufbewahr|verschlüssel|behalt|durchführ|durchgeführt|halt|gehalten|führ)${L}`, 'gesichert', 'sichern', 'redundant',
    ],
    serverCopied: [
      `(?:server|instanz|datenbank|daten|uploads)${L} (?:\\p{L}+ ){0,8}?gesichert`, `sicherung${L} (?:der|des|von|unserer) (?:instanz|datenbank|servers|daten)`,
      `kopier${L} (?:wir )?(?:die|unsere|alle) (?:datenbank|daten|instanz|uploads)`, `(?:datenbank|instanz|server)${L} (?:\\p{L}+ ){0,4}?(?:kopiert|gespiegelt|repliziert)`,
    ],
    notInPlace: [`hoff${L}`, 'suchen noch', 'in zukunft', 'geplant', 'noch nicht', 'künftig', 'irgendwann', 'einmalig', 'ein einziges mal', `ohne (?:backups|sicherung${L})`],
    // --- covenant moderation (issue 10) ---
    moderationVerb: [`moderier${L}`],
    includesBack: ['dazu (?:zählen|zählt|gehören|gehört)', 'das (?:umfasst|beinhaltet|schließt)', 'insbesondere', 'zum beispiel', 'etwa'],
    // --- covenant emergency access: more than one person with access to the server (issue 10) ---
    morePeople: [
      `(?:zwei|drei|mehrere|beide|alle)(?: \\p{L}+)? (?:personen|admins|administrator${L}|mitglieder|leute)`, 'wir sind zu (?:zweit|dritt|viert)', `(?:eine[rn]?) (?:zweite|weitere)[nr]? (?:vertrauensperson|person)`,
      `vertrauensperson${L}`, `co-?admin${L}`, `stellvertret${L}`, `(?:neben dem|zusätzlich zum) (?:betreiber|admin${L})`, 'ein(?:e)? moderator(?:in)?',
    ],
    serverAccess: [
      '(?:root|ssh|admin|voll|vollen|vollständigen)(?:-| )(?:zugang|zugriff)', `(?:zugang|zugriff)${L} (?:auf|zum|zur) (?:den |die |das )?(?:server|maschine|instanz|hosting|datenbank)`,
      'auf den server zu(?:zu)?greifen', `zugangsdaten${L}`, 'übernehmen', 'einspringen',
    ],
    conditionStart: ['falls', 'wenn', 'sofern'],
    withoutNoticeCue: [`ohne (?:\\p{L}+ ){0,2}?(?:vorwarnung|ankündigung|vorankündigung|benachrichtigung|hinweis|vorlauf|frist|vorher|vorab)${L}`],
    noPromise: ['keine (?:garantie|versprechen|zusage)', `(?:nicht|kaum) (?:garantier|versprech|zusag)${L}`, 'ohne gewähr'],
    notAProhibition: [
      '(?:noch )?nicht (?:entschieden|festgelegt|geklärt)', `unentschieden${L}`, '(?:nicht|kaum) (?:verhindern|unterbinden|kontrollieren)', 'keine (?:möglichkeit|handhabe)', 'keine versprechen',
    ],
    operatorsThemselves: [`(?:wir|die (?:admins?|betreiber${L}|moderator${L})|das team)(?: selbst)? (?:[\\p{L}-]+ ){0,3}?(?:kein${L}|nicht|niemals|nie)(?![\\p{L}])`],
    // --- what users should know: who does what (read by structure, not by phrase; see en.ts) ---
    notOffered: [
      'nicht (?:möglich|verfügbar|vorgesehen|unterstützt|angeboten|vorhanden)', 'nicht mehr (?:möglich|verfügbar)', `geplant${L}`, 'planen', 'plant', `künftig${L}`, `zukünftig${L}`, 'in zukunft', 'für später',
      'im aufbau', 'in arbeit', 'wird (?:gerade|derzeit) überarbeitet', 'demnächst', 'falls wir (?:jemals|irgendwann)',
    ],
    operatorParty: [STAFF, 'wer (?:die |den |diese[nr]? )?(?:server|instanz)(?:en)? betreibt', `betreibend${L}`, 'administration', 'moderation'],
    accessVerb: [READ, 'gelesen', 'eingesehen', 'gesehen', 'zugreifen', 'zugriff', 'einblick', 'einsehbar', 'lesbar', 'sichtbar'],
    possibility: [MAY, 'möglich', 'technisch', 'in der lage', 'haben (?:technisch )?(?:zugriff|einblick)', 'hat (?:technisch )?(?:zugriff|einblick)'],
    directVisibility: ['sichtbarkeit [„"“»]?(?:nur erwähnte|direkt)', 'nur erwähnte (?:profile|personen|konten)'],
    moveVerb: [`umzieh${L}`, 'umgezogen', `umzug${L}`, `übertrag${L}`, 'übertragen', `mitnehm${L}`, 'nehmt', 'nimmst', `umleit${L}`, `weiterleit${L}`, `migrier${L}`, 'wechseln', 'wechselst'],
    newHome: [
      '(?:eine[nmr]?|die|den|einen) (?:andere[nmr]?|neue[nmr]?) (?:server|instanz|konto|account)', 'neue[nmr]? (?:server|instanz|konto|account)', 'andere[nmr]? (?:server|instanz)', 'server eines anderen betreibers', 'woanders',
    ],
    deleteVerb: [`lösch${L}`, 'gelöscht', `entfern${L}`, `schließ${L}`, 'geschlossen', `kündig${L}`],
    ownAccount: ['(?:dein|deine|deinen|ihr|ihren|sein|seinen|euer|eure|mein|meinen|das eigene|dein eigenes) (?:nutzer|benutzer)?(?:konto|account|profil)', '[„"“»]\\s*(?:konto|account) (?:löschen|entfernen)\\s*[“"”«]'],
    placeBefore: ['aus', 'in', 'im', 'von', 'vom', 'auf', 'über', 'unter'],
    userActs: ['(?:du|ihr) (?:kannst|könnt|darfst|dürft|hast das recht)', '(?:kannst|könnt|darfst|dürft) (?:du|ihr)', `(?:nutzer${L}|benutzer${L}|mitglieder|mitglied|jede[rn]?) (?:können|kann|dürfen|darf|haben das recht)`],
    userOwned: [`dein${L}`, 'du', 'dir', 'dich', 'euch', `eure?${L}`, 'ihre', 'ihren', 'ihrer', 'ihnen'],
    dataCopyForUser: ['maschinenlesbar(?:en|em|es|er)? format', '(?:schicken|senden|übermitteln|geben) (?:wir )?(?:dir|ihnen|euch) alle (?:daten|informationen)', '(?:daten|inhalte)(?: [\\p{L}-]+){0,8}? (?:herunterladen|heruntergeladen)'],
    exportElsewhere: [`backup${L}`, 'sicherungen', 'datenbank', 'an dritte', 'externe[nr]? speicher', 'in (?:länder|drittländer)'],
    contactPlace: ['impressum', 'kontaktformular', `kontakt-?seite${L}`, 'über uns', 'über (?:diesen|den) server'],
    contactDetails: ['kontaktformular', `kontakt-?seite${L}`, 'kontaktdaten', 'kontaktangaben', `kontaktmöglichkeit${L}`, 'erreichbar (?:über|unter|per)', 'postanschrift', 'anschrift'],
    contactMedium: ['e-?mail', 'mail', 'nachricht', 'direktnachricht', 'postfach'],
    contentRating: ['inhalte? (?:ab|für) (?:\\d+|erwachsene)', '\\d+\\+[- ]?inhalte?'],
    serverSubject: ['(?:der|unser|dieser) server (?:ist|wurde|hat|wird)', '(?:die|unsere|diese) instanz (?:ist|wurde|hat|wird)'],
    adsOnly: ['werbung', 'werbeanzeigen?', 'reklame', 'werbefrei', 'ohne (?:werbung|reklame)'],
    selling: [`verkauf${L}`, 'verkauft', `veräußer${L}`, `vermiet${L}`, 'handel(?:n|t)?', 'gehandelt', `monetarisier${L}`, `lizenzier${L}`, 'datenverkauf', 'datenhandel', `datenhändler${L}`],
    dataSale: ['datenverkauf', 'datenhandel', 'vermarktung (?:der|deiner|ihrer|von) (?:nutzer)?daten'],
    practiceDenied: ['findet nicht statt', 'kommt nicht (?:in frage|vor)', 'gibt es (?:bei uns )?nicht'],
    neverDoFrame: [
      '(?:niemals|nie|nicht) (?:tun|machen)', 'werden wir (?:niemals|nie)', 'tun wir (?:niemals|nie|nicht)', '(?:verwenden|nutzen) (?:wir )?(?:deine |ihre |eure )?daten (?:niemals|nie|nicht)',
      '(?:werden|wird) (?:deine |ihre |eure )?daten (?:niemals|nie|nicht) (?:verwendet|genutzt)',
    ],
    answerNo: ['nein', 'nie', 'niemals'],
    serviceKind: ['hosting', 'hoster', 'e-?mails?', `versand${L}`, `speicher${L}`, 'cdn', `übersetzung${L}`],
    genericParty: ['dritte[nr]?', `dienstleister${L}`, `drittanbieter${L}`, 'externe[rn]? (?:dienstleister|anbieter)', `auftragsverarbeiter${L}`, `partner${L}`],
    followersServers: [`(?:server|servern|instanzen) (?:deiner|ihrer|eurer) follower${L}`, 'alle(?:n)? server(?:n)?', 'andere server im netzwerk'],
    receivedKept: ['empfangen', 'erhalten', `bewahr${L}`, 'speichern', 'gespeichert', `empfänger${L}`],
    fromElsewhere: ['von (?:anderen|fremden|externen) (?:servern|instanzen)', '(?:beiträge|inhalte|posts|medien|bilder|dateien) (?:anderer|fremder|externer) (?:server|instanzen)'],
    atUsersRequest: ['auf (?:deinen|ihren|euren) (?:ausdrücklichen )?(?:wunsch|antrag)', 'auf (?:deine|ihre|eure) (?:ausdrückliche )?(?:anweisung|anfrage|veranlassung|bitte)', 'wenn (?:du|sie) (?:uns )?(?:darum bittest|darum bitten|es wünschst|es wünschen)'],
    changeNotice: [
      'geben wir [^.]{0,60}? bekannt', `ankündig${L}`, `informier${L}`, 'in kenntnis gesetzt', `veröffentlich${L}`, 'angezeigt', `tröt${L}`, 'per e-?mail', `benachrichtig${L}`, 'erfährst', 'erfahre ich',
    ],
    changeVerb: [`änder${L}`, `anpass${L}`, 'anzupassen', `aktualisier${L}`, `überarbeit${L}`],
    thisPolicy: [`(?:diese|die|unsere|dieser|der) (?:datenschutz${L}|erklärung|richtlinie|nutzungsbedingungen|bedingungen)`, 'hier etwas'],
    datedPolicy: ['gilt (?:ab|seit)', 'gültig (?:ab|seit)', 'in kraft', 'stand', 'version', 'fassung', 'zuletzt', 'aktualisiert'],
    exchangeForValue: ['gegen (?:entgelt|bezahlung|geld)'],
    accountWord: ['konto', 'konten', 'kontos', 'accounts?', `follower${L}`, 'profil(?:e|s)?', `nutzerkont${L}`],
    // --- precision: who does what (issue 10, round 2; see en.ts) ---
    offerTakenBack: [`hoff${L}`, 'würden (?:gerne|gern)', 'nicht (?:erlaubt|gestattet|zulässig)'],
    serverMoved: ['(?:server|instanz|datenbank)(?: [\\p{L}-]+){0,4}? (?:umgezogen|migriert|verschoben|übertragen)', '(?:ziehen|zogen) (?:den|unseren|diesen) server'],
    thingsAge: [
      '(?:server|instanz|seite|community|projekt)(?: [\\p{L}-]+){0,4}? (?:\\d+|\\p{L}+) jahre? alt (?:geworden|wird|wurde)',
      '(?:server|instanz|seite|community|projekt) (?:wird|wurde|feiert)(?: [\\p{L}-]+){0,3}? (?:\\d+|\\p{L}+) jahre?',
    ],
    usersOwnBackup: ['bitte (?:\\p{L}+ )?(?:sichern|sichere|sichert)', '(?:sichere|sichern sie) (?:deine|ihre) (?:eigenen )?(?:daten|beiträge|codes?)'],
    backupsNotMade: ['nicht (?:aktiviert|eingeschaltet|gebucht|eingerichtet)'],
    exportToService: ['an (?:unseren?|einen?|den|die) (?:\\p{L}+ )?(?:anbieter|dienstleister|partner|cdn|auftragsverarbeiter)\\p{L}*'],
    cannotPrevent: ['(?:nicht|kaum) (?:\\p{L}+ ){1,2}(?:verhindern|unterbinden|kontrollieren)'],
    dataAboutParty: ['über dritte', '(?:daten|informationen|angaben) (?:über |von )?(?:dritten|dritter|anderen personen)'],
    providerChange: ['(?:wechsel|umzug|umzieh|zieh)\\p{L}* (?:zu|auf) (?:einem|einen|einer) (?:anderen|neuen) (?:\\p{L}+ )?(?:anbieter|hoster|provider|dienstleister)\\p{L}*'],
    withoutPeriodNotice: [`ohne (?:\\p{L}+ ){3,6}?(?:vorwarnung|ankündigung|vorankündigung|benachrichtigung|vorlauf|frist)${L}`],
    buildModels: [`(?:entwickl|verbesser|bau|erstell)${L} (?:von )?(?:ki|modell|sprachmodell)${L}`, `(?:ki|modell|sprachmodell)${L} (?:zu )?(?:entwickeln|verbessern|bauen|erstellen)`],
  },
  caseSensitive: {
    ai: ['KI', 'KI-\\p{L}+'],
    topicAI: ['KI', 'KI-\\p{L}+'],
    directMessage: ['PNs?'],
    jurisdiction: ['EU', 'EWR', 'DACH'],
  },
  negationBefore: [
    'nicht', 'kein(?:e|en|em|er|es)?', 'nie', 'niemals', 'niemand(?:em|en)?', 'weder', 'ohne', 'nichts', 'keinesfalls', 'keineswegs', 'auf keinen fall', 'verboten', 'verbiete[nt]?', 'untersagt',
    'untersagen', 'gegen', 'verzicht(?:en|et)? auf',
  ],
  negationAfter: ['nicht', 'nie', 'niemals', 'keinesfalls', 'keineswegs', 'kein(?:e|en|em|er|es)?', 'nichts'],
  notNegating: [
    '(?:nicht|nie|niemals) (?:länger|mehr|später|weniger) als', 'nicht über', 'nicht nur', 'nicht mehr (?:benötigt|erforderlich|notwendig|gebraucht|nötig)', 'nicht zögern', 'zögere nicht',
    'zögern sie nicht', 'zögert nicht', 'nicht abschließend', 'ohne (?:einschränkung|beschränkung)', 'nicht unbedingt', 'keine ausnahmen?', 'ob oder nicht', 'wenn nicht', 'falls nicht',
    'sofern nicht', 'nicht zuletzt',
    // "Kein Problem: ..." reassures; it negates nothing that follows.
    'kein problem',
  ],
  clauseBreaks: [
    ' aber ', ' sondern ', ' jedoch', ' außer ', ' es sei denn', ' weil ', ' da ', ' obwohl ', ' während ', ' wobei ', ' damit ', ' sodass ', ' und ', ' sofern ', ' falls ', ' wenn ',
  ],
  numberWords: {
    ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, eines: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
    dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60,
    siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100, einhundert: 100, vierundzwanzig: 24, achtundvierzig: 48, zweiundsiebzig: 72, 'ein halbes': 0.5, 'einem halben': 0.5,
    halbes: 0.5, halben: 0.5, paar: 2, 'ein paar': 3, einige: 3, mehrere: 3, dutzend: 12,
  },
  durationUnits: [
    ['sekunden?', 1 / 86400], ['minuten?', 1 / 1440], ['stunden?|std\\.?', 1 / 24], ['tag(?:e|en)?', 1], ['wochen?', 7], ['monat(?:e|en|s|es)?', 30],
    ['quartal(?:e|en|s)?', 91], ['halbjahr(?:e|en|es)?', 182], ['jahr(?:e|en|es|s)?', 365],
  ],
  agePatterns: [
    '(?:ab|mindestens|wenigstens|unter|unterhalb von|vollendete[nm]?)\\s+{N}\\s*(?:jahren|jahre)(?!\\s*(?:lang|gespeichert|aufbewahrt))',
    '{N}\\s*jahre(?:n)?\\s+(?:oder älter|und älter|alt)', '(?:ab|mindestens|wenigstens) {N}(?=\\s*(?:sein|bist|ist|sind|erlaubt|gestattet|zulässig)(?![\\p{L}]))', '{N}\\.\\s*lebensjahr', 'mindestalter(?:\\s*(?:von|beträgt|ist|liegt bei|:))?\\s*{N}',
    'alter von (?:mindestens |wenigstens |unter )?{N}', '(?:jünger|älter) als {N}', '{N}-?jährig\\p{L}*',
    // A table row "Mindestalter | 18 Jahre"; "nur für Erwachsene (ab 18)".
    'mindestalter[^.\\d]{0,30}?(?=\\d){N}', '(?:erwachsene|volljährige)\\p{L}*\\s*\\(?\\s*ab\\s*{N}',
  ],
  stopWords: [
    'und', 'der', 'die', 'das', 'ist', 'nicht', 'wir', 'sie', 'mit', 'für', 'auf', 'von', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'werden', 'wird', 'sind', 'oder', 'auch',
    'bei', 'nach', 'wenn', 'dass', 'ihre', 'deine', 'unsere', 'uns', 'dich', 'dir', 'zur', 'zum', 'nur', 'können', 'kann', 'über', 'sowie', 'durch', 'sich', 'diese',
  ],
  abbreviations: ['ggf', 'bzw', 'usw', 'evtl', 'vgl', 'bspw', 'inkl', 'sog', 'abs', 'lit', 'gem', 'ca', 'max', 'min', 'mind', 'insb', 'zzgl', 'u\\.a', 'z\\.b', 'd\\.h', 'u\\.u', 'o\\.ä', 'u\\.ä', 'str', 'tel'],
  periodUnits: { day: ['Tag', 'Tage'], month: ['Monat', 'Monate'], year: ['Jahr', 'Jahre'] },
  frequencyWords: {
    daily: 'täglich', nightly: 'jede Nacht', hourly: 'stündlich', weekly: 'wöchentlich', monthly: 'monatlich', continuously: 'laufend', 'twice a day': 'zweimal täglich',
    'every day': 'jeden Tag', 'every night': 'jede Nacht', 'every hour': 'jede Stunde', 'every week': 'jede Woche',
  },
  topicTitles: {
    topicCollect: 'Welche Daten wir erheben', topicRetention: 'Speicherdauer', topicSecurity: 'Wie wir deine Daten schützen', topicRights: 'Deine Rechte',
    topicSharing: 'Weitergabe und Föderation', topicUse: 'Wie wir deine Daten verwenden', topicRules: 'Serverregeln', topicOperations: 'Betrieb des Servers',
    topicAI: 'Scraping und KI-Training', topicContact: 'Kontakt', topicChanges: 'Änderungen dieser Datenschutzerklärung', topicAge: 'Mindestalter', topicMessages: 'Direktnachrichten',
  },
};
