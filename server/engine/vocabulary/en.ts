// English vocabulary: the words for each concept the rules look for. Data,
// not code: each concept is a list of regular-expression alternatives (matched
// case-insensitively at word boundaries, unless listed in CASE_SENSITIVE).
// Keep alternatives free of nested quantifiers: they are checked for
// catastrophic backtracking. Every other language mirrors these concepts
// (see types.ts); rules name concepts, never words.
import type { LanguageVocabulary } from './types';

export const CONCEPTS: Record<string, string[]> = {
  // --- data ---
  email: ['e-?mails? address(?:es)?', 'e-?mail', 'mail address(?:es)?', 'electronic mail address(?:es)?'],
  /** The address as data, not e-mail as a way to write ("contact us by e-mail"): what a missing collects-email finding names. */
  emailAddress: ['e-?mails? address(?:es)?', 'mail address(?:es)?', 'electronic mail address(?:es)?'],
  username: ['user ?names?', 'account names?', 'screen ?names?', 'nick ?names?', 'login names?', 'user ids?', '(?:your|a|the|user|unique) handles?', "(?:member|user|account)'s handles?", '@username', 'account handles?'],
  password: ['pass ?words?', 'passphrases?', 'password hash(?:es)?', 'hashed passwords?'],
  ip: ['ip(?:v[46])?[- ]?address(?:es)?', 'internet protocol address(?:es)?', 'ip(?:v[46])?s?(?!\\)? (?:rights|law|infringement))'],
  userAgent: [
    'user[- ]agents?', '(?:web )?browser (?:type|name|version|application|software|information|data|and (?:browser )?version)s?', 'browser application',
    '(?:name|type|version) of (?:your|the) (?:web )?browser', 'which (?:web )?browser', '(?:web )?browser (?:and|or) (?:app|application|device|operating system)s?',
    '(?:the |which )?(?:client |mobile )?app(?:lication)?s? (?:you use|used|you logged in with)', 'operating systems?',
    'device (?:type|information|model)s?', 'terminal software', 'client software', 'name of (?:the|your) (?:app|application|client)',
  ],
  loginHistory: [
    'log(?:ged)?[- ]?in (?:sessions?|times?|history|histories|dates?|records?|activity|attempts?|events?|timestamps?)',
    'sign(?:ed)?[- ]?in (?:sessions?|times?|history|histories|dates?|records?|activity|attempts?|events?|timestamps?)',
    'session (?:history|records?|tokens?|information|data)', 'active sessions?', 'logged[- ]in sessions?',
    'last (?:log ?in|sign[- ]?in|login)(?: (?:date|time)s?)?', 'time(?:s|stamps?)? (?:of|when) (?:you )?(?:log|sign)(?:ged)?[- ]?in',
    '(?:times?|dates?) you (?:log|sign)(?:ged)?[- ]?in', 'login (?:times?|history|dates?|records?|timestamps?|sessions?)',
    'authentication (?:logs?|history|records?)', 'sessions? (?:are|is) (?:available|listed|shown)',
    '(?:record|log|store|note|keep track of)(?:s|ed)? when you (?:last )?(?:log|sign)(?:ged)?[- ]?in', 'when you (?:last )?(?:logged|signed) in',
    '(?:times?|dates?|list|history|records?) of (?:your )?(?:log ?ins|logins|sign[- ]?ins)',
  ],
  serverLogs: [
    '(?:server|web ?server|access|request|nginx|apache|system|error|application|http|technical|connection) logs?',
    'log (?:files?|data|entries|records|information)', 'logfiles?', 'connection data', 'log(?:s|ged|ging)? (?:all )?(?:requests|connections|visits)', 'logs? (?:of|containing|which include|that include|with)', 'logging',
    'logs',
  ],
  dateOfBirth: ['dates? of birth', 'birth ?dates?', 'birthdays?', 'year of birth', 'age (?:verification|check|gate|assurance)', 'verify (?:your|the user\'s) age', 'confirm (?:your|their) age'],
  posts: ['posts?', 'toots?', 'statuses', 'status updates?', 'notes? you (?:post|write|publish)', 'messages you (?:post|publish)', 'content you (?:post|publish|share|create|upload)', 'publications?'],
  media: ['media(?: (?:attachments?|files?|uploads?))?', 'images?', 'pictures?', 'photos?', 'videos?', 'audio', 'attachments?', 'uploaded files?', 'avatars?', 'header images?', 'profile pictures?'],
  follows: ['follow(?:s|ers?|ing|ed accounts?)?(?: lists?)?', 'follow lists?', 'social graph', 'followed accounts'],
  favourites: ['favou?rites?', 'favs?', 'likes?', 'boosts?', 'reblogs?', 'reposts?', 'shares', 'reactions?'],
  bookmarks: ['bookmarks?'],
  lists: ['lists? (?:you create|of accounts)', 'your lists', 'lists'],
  blocks: ['blocks?', 'blocked (?:accounts?|users?|domains?)', 'domain blocks?'],
  mutes: ['mutes?', 'muted (?:accounts?|users?|words?)'],
  notes: ['(?:private|personal|account) notes?', 'notes (?:on|about) (?:other )?(?:accounts?|users?|profiles?)'],
  userContent: ['(?:the )?(?:data|information|content) (?:you|that you) (?:post|share|upload|publish|provide)', 'profile (?:information|data|fields?)', 'biography', 'display names?'],

  // --- section topics (headings where a clause belongs) ---
  topicCollect: [
    '(?:information|data|what) (?:we|do we|does \\w+) (?:collect|gather|process|store|receive)', '(?:data|information) (?:collected|collection|we process|processing)',
    'collected (?:data|information)', 'personal (?:data|information)', 'what (?:information|data)', 'types of (?:data|information)', 'account (?:information|data)',
  ],
  topicRetention: ['retention', 'how long', 'storage (?:period|duration|time)', 'keep(?:ing)? (?:your )?(?:data|information)', 'deletion', 'data storage', 'speicherdauer', 'retain(?:ing)?', 'logs?'],
  topicSecurity: ['security', 'protect(?:ion|ing)?', 'safeguard(?:s|ing)?', 'keep(?:ing)? (?:your )?(?:data|information) safe'],
  topicRights: ['your rights', 'rights', 'your choices', 'your (?:data|account)', 'account (?:deletion|management|settings)', 'access(?:ing)? your data', 'control'],
  topicSharing: ['shar(?:e|ing)', 'disclos(?:e|ure)', 'third[- ]part(?:y|ies)', 'federat(?:ion|ed)', 'who (?:can see|has access)', 'processors?', 'transfers?', 'service providers?', 'outside parties'],
  topicUse: ['how we use', 'use of (?:your )?(?:data|information)', 'what (?:do )?we use', 'purposes?'],
  topicRules: ['rules', 'code of conduct', 'moderation', 'content policy', 'community guidelines', 'guidelines', 'conduct', 'prohibited content', 'acceptable (?:use|behaviou?r)'],
  topicOperations: ['operations?', 'administration', 'covenant', 'continuity', 'backups?', 'availability', 'about (?:this|the|our) (?:server|instance)', 'shut ?down', 'closure', 'running the server'],
  topicAI: ['scraping', 'artificial intelligence', 'AI', 'machine learning', 'automated (?:access|use|collection)', 'acceptable use', 'prohibited (?:uses?|activities|conduct)', 'bots?', 'content (?:use|licen[cs]e)'],
  topicContact: ['contact(?:ing)?', 'questions', 'reach us', 'impressum', 'imprint', 'get in touch'],
  topicChanges: ['changes', 'updates?', 'amendments?', 'revisions?', 'modifications?'],
  topicAge: ['age', 'children', 'minors', 'coppa', 'eligibility', 'who can (?:join|sign up|register|use)', 'usage by children'],
  topicMessages: ['direct messages', 'private (?:messages|mentions|posts)', 'DMs'],

  // --- actions ---
  collect: [
    'collect(?:s|ed|ing|ion)?', 'record(?:s|ed|ing)?', 'stor(?:e|es|ed|ing|age)', 'sav(?:e|es|ed|ing)', 'log(?:s|ged|ging)?', 'keep(?:s|ing)?', 'kept',
    'retain(?:s|ed|ing)?', 'process(?:es|ed|ing)?', 'gather(?:s|ed|ing)?', 'obtain(?:s|ed|ing)?', 'receiv(?:e|es|ed|ing)', 'captur(?:e|es|ed|ing)',
    'ask(?:s|ed)? (?:you )?(?:for|to (?:enter|provide|choose|give))', 'required?', 'requires', 'enter(?:s|ed)?', 'provid(?:e|es|ed|ing)', 'submit(?:s|ted)?',
    'hold(?:s|ing)?', 'held', 'maintain(?:s|ed)?', 'track(?:s|ed|ing)?', 'register(?:s|ed|ing)?', 'registration', 'sign(?:ing)?[- ]?up', 'creat(?:e|ing) an account',
    'has access to', 'have access to', 'data (?:we|that we) (?:collect|process|store)', 'personal data',
    'personenbezogene', 'information (?:we|that we) (?:collect|store|process|receive)', 'consist(?:s|ing)? of', 'includ(?:e|es|ing)', 'contains?',
  ],
  retain: [
    'keep(?:s|ing)?', 'kept', 'retain(?:s|ed|ing)?', 'retention', 'stor(?:e|es|ed|ing|age)', 'sav(?:e|es|ed|ing)', 'hold(?:s|ing)?', 'held', 'preserv(?:e|es|ed|ing)',
    'maintain(?:s|ed)?', 'log(?:s|ged)?', 'remain(?:s|ed)?', 'exist', 'archiv(?:e|es|ed|ing)', 'available', 'life ?time', 'lifespan', 'expir(?:e|es|ed|y)',
    'delet(?:e|es|ed|ing|ion)', 'eras(?:e|es|ed|ing|ure)', 'purg(?:e|es|ed|ing)', 'remov(?:e|es|ed|al)', 'discard(?:s|ed)?', 'destroy(?:s|ed)?', 'anonymi[sz](?:e|es|ed|ation)',
    'rotat(?:e|es|ed|ion)', 'overwritten', 'cleared', 'wiped', 'truncated', 'dropped',
  ],
  deletePhrase: ['delet(?:e|es|ed|ing)', 'eras(?:e|es|ed)', 'purg(?:e|es|ed)', 'remov(?:e|es|ed)', 'discard(?:s|ed)?', 'destroy(?:s|ed)?', 'anonymi[sz](?:e|es|ed)', 'rotat(?:e|es|ed)', 'overwritten', 'wiped', 'cleared'],
  vaguePeriod: [
    'as long as (?:is )?(?:necessary|needed|required|reasonably necessary|appropriate|we need|it is needed|your account exists)',
    'for (?:a|as) (?:reasonable|limited|short|certain|appropriate) (?:time|period)(?: of time)?', 'reasonable (?:time|period)', 'indefinitely', 'forever',
    'for an? (?:unspecified|undetermined|indefinite) (?:time|period)', 'only as long as', 'no longer than (?:necessary|needed|required)', 'for the duration necessary',
    'as required by law', 'temporarily',
  ],

  // --- covenant ---
  moderate: [
    'moderat(?:e|es|ed|ing|ion|ors?)', 'not (?:tolerated|allowed|permitted|welcome|acceptable)', 'no place for', 'zero tolerance', 'prohibit(?:s|ed)?', 'forbid(?:s|den)?',
    'ban(?:s|ned)?', 'remov(?:e|ed|al)', 'suspen(?:d|ded|sion)', 'against (?:the|our) rules', 'will not be tolerated', 'do not', "don't", 'no', 'never', 'report', 'rules?',
    '(?:won[\'’]t|will not|do not|don[\'’]t) (?:host|tolerate|allow|accept|welcome)', 'zero',
  ],
  racism: ['racis[mt]s?', 'racial(?:ly)?', 'race', 'white supremac(?:y|ist)', 'ethnicity', 'ethnic', 'xenophob(?:ia|ic)', 'antisemit(?:ism|ic)', 'islamophob(?:ia|ic)', 'nationality'],
  sexism: ['sexis[mt]s?', 'misogyn(?:y|ist|istic)', 'sex', 'gender', 'gender-based', 'sexes'],
  homophobia: ['homophob(?:ia|ic|e)s?', 'sexual orientation', 'sexual minorit(?:y|ies)', 'sexual (?:and|or) gender minorit(?:y|ies)', 'gender (?:and|or) sexual minorit(?:y|ies)', 'queerphob(?:ia|ic)', 'biphob(?:ia|ic)', 'lesbophob(?:ia|ic)', 'lgbt\\w*phob(?:ia|ic)', 'anti-lgbt\\w*', 'anti-(?:gay|queer|lesbian|bi)', 'homo-(?= (?:or|and|&) trans)'],
  transphobia: ['transphob(?:ia|ic|e)s?', 'gender identity', 'gender expression', 'gender minorit(?:y|ies)', 'gender (?:and|or) sexual minorit(?:y|ies)', 'sexual (?:and|or) gender minorit(?:y|ies)', 'misgender(?:ing)?', 'deadnam(?:e|ing)', 'enbyphob(?:ia|ic)', 'anti-trans'],
  backup: ['back(?:ed)?[- ]?ups?', 'back(?:ed)? up', 'backing up', 'snapshots?'],
  frequency: [
    'daily', 'every day', 'each day', 'once a day', 'per day', 'nightly', 'every night', 'hourly', 'every hour', 'continuous(?:ly)?', 'real[- ]time',
    'every \\d+ hours?', 'every single (?:day|night)', 'several times a day', 'twice a day', 'weekly', 'every week', 'once a week', 'monthly', 'every month', 'once a month', 'yearly', 'annually', 'regular(?:ly)?', 'automatic(?:ally)?',
  ],
  emergencyAccess: [
    'emergency access', 'access in (?:an |case of (?:an )?)?emergenc(?:y|ies)', 'bus factor', 'second admin(?:istrator)?s?', 'backup admin(?:istrator)?s?',
    'if (?:something|anything) (?:happens|were to happen) to (?:me|us|the admin(?:istrator)?|our admin(?:istrator)?)', '(?:co-?)?admins? (?:can|could) take over',
  ],
  /** Someone besides the admin; counts for emergency access only with words of access in the same sentence. */
  otherPerson: [
    'another (?:person|admin(?:istrator)?|trusted person|team member|moderator)', 'other (?:people|persons|admins|administrators|team members)',
    'more than one (?:person|admin(?:istrator)?)', 'at least (?:one other|two) (?:people|persons|admin(?:istrator)?s?)', 'trusted (?:person|people|admins?)', 'in (?:an |case of (?:an )?)?emergenc(?:y|ies)',
  ],
  access: ['access(?:es)? to the (?:server|instance|infrastructure|hosting|database|backups)', 'has access', 'have access', 'credentials', 'keys', 'take over', 'step in', 'run the server', 'administer', 'keep the server running'],
  shutdown: [
    'shut(?:s|ting)?[- ]?down', 'clos(?:e|es|ed|ing|ure) (?:down )?(?:the |this |our )?(?:server|instance|service|site|community)', 'clos(?:e|es|ed|ing|ure)', 'discontinu(?:e|es|ed|ation)',
    'ceas(?:e|es|ed|ing) (?:to )?operat(?:e|ing|ions)', 'stop(?:s|ped)? (?:running|operating|hosting)', 'wind(?:ing)? down', 'go(?:es|ing)? offline', 'end of (?:the )?(?:server|instance|service)',
    'decommission(?:ed|ing)?', 'sunset(?:ting)?', 'terminat(?:e|es|ed|ion) (?:of )?(?:the |this )?(?:service|server|instance)',
    'shut(?:s|ting)? (?:the |this |our )?(?:server|instance|site|service) down', 'tak(?:e|es|ing|en) (?:the |this |our )?(?:server|instance|site|service) (?:offline|down)', 'pull(?:s|ed|ing)? the plug',
  ],
  notice: ['notice', 'notif(?:y|ied|ication)', 'warn(?:ed|ing)?', 'announce(?:d|ment)?', 'advance', 'in advance', 'ahead', 'beforehand', 'inform(?:ed)?', 'advise', 'announc(?:es|ing)', 'warns', '(?:hear|learn) (?:about )?(?:it|this) from us'],

  // --- AI and scraping ---
  ai: [
    'a\\.i\\.', 'artificial intelligence', 'machine[- ]learning', 'llms?', '(?:large )?language models?', 'generative', 'gen-?ai', 'neural (?:networks?|nets?)',
    '(?:ai|ml) models?', 'models?', 'deep learning', 'chatbots?', 'gpt',
  ],
  train: ['train(?:s|ed|ing)?', 'training (?:data|sets?|corpus|material)', 'fine-?tun(?:e|es|ed|ing)', 'develop(?:ing)? (?:ai|models?)', 'feed(?:ing)? (?:into|to)', 'dataset', 'data sets?', 'build(?:ing)? (?:ai|models?)'],
  scrape: [
    'scrap(?:e|es|ed|ing|ers?)', 'crawl(?:s|ed|ing|ers?)?', 'spiders?', 'harvest(?:s|ed|ing)?', 'data[- ]min(?:e|ing)', 'text and data mining', 'mine data',
    'bulk (?:download|collection|export|copying)', 'automated (?:collection|access|scripts|queries|data collection|downloading|scraping)', 'automated means of (?:access|collection)',
    'automatically (?:collect|download|extract)', 'mass (?:download|collection)', 'robots?', 'bots? (?:to|that) (?:collect|download|archive|index)', 'extract(?:ing)? (?:data|content)',
    'archiv(?:e|ing) (?:content|posts|data)', 'index(?:ing)?',
  ],
  prohibit: [
    'prohibit(?:s|ed|ion)?', 'forbid(?:s|den)?', 'ban(?:s|ned)?', 'not (?:allowed|permitted|authori[sz]ed|acceptable|tolerated|ok)', 'disallow(?:s|ed)?', 'unauthori[sz]ed',
    'may not', 'must not', 'shall not', 'cannot', "can't", 'do not', "don't", 'is not', 'are not', 'not to', 'no ', 'never', 'without (?:(?:our|my|the|their|explicit|prior|express|written|opt-in|informed)\\s+){1,4}(?:consent|permission|authori[sz]ation|approval)',
    'only with (?:(?:our|my|the|their|explicit|prior|express|written|opt-in)\\s+)*(?:consent|permission)', 'requires? (?:(?:our|my|the|their|explicit|prior|express|written|opt-in)\\s+)*(?:consent|permission)',
    'opt[- ]in', 'refrain from', 'restrict(?:s|ed)?', 'object to', 'reserve(?:s)? the right to (?:block|refuse)', 'block(?:s|ed|ing)?', 'den(?:y|ies|ied)', 'excluded', 'against',
  ],

  // --- what users should know ---
  directMessage: [
    'direct messages?', 'dms?', 'private (?:messages?|mentions?|posts?|toots?|conversations?)', 'mentioned people only', 'mentions?-only', 'followers-only (?:posts?|toots?)',
    'non-public (?:posts?|messages?)', 'direct (?:posts?|toots?)', 'private data',
  ],
  /** Said of messages: stored or sent without encryption (a statement in one word, not a negation). */
  unencrypted: ['unencrypted', 'in (?:plain ?text|clear ?text|the clear)', 'lack(?:s|ing)? (?:any )?(?:end-to-end )?encryption'],
  encrypted: ['end-to-end encrypt(?:ed|ion)', 'e2ee?', 'encrypt(?:ed|ion)', 'securely encrypted', 'encrypt'],
  operatorsRead: [
    '(?:operators?|admins?|administrators?|moderators?|staff|owners?)(?: (?:of|on) (?:the|this|your|any|other|each|receiving|remote)[ \\w\'’]{0,30}?(?:servers?|instances?))? (?:and[ \\w\'’]{1,40} )?(?:can|could|may|might|are able to|have (?:the )?(?:technical )?(?:ability|access)|technically)',
    '(?:can|could|may) (?:be )?(?:read|view|see|access)(?:ed)? by', 'accessible to (?:the )?(?:admin|operator|moderator)', 'looked at by', 'readable by', 'visible to (?:the )?(?:admin|operator|moderator)s?',
    'not (?:be )?(?:considered|treated as) (?:private|secure|confidential)', 'should not share (?:any )?(?:sensitive|dangerous)', 'do not share (?:any )?(?:sensitive|dangerous)',
  ],
  federation: [
    'federat(?:e|es|ed|ing|ion)', 'other (?:servers?|instances?|sites?)', 'remote (?:servers?|instances?)', 'receiving servers?', 'different servers?', 'third-party servers?',
    'fediverse', 'activitypub', 'any server', 'each server', 'servers of', 'servers? (?:that|which) (?:read|follow|receive)', 'other (?:parts|members) of the network', 'their servers?', 'those servers?', 'outside (?:our|this) (?:server|instance)',
  ],
  deliveredCopied: [
    'deliver(?:s|ed|y)?', 'cop(?:y|ies)', 'sen[dt]s?', 'sent', 'shar(?:e|es|ed|ing)', 'distribut(?:e|es|ed|ion)', 'transmit(?:s|ted)?', 'stored', 'persist', 'replicat(?:e|ed|ion)',
    'disclos(?:e|ed|ure)', 'receive', 'propagat(?:e|ed|ion)', 'cached?', 'pushed', 'put on', 'reach', 'syndicat(?:e|ed)', 'forward(?:ed)?', 'outside (?:our|of our) control',
  ],
  dataExport: [
    'export(?:s|ed|ing)?', 'archive of (?:your|all)', '(?:download|request)(?:ed)? (?:an? |your )?(?:archive|copy|backup)', '(?:data )?portability', 'take (?:your|their) data',
    'datenübertragbarkeit', 'download (?:your|all)',
  ],
  /** A copy of one's data by right of access: read as an export, but less directly than one (see data-export). */
  accessRight: ['right of access', 'copy of (?:your|the|all) (?:personal )?data'],
  accountDeletion: [
    'delet(?:e|ion of|ing) (?:your|their|an|the) (?:user )?account', 'account (?:deletion|removal|closure|termination)', 'close (?:your|their) account', 'remove (?:your|their) account',
    'delete (?:your|their) profile', 'account (?:can|may|will) be deleted', 'deactivate (?:your|their) account', 'löschung',
  ],
  accountMigration: [
    'migrat(?:e|es|ed|ing|ion)', 'mov(?:e|es|ed|ing) (?:your|their|an|the) (?:account|profile|followers)', 'account (?:move|transfer|redirect)', 'redirect (?:your|their) (?:account|profile)',
    'transfer (?:your|their) (?:account|followers)', 'take (?:your|their) followers', 'move to (?:another|a different) (?:server|instance)', 'moving to (?:another|a different) (?:server|instance)',
    'switch (?:to )?(?:another|a different) (?:server|instance)', 'account alias(?:es)?',
  ],
  sell: [
    'sell(?:s|ing)?', 'sold', 'sale', 'trad(?:e|es|ed|ing)', 'rent(?:s|ed|ing)?', 'monetiz(?:e|es|ed|ing|ation)', 'monetis(?:e|es|ed|ing|ation)', 'licen[cs](?:e|es|ed|ing)',
    'advertis(?:e|ing|ers?|ements?)', '(?:targeted |personali[sz]ed )?ads', 'ad tech', 'tracking', 'track(?:s|ed)? you', 'profil(?:e|ing) (?:you|users)', 'analytics', 'marketing',
    'transfer(?:red)? to (?:outside|third) parties', 'otherwise transfer',
  ],
  /** Words that point back to the data the sentence before named ("We log IP addresses. This data is deleted after 7 days."). */
  backReference: ['th(?:is|ese|at|ose) (?:data|information|details|addresses|records?|logs?)', 'such (?:data|information|details|addresses|records?)'],
  /** A sentence giving an example (an address in it reaches no one). */
  exampleCue: ['for (?:instance|example)', 'e\\.g', 'such as', 'looks? like'],
  personalData: ['personal(?:ly identifiable)? (?:data|information)', '(?:your|user|users\'?|member) (?:data|information)', 'data', 'information', 'details'],
  age: [
    'years? old', 'years? of age', 'age of', 'aged? \\d+', 'ages? \\d+', 'minimum age', 'under (?:the age of )?\\d+', 'over (?:the age of )?\\d+', 'older', 'younger', 'minors?',
    'children', 'child', '\\d+\\+', 'adults? only', 'age', 'teen(?:s|agers?)?', 'jahre', 'years or older', 'coppa',
  ],
  contactWord: [
    'contact(?:ed|ing)?', 'reach (?:us|me|the (?:admins?|moderators?|team))', 'e-?mail (?:us|me|the admin)', 'write to', 'send (?:us|me) (?:a |an )?(?:message|e-?mail|dm)', 'get in touch',
    'questions?', 'admin(?:istrator)?s?', 'moderators?', 'support', 'follow', 'dm', 'message', 'impressum', 'kontakt',
  ],
  security: [
    'tls', 'ssl', 'https', 'encrypt(?:ed|ion|s)?', 'hash(?:ed|es|ing)?', 'bcrypt', 'argon2', 'two[- ]factor', '2fa', 'multi[- ]factor', 'mfa', 'security measures?', 'secure (?:connection|server|socket)',
    'firewalls?', 'access control', 'safeguards?', 'protect(?:ed|ion|s)? (?:your|the|all|personal|user)',
    // A second factor named in other words (issue 10, round 2).
    'second (?:authentication )?factor', 'two[- ]step (?:verification|authentication|login|sign[- ]?in)', 'authenticator apps?', 'webauthn', 'security keys?', 'totp',
  ],
  thirdParty: [
    'third[- ]part(?:y|ies)', 'processors?', 'sub-?processors?', 'hosting (?:provider|company|service)s?', 'hosted (?:by|on|with|at)', '(?:e-?mail|mail|smtp) (?:provider|service|delivery)',
    'cdns?', 'content delivery network', 'object storage', 'cloud (?:provider|storage|service)s?', 'data cent(?:er|re)s?', 'service providers?', 'vendors?',
    'aws', 'amazon web services', 'hetzner', 'digitalocean', 'scaleway', 'ovh', 'cloudflare', 'fastly', 'backblaze', 'mailgun', 'sendgrid', 'postmark', 'linode', 'google cloud', 'azure', 'bunny',
    'outside parties', 'auftragsverarbeit\\w*',
    // Providers fediverse policies often name (read in every language: concepts are merged).
    'deepl', 'libretranslate', 'mailjet', 'brevo', 'sendinblue', 'mailchimp', 'amazon ses', 'wasabi', 'ionos', 'strato', 'netcup', 'contabo', 'posteo', 'mailbox\\.org', 'infomaniak',
  ],
  policyChange: [
    'chang(?:e|es|ed|ing) (?:to )?(?:this|our|the) (?:privacy )?(?:policy|terms|document)', '(?:update|amend|modif)(?:s|y|ies|ied|ed|ing)? (?:to )?(?:this|our|the) (?:privacy )?(?:policy|terms)',
    'last (?:updated|modified|revised|changed)', 'effective (?:date|as of|from)', 'updated (?:on|in|at)', 'revision history', '(?:this|the) policy (?:was|is) (?:last )?(?:updated|adapted|revised)',
    'changes to (?:this|our|the)', 'policy changes', 'version \\d', 'stand:',
  ],

  // --- document kinds, from file names and first headings ---
  kindPrivacy: ['privacy', 'data protection', 'datenschutz\\w*', 'confidentialit\\w*'],
  kindTerms: ['terms', 'tos', 'conditions', 'terms of (?:service|use)', 'nutzungsbedingungen'],
  kindRules: ['rules', 'code of conduct', 'code-of-conduct', 'coc', 'guidelines', 'community standards'],
  kindAbout: ['about', 'covenant'],

  // --- words rules use to qualify a statement ---
  /** What happens to a date of birth. */
  dobFate: [
    'stor(?:e|ed|ing)', 'kept', 'keep', 'retain(?:ed)?', 'delet(?:e|ed)', 'discard(?:ed)?', 'check(?:ed)?', 'verif(?:y|ied)', 'validat(?:e|ed)', 'compar(?:e|ed)',
    'used? only', 'only used', 'saved?', 'record(?:ed)?', 'remov(?:e|ed)', 'eras(?:e|ed)', 'thrown away', 'written (?:to|into)', 'held only',
  ],
  /** A prohibition stated outright (negated, as in "we do not prohibit", it is none). */
  strongProhibition: [
    'prohibit(?:s|ed|ion)?', 'forbid(?:s|den)?', 'ban(?:s|ned)?', 'disallow(?:s|ed)?', 'not (?:allowed|permitted|authori[sz]ed|acceptable|tolerated|ok)', 'unauthori[sz]ed',
    'refrain from', 'agree not to', 'against (?:the|our|these) (?:rules|terms)', 'opt[- ]in', 'reserve the right to block',
    '(?:without|only with|requires?|subject to) (?:(?:our|my|the|their|explicit|prior|express|written|opt-in|informed|user|users\'?)\\s+){0,3}(?:consent|permission|authori[sz]ation|approval)',
  ],
  /** Verbs of prohibiting: a negation before them ("we do not prohibit") negates the prohibition, not the activity. */
  prohibitVerb: ['prohibit\\w*', 'forbid\\w*', 'ban(?:s|ned)?', 'restrict\\w*', 'object\\w*', 'block\\w*', 'oppose\\w*', 'against', 'objection'],
  /** A lead-in or heading that makes the list under it a list of prohibitions ("You agree not to:"). */
  prohibitingFrame: ['agree not to', '(?:may|must|shall) not', 'do not', "don't", 'not (?:allowed|permitted)', 'prohibit\\w*', 'forbid\\w*', 'not to'],
  /** Talk of the operators or of users' data (not of users' behaviour). */
  aboutDataOrUs: ['we', 'our', 'us', 'your', 'data', 'information', 'details'],
  adFree: ['ad-free', 'free of (?:ads|advertising)', 'without (?:ads|advertising|tracking)'],
  /** A way to reach someone. */
  contactChannel: ['e-?mail', 'mail', 'form', 'page', 'link', 'account', 'direct message', 'message', 'issue tracker', 'ticket', 'inbox', 'matrix', 'signal', 'phone', 'profile'],
  /** Asking users to reach the operators (not "we may contact you"). */
  asksToReach: [
    'contact (?:us|me|the (?:admins?|administrators?|moderators?|team|operators?|staff))', 'reach (?:us|me|out|the (?:admins?|moderators?|team))', 'write (?:to )?(?:us|me)',
    'get in touch', 'e-?mail (?:us|me)', 'send (?:us|me)', 'message (?:us|me)', '(?:our|the) (?:contact (?:form|page|address)|support (?:page|address|e-?mail))',
    'contact:', 'questions?[^.]{0,60}(?:contact|write|e-?mail|reach)', 'can be (?:contacted|reached)',
  ],
  /** Backups that are not the server's: two-factor backup codes, users' own copies. */
  notServerBackups: [
    'backup codes?', '(?:recovery|backup) (?:key|phrase)s?', 'you (?:should|can|may|might|could|must)[^.]{0,30}back(?:ed)?[- ]?up', 'your own backups?', 'you are responsible for',
    'download (?:a |an |your )?(?:backup|copy|archive)', '(?:backup|copy|archive) of your (?:own )?(?:posts|data|account|content)', 'import and export',
  ],
  /** Less often than daily. */
  infrequent: ['weekly', 'every week', 'once a week', 'monthly', 'every month', 'once a month', 'yearly', 'annually'],
  /** How often backups are made, one concept per step (the value of covenant-backups): more than daily, daily, weekly, monthly, yearly. */
  freqSubDaily: ['hourly', 'every hour', 'every (?:\\d+|two|three|four|six|eight|twelve|few) hours', 'several times a day', '(?:twice|two times|three times|four times) (?:a|per) day', 'continuous(?:ly)?', 'real[- ]time'],
  freqDaily: ['daily', 'every (?:day|night)', 'each (?:day|night)', 'once (?:a|per) day', 'nightly'],
  freqWeekly: ['weekly', 'every week', 'each week', 'once (?:a|per) week'],
  freqMonthly: ['monthly', 'every month', 'each month', 'once (?:a|per) month'],
  freqYearly: ['yearly', 'annually', 'every year', 'each year', 'once (?:a|per) year'],
  /** Lists of sensitive data (GDPR Art. 9) name race and sexual orientation too, but are not rules. */
  sensitiveData: ['special categor\\w*', 'sensitive (?:personal )?(?:data|information)', 'racial or ethnic origin', 'data (?:concerning|revealing)', 'health data', 'biometric'],
  /** Records of staff actions, not the server's request logs. */
  otherLogs: ['(?:moderation|audit|admin(?:istrative)?|action|activity|change|chat|mod)[- ]logs?'],
  /** Who is too young to join, without the number minimum-age needs: what its missing finding names. */
  ageLimit: [
    'minimum age', 'age (?:limit|requirement|restriction)s?', 'minors?', 'child(?:ren)?', 'kids?', 'under ?age', 'old enough', 'adults? only', 'age of (?:digital )?(?:consent|majority)',
    'years? (?:old|of age)', 'teens?', 'teenagers?', 'coppa',
  ],
  /** Who may join or whose data is taken: what makes a mention of children about an age limit ("children may not register"), not about content ("no sexualised images of minors"). */
  joiningOrData: [
    'join(?:s|ing)?', 'sign(?:s|ing)?[- ]?up', 'regist(?:er|ers|ering|ration)', 'create an account', 'have an account', 'use (?:this|the|our) (?:service|server|site|instance)', 'members?',
    'personal (?:data|information)', 'collect(?:s|ed|ing)?', 'parents?', 'guardians?', 'consent',
  ],
  /** Words that make a number an age. */
  ageContext: [
    'age[ds]?', 'years?', 'old', 'older', 'younger', 'minors?', 'adults?', 'child(?:ren)?', 'teens?', 'coppa', 'gdpr', 'must be', 'users?', 'accounts?',
    'to (?:use|join|register|sign up|create|access)', 'register', 'sign(?:ing)? up', 'join', 'kids?',
  ],
  /** Which law an age belongs to. */
  jurisdiction: ['European', 'United States', 'GDPR', 'COPPA', 'country', 'countries', 'jurisdiction', 'state', 'law', 'where you live', 'resident'],
  /** Something done with data by a third party. */
  processing: [
    'shar(?:e|ed|ing)', 'process(?:es|ed|ing)?', 'receiv(?:e|es|ed)', 'disclos(?:e|ed|ure)', 'host(?:s|ed|ing)?', 'stor(?:e|es|ed)', 'deliver(?:s|ed|y)?', 'send', 'sent',
    'transfer(?:red)?', 'provid(?:e|es|ed|er)s?', 'use', 'uses', 'serve[sd]?', 'run (?:by|on)', 'through', 'via',
  ],
  withoutNotice: ['without (?:any |prior |further )?(?:notice|notification|warning)'],
  announced: ['announc\\w*', 'notif\\w*', 'inform\\w*', 'post(?:ed|ing)? (?:on|to|at)', 'publish\\w*', 'e-?mail', 'let you know', 'tell you', 'in advance', 'notice', 'revision history', 'changelog'],
  monthName: ['(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?'],
  /** Words that tie a migration to accounts (not "we migrated the database"). */
  aboutAccounts: ['accounts?', 'followers', 'profiles?', 'instances?', 'servers?'],
  /** Sessions shown to the user: a record of sign-ins exists. */
  sessionsShown: ['available', 'listed', 'shown', 'review', 'revo(?:ke|cation)'],
  /** Words before a duration that make it a frequency ("every 6 hours"). */
  everyPeriod: ['every', 'each', 'per', 'once (?:a|per)', 'within the (?:last|past)'],
  /** What ties a thing to the records that hold it ("logs containing the IP address"). */
  containing: ['contain(?:s|ing)?', 'includ(?:e|es|ing)', 'with', 'which', 'that', 'of'],
  /** After a negated "keep": "not kept longer than" is a bound, not a denial. */
  beyondPeriod: ['longer', 'more', 'beyond', 'past', 'after'],

  // --- reading data statements (collects-*, *-retention): who keeps which data, named where ---
  /** Someone other than this server's operators as the one doing it ("other servers may ask for..."): their practice, not ours. */
  otherActor: [
    'other (?:servers?|instances?|sites?|websites?|services?|platforms?)', 'remote (?:servers?|instances?)', '(?:their|its) (?:own )?(?:operators?|admins?|administrators?|developers?)',
    'third[- ]party (?:apps?|clients?)', 'each server', 'password managers?',
  ],
  /** Said of a whole sentence: the practice is another party's choice ("that is up to them"). */
  notOurPractice: ['(?:is|are) up to (?:them|each server|(?:the|their|its) (?:other )?(?:servers?|instances?|operators?|admins?))', 'decide for themselves', 'under (?:its|their) own (?:policy|policies|terms)'],
  /** Having the data, said without a verb of collecting ("we have your e-mail", "it lives in our database", "we note which browser"). */
  holdsData: [
    "we(?:'ve| have) (?:got )?your", '(?:lives?|sits?|lies|resides?) (?:on|in) our (?:servers?|database)', '(?:is|are) in our database', 'we note', 'noted', 'hold on to',
  ],
  /** A practice only imagined, not stated ("if we ever...", "we would ask"). */
  hypothetical: ['if (?:we|you) (?:ever|were to|decide|should)', 'would(?! like)', '(?:might|could|may) (?:start|begin|decide)', 'in the future'],
  /** A pronoun for the data named just before ("We hold on to it", "They are deleted after 90 days"). */
  pointsBack: ['it', 'its', 'them', 'they', 'this', 'these', 'that', 'such (?:data|information|details)'],
  /** A label or column naming how long data is kept ("Retention period:", "Kept for"). */
  retentionLabel: [
    'retention(?: (?:period|time|policy|duration|length))?', 'storage (?:period|duration|time|length)', 'preservation(?: (?:period|length|time|duration))?',
    '(?:kept|retained|stored|saved|deleted|erased) (?:for|after|until)', 'how long', 'kept', 'deleted after',
  ],
  /** Deleting, in the words of tidying ("cleaned up after 120 days"): a period follows as with any word of keeping. */
  cleanedUp: ['clean(?:s|ed)? up', 'cleared', 'disappears?', 'expunged'],
  /** Records of the requests the server answers, by another name ("request records"): server logs. */
  requestRecords: ['records? of (?:the )?(?:http )?requests', 'request records?', 'log output', 'systemd journal'],
  /** Taken out of what is kept, with no period: "user agents are stripped from our logs" says they are not kept. */
  removedFrom: ['(?:stripped|scrubbed|removed|filtered|redacted) (?:out )?(?:of|from)'],
  /** A password that protects something, not one of the user's that is kept ("password-protected backups"). */
  passwordProtected: ['password[- ]protected', 'protected (?:by|with) (?:a )?password'],
  /** E-mail as a way of sending, not an address kept: "contact us by e-mail", "e-mail notifications delivery", "the e-mail contents". */
  emailAsMedium: [
    '(?:by|via|through|over|per) e-?mail', 'e-?mail (?:notifications?|delivery|deliveries|providers?|mailbox(?:es)?|services?|servers?|clients?|newsletters?|contents?|hosting|inbox(?:es)?|messages?|support|relay)',
  ],
  /** A lower bound, not a maximum ("stored for at least 30 days"). */
  minimumBound: ['at least', '(?:a )?minimum (?:of|period of)', 'no (?:less|shorter) than', 'not (?:less|shorter) than'],
  /** A "no" in a table cell ("Collected? | No"). */
  noAnswer: ['no', 'none', 'never', 'not collected', 'not stored', 'n/a', '✗', '✘', '❌', '-'],
  /** A sign-in as an event ("each login", "your last connection", "the devices logged in"). */
  loginEvent: [
    'log ?ins?', 'logins', 'logged[- ]in', 'log(?:s|ged)? (?:in|on)', 'sign[- ]?ins?', 'signed[- ]in', 'sign(?:s|ed)? (?:in|on)', '(?:past|previous|recent|active|open) sessions?',
    'session (?:list|history)', '(?:your|the|all|user) sessions', 'sign(?:s|ed)? into', 'log(?:s|ged)? into', '(?:each|every|your|the|last|latest|recent) connections?', 'authentication (?:events?|attempts?)', 'login attempts?', 'accesses to (?:your|the) account',
  ],
  /** A sign-in as the point a period counts from ("6 months after your last login"): a date of the account's, not a history. */
  countedFrom: ["(?:after|since|from) (?:your|the|their|a user's|the user's) (?:last|latest|most recent|previous)"],
  /** When an event happened, or a record of such events ("the date and time of", "a log of", "since when"). */
  eventTime: [
    'dates?', '(?<!(?:every|each|any) )times?', 'timestamps?', 'since when', 'when and (?:from )?where', 'history', 'histories', 'lists?', 'records? of', 'logs? of', '(?:sign[- ]?in|login) log',
    'recent', 'past', 'last', 'latest', 'failed', 'successful', 'started', 'happened', 'duration',
  ],
  /** A table column that makes the rows a list of data kept ("Data", "Purpose"). */
  dataColumn: ['data', 'purposes?', 'type of (?:data|information)', 'categor(?:y|ies)', 'information'],
  /** The client software a post or session came from, named indirectly ("the app a post was sent from"). */
  clientUsed: [
    '(?:app|application|client)s? (?:used )?to (?:post|publish|log in|sign in|access)', '(?:app|application|client)s? (?:you|that you) (?:post|publish|log in|sign in|connect)(?:ed)? (?:with|from|through)',
    '(?:app|application|client)s? (?:a|the|your) (?:post|status|message|toot)s? (?:was|were|is|are) (?:sent|posted|published) (?:from|with)', 'which client', 'software client', 'client (?:name|application)',
    '(?:name|version)s? of (?:each|the|your) (?:app|application|client)s?', 'apps? you (?:authori[sz]e|connect)', 'browser identification(?: string)?', '(?:the )?browser you use',
    '(?:device|browser|app) (?:you|that you) (?:used|use)', 'client (?:web|app)',
  ],
  // --- reading prohibitions (rules/shared/prohibition.ts: scraping, AI training) ---
  /** More ways to state a prohibition than strongProhibition: refusing to allow, "nobody may", a violation of the terms, consent as the only way. */
  prohibitionStated: [
    '(?:do|does|will|shall|would) not (?:allow|permit|tolerate|accept|authori[sz]e)', '(?:don|doesn|won)[\'’]t (?:allow|permit|tolerate|accept|authori[sz]e)', 'not welcome',
    'no(?:body| one|-one)(?: else)? (?:may|shall|can|is (?:permitted|allowed|authori[sz]ed)|has (?:the )?(?:right|permission))',
    '(?:is|are|constitutes?) (?:a )?(?:violation|breach) of', 'violat(?:e|es|ing) (?:these|our|the) (?:terms|rules)',
    'only(?![\\p{L}])[^.;]{0,80}?(?<![\\p{L}])with (?:[\\p{L}\'’-]+,? ){0,3}(?:consent|permission|authori[sz]ation|approval)',
  ],
  /** Automated collection named by its tools or manner rather than a word for scraping ("collected by automated means", "use scripts to download"). */
  automatedCollection: [
    '(?:collect|gather|download|archiv|index|harvest|extract|retriev|fetch|cop(?:y|ie)|mirror)\\w* [^.;:]{0,60}?(?:by|with|through|via|using) (?:automated|automatic|programmatic) (?:means|tools?|software|scripts?|programs?|processes|systems)',
    '(?:automated|automatic) (?:tools?|software|scripts?|programs?|means) to (?:collect|gather|download|archive|index|harvest|extract|copy|scrape|mirror)',
    '(?:mass|bulk|systematic(?:ally)?)[- ](?:collect|download|harvest|archiv|cop(?:y|ie)|gather|extract|index)\\w*',
    '(?:collect|download|harvest|archiv|cop(?:y|ie)|gather|extract|index)\\w* (?:\\w+ ){0,3}?in bulk', 'data[- ]mining tools?',
  ],
  /** Using content for AI named by its purpose ("used for machine-learning purposes"). */
  trainForAI: [
    'for (?:the )?(?:purposes? of )?(?:machine[- ]learning|deep learning|artificial intelligence|generative ai|ai|ml|llms?)', '(?:machine[- ]learning|ai|ml|artificial intelligence|llm) purposes',
  ],
  // --- covenant backups: a commitment, not a mention (issue 10) ---
  /** Backups made or kept: a verb of making or keeping them ("backups are made", "encrypted backups retained"), or backing up as a verb. */
  backupMade: [
    'mak(?:e|es|ing)', 'made', 'tak(?:e|es|ing|en)', 'took', 'creat(?:e|es|ed|ing)', 'run(?:s|ning)?', 'perform(?:s|ed|ing)?', 'keep(?:s|ing)?', 'kept', 'stor(?:e|es|ed|ing)',
    'retain(?:s|ed|ing)?', 'encrypt(?:s|ed|ing)?', 'sav(?:e|es|ed|ing)', 'held', 'maintain(?:s|ed)?', 'have', 'has', 'do', 'does', 'did', 'done', 'back(?:s|ed)? up', 'backing up', 'backed[- ]up', 'redundant',
  ],
  /** The server's data copied elsewhere, described without the word backup ("the database is dumped daily"); read with a frequency. */
  serverCopied: [
    '(?:database|server|instance|uploads|uploaded (?:media|files)|media files)(?: [\\w-]+){0,3}? (?:is|are|gets?) (?:\\w+ )?(?:dumped|copied|replicated|mirrored|snapshotted|backed up|saved)',
    '(?:dump(?:s|ed)?|cop(?:y|ies|ied)|replicat(?:e|es|ed)|mirror(?:s|ed)?|snapshot(?:s|ted)?|back(?:s|ed)? up) (?:of )?(?:the |our |all )?(?:whole |entire |full )?(?:postgre\\w* )?(?:database|server|instance)',
    'cop(?:y|ies) of (?:the |our )?(?:whole |entire )?(?:database|server|instance)',
  ],
  /** Not in place, so no commitment: planned, hoped for, one-off, done without (backups, a second admin). */
  notInPlace: [
    'looking for', 'hoping to',
    'plan(?:s|ning|ned)? to', 'at some point', 'in the future', 'not yet', 'one-?off', 'one-time', 'a single backup', 'once before', 'without (?:them|any backups?|backups?)', 'intend to', 'hope to',
  ],
  // --- covenant emergency access: more than one person with access to the server (issue 10) ---
  /** Someone besides the one admin, or more than one person: with serverAccess in the same sentence it is emergency access. */
  morePeople: [
    '(?:two|three|four|five|several|multiple|both|all)(?: of)?(?: (?:our|the|us))? (?:trusted )?(?:people|persons|admins?|administrators?|members|of us)',
    '(?:we are|we[\'’]re) (?:two|three|four|several)', 'co-?admin(?:istrator)?s?', 'deput(?:y|ies)', 'another (?:trusted )?(?:person|admin(?:istrator)?|member)',
    '(?:a|my|our|the admin[\'’]s) (?:trusted )?(?:friend|partner|deputy|spouse)', 'admin team', 'collective', '(?:trusted )?third person', 'besides (?:the |our )?(?:owner|admin(?:istrator)?|me)',
    'in addition to (?:the |our )?(?:owner|admin(?:istrator)?|me)', 'not the only one', '(?:a|one) moderator', 'a second (?:person|admin(?:istrator)?)',
  ],
  /** Access to the server itself (not to an account): root or shell access, its credentials, taking it over. */
  serverAccess: [
    '(?:root|ssh|shell|admin(?:istrative)?|full|server) access', 'access (?:to )?(?:the |our |this )?(?:server|machine|instance|hosting(?: account)?|database|infrastructure)',
    '(?:get|log|sign)s? ?in(?:to)? (?:to )?(?:the |our )?(?:server|machine)', '(?:credentials|keys|login details|passwords?) (?:to|for) (?:the |our )?(?:server|machine|instance)',
    'server credentials', 'the keys', 'take over', 'step in',
  ],
  /** Where a condition starts ("..., if I cannot"): a negation in it does not reach back. */
  conditionStart: ['if', 'unless', 'should'],
  /** What opens a clause that is the condition or time of another ("when you delete your account, ..."). */
  subordinateOpener: ['when(?:ever)?', 'if', 'once', 'after', 'until', 'upon', 'as soon as'],
  // --- covenant moderation (issue 10) ---
  /** Moderating as an act: negated ("we do not moderate racism") the categories it names are not moderated. */
  moderationVerb: ['moderat(?:e|es|ed|ing)'],
  /** A welcome to everyone whatever their traits ("regardless of race or gender"): the traits named are not forbidden. */
  regardlessOf: ['regardless of', 'irrespective of', 'no matter (?:your|their|what|who)', 'whatever (?:your|their)', 'independent(?:ly)? of'],
  /** A sentence listing what the one before it forbids ("Discrimination is forbidden. This includes racism, ..."). */
  includesBack: ['th(?:is|at|ese) (?:includes?|covers?|means)', 'including', 'such as', 'in particular', 'for example'],
  /** "Without notice" after a negated shutdown is a promise of notice ("we will never shut down without warning"). */
  withoutNoticeCue: ['without (?:any |prior |advance |further |first )?(?:notice|notification|warning|announcement|warning (?:you|users|members)|notifying|informing|telling)'],
  /** A wish, not a promise ("we would like to warn you, but make no promises"). */
  noPromise: ['(?:make|makes|give) no (?:promises?|guarantees?)', '(?:cannot|can[\'’]t|do not|don[\'’]t) (?:promise|guarantee)', 'no guarantee', 'without (?:any )?guarantee'],
  /** Not a prohibition: the operators cannot prevent it, or nothing is decided yet. */
  notAProhibition: [
    '(?:not|never) (?:yet |been |(?:yet )?been )?(?:decided|determined|settled)', 'undecided', '(?:cannot|can[\'’]t|unable to|not able to|no way to) (?:prevent|stop|control|block)',
    'make no promises?',
  ],
  /** A negation describing what is not done ("posts are not collected"), not what must not be ("must not be", "are not to be"). */
  statedAsFact: ['(?:is|are|was|were|gets?)(?: (?:currently|ever))? (?:not|never)(?! to(?![\\p{L}]))'],
  /** The operators saying what they themselves do not do ("we do not scrape"): a description, not a prohibition. */
  operatorsThemselves: [
    '(?:we|the (?:admins?|administrators?|operators?|moderators?|team|staff)|our (?:admins?|team|staff|moderators?))(?: (?:ourselves|also|currently|ever|still|will|do|does))? (?:not|never|n[\'’]t)',
    '(?:we|the (?:admins?|operators?|team))(?: (?:ourselves|also|currently))? (?:don|doesn|won)[\'’]t',
  ],
  // --- what users should know: who does what (read by structure, not by phrase) ---
  /** The sentence takes an offer back: not available, only planned, hypothetical, not working yet. */
  notOffered: [
    'not (?:yet )?(?:be )?(?:supported|possible|available|offered|enabled|implemented)', 'unavailable', 'unsupported', 'impossible', 'no way to',
    '(?:are|is|we(?: are)?) (?:planning|planned|intending|hoping)', 'plan(?:s|ned)? to', 'in (?:a|the) future', 'future (?:version|release|update)s?', 'later this year', 'at some point',
    'if we ever', 'should we ever', 'under construction', 'coming soon', 'not (?:yet )?(?:ready|working|set up)', 'work in progress',
  ],
  /** The people who run a server (this one or another). */
  operatorParty: [
    'operators?', 'admins?', 'administrators?', 'administration', 'moderators?', 'staff', '(?:server |instance )?owners?', 'sysadmins?', 'hosts? of',
    '(?:people|those|anyone|whoever|someone) (?:who )?(?:run|runs|running|administer|administers|manage|manages|host|hosts|operate|operates)',
  ],
  /** Reading, seeing or getting at something. */
  accessVerb: ['read(?:s|ing|able)?', 'view(?:s|ed|ing)?', 'see[ns]?', 'seen', 'saw', 'access(?:es|ed|ing|ible)?', 'look(?:s|ed)? at', 'inspect(?:s|ed)?', 'visible'],
  /** Being able to: a possibility, not a practice ("can read", "it is possible for", "have access to"). */
  possibility: ['can', 'could', 'may', 'might', '(?:are|is) able to', 'able to', 'possible', 'technically', 'capable of', 'ha(?:ve|s) (?:full |technical )?access', 'in principle'],
  /** Direct messages by their visibility setting. */
  directVisibility: ['direct visibility', '(?:visibility|audience) (?:set to |of )?["“„«]?(?:direct|mentioned (?:people|users) only|only mentioned)', 'mentioned (?:people|users) only'],
  /** Moving an account: the verbs (what moves is checked apart). */
  moveVerb: [
    'mov(?:e|es|ed|ing)', 'move feature', 'migrat(?:e|es|ed|ing|ion)', 'redirect(?:s|ed|ing)?', 'transfer(?:s|red|ring)?', 'point(?:s|ing)? (?:your|their|it|this)', 'bring(?:ing)? (?:your|their) followers', 'brought (?:over|along|with)',
    'take (?:your|their) followers', 'switch(?:ing)? (?:to )?(?:instances?|servers?)', 'port(?:ing)? (?:your|their) account',
  ],
  /** Where an account moves to: another server, a new account. */
  newHome: [
    '(?:another|other|a different|any other|a new|your new|their new) (?:server|instance|account|home|profile|fediverse server)s?', 'new (?:server|instance|account|home)',
    'elsewhere', 'switch(?:ing)? instances', '(?:any|a) compatible (?:server|instance)',
  ],
  /** Deleting for good (an account; the account is checked apart). */
  deleteVerb: ['delet(?:e|es|ed|ing|ion)', 'eras(?:e|es|ed|ing|ure)', 'remov(?:e|es|ed|ing|al)', 'wip(?:e|es|ed|ing)', 'clos(?:e|es|ed|ing|ure)', 'terminat(?:e|es|ed|ing|ion)', 'cancel(?:s|led|ling)?'],
  /** The user's own account: theirs, or the button that deletes it. */
  ownAccount: [
    '(?:your|their|his or her|his|her|my|one\'s|own) (?:\\w+ )?(?:user )?(?:accounts?|profiles?)', 'account (?:is yours|belongs to you)', 'yours to delete', 'an account here',
  ],
  /** A preposition that makes the next words a place, not what is acted on ("delete photos from your profile"). */
  placeBefore: ['from', 'in', 'on', 'of', 'under', 'within', 'about', 'via'],
  /** Someone who may act on their own account: the user ("you can", "users may"). */
  userActs: ['you(?: \\w+)? (?:can|may|are free to|have the right|are able to|will be able to)', '(?:users?|members?|anyone|everyone|account holders?)(?: \\w+){0,4} (?:can|may|are free to|have the right|are able to)'],
  /** A place where the operators' contact details are published: an imprint, a contact or about page. */
  contactPlace: ['imprint', 'impressum', 'legal notice', 'contact (?:page|form|details|information|info|address(?:es)?)', 'about page', 'about us'],
  /** Details that say how to reach someone. */
  contactDetails: ['contact (?:details|information|info|data|address(?:es)?|page|form)', 'how to (?:reach|contact)', 'postal address', 'reachable (?:via|through|by|at|on|under)', 'contact (?:an?|the|one of the|any) (?:admin|administrator|moderator|operator|staff)\\w*'],
  /** An e-mail address written so robots cannot read it ("name (at) example (dot) org"). */
  obfuscatedEmail: ['[\\[({]at[\\])}] ?[\\w-]+ ?(?:\\.|[\\[({]dot[\\])}]) ?[a-z]{2,}', 'at [\\w-]+ dot [a-z]{2,}'],
  /** A number that rates content, not users ("18+ content", "content for adults"): not a minimum age. */
  contentRating: ['\\d+ ?\\+ ?(?:content|material|media|posts?|images?|videos?|topics?|themes?)', '(?:content|material|media) (?:for|rated) (?:adults|\\d+)'],
  /** The user's own side of the data ("your data", "send you"). */
  userOwned: ['your', 'yours', 'their', 'my', 'you'],
  /** Giving users a copy of their data, in other words than "export" ("send you all the data we hold", "machine-readable format"). */
  dataCopyForUser: [
    'downloadable (?:archive|copy|export|file)', '(?:send|give|provide|hand)(?: you)? (?:all |a copy of )?(?:the |your )?(?:personal )?data (?:we hold|we have|we store|we keep)',
    '(?:send|give|provide) you all', '(?:structured|machine[- ]readable|commonly used) format', 'provide your data to you',
  ],
  /** An export that is a transfer elsewhere, not a copy for the user (backups, third parties, other countries). */
  exportElsewhere: ['backups?', 'databases?', 'off-?site', 'to (?:third[- ]part(?:y|ies)|other countries|countries)', 'moderation reports?', 'external storage'],
  /** Saying how to reach someone only by the kind of channel ("send us an e-mail"): no address, no link. */
  contactMedium: ['e-?mail', 'mail', 'message', 'direct message', 'inbox', 'dm'],
  /** The server itself is what moves ("the server moved to a new host"), not an account. */
  serverSubject: ['(?:the|this|our) (?:server|instance|site)(?: itself)? (?:has|was|is|will|may|moved|migrated)'],
  /** An account or its followers (not a server). */
  accountWord: ['accounts?', 'followers', 'profiles?'],
  /** Advertising alone: a server without ads says nothing yet of what is done with users' data. */
  adsOnly: ['advertis(?:e|ing|ements?)', '(?:targeted |personali[sz]ed )?ads', 'ad-free', 'free of (?:ads|advertising)', 'without (?:ads|advertising)'],
  /** Selling data named in one word or phrase ("data sale", "selling your data"). */
  /** Of `sell`, the words of handing data over for value (not advertising or tracking): a denial naming them is the one to quote. */
  selling: [
    'sell(?:s|ing)?', 'sold', 'sale', 'trad(?:e|es|ed|ing)', 'rent(?:s|ed|ing)?', 'monetiz(?:e|es|ed|ing|ation)', 'monetis(?:e|es|ed|ing|ation)', 'licen[cs](?:e|es|ed|ing)', '(?:data )?brokers?',
  ],
  dataSale: ['data (?:sale|selling|brokers?|brokerage)', 'sell(?:ing)? (?:your |user |users\' |personal )?(?:data|information)'],
  /** A practice denied after it is named ("selling data is something we have never done"). */
  practiceDenied: ['(?:is )?something (?:that )?we (?:have )?never', 'is not something we', 'will never happen', 'is out of the question'],
  /** A heading or lead-in that makes the list under it things not done ("What we will never do"). */
  neverDoFrame: ['(?:will|would|do|shall) never', 'never (?:do|will)', "(?:won't|don't|do not|will not) do", 'we never'],
  /** The servers that get a user's posts, named by whose they are ("your followers' servers", "third-party instances which follow you"). */
  followersServers: [
    "(?:servers?|instances?) (?:of|where) (?:your |their )?followers", "followers'? (?:servers?|instances?)", '(?:another|every|all) (?:servers?|instances?)', 'third-party instances?',
    '(?:servers?|instances?) (?:that|which) (?:follow|received?)', 'fediverse peers',
  ],
  /** Getting or keeping a copy there ("a copy remains there", "Recipients: ..."). */
  receivedKept: ['recipients?', 'remains? there', 'keep(?:s)? (?:a |their )?cop(?:y|ies)', 'receiv(?:e|es|ed)', 'retain(?:s|ed)?', 'stor(?:e|es|ed)', 'hold(?:s)? (?:a )?cop(?:y|ies)', 'download(?:s|ed)?'],
  /** Posts coming in from elsewhere, not going out ("posts from other servers are cached here"). */
  fromElsewhere: ['from (?:other|remote|another|external) (?:servers?|instances?)'],
  /** A transfer the user asks for (moving or exporting their data), not federation's delivery of every post. */
  atUsersRequest: ['(?:at|on|upon) (?:your|the user\'s|their) (?:own )?(?:request|instructions?|demand)', '(?:if|when|where) you (?:ask|request|instruct) (?:us|it)', 'as you (?:instruct|request)'],
  /** Third parties named only by kind of relation, not by what they do or who they are ("service providers", "third parties"). */
  genericParty: ['third[- ]part(?:y|ies)', 'service providers?', '(?:sub-?)?processors?', 'vendors?', 'outside parties', '(?:trusted )?partners?'],
  /** What a third party does for the server: hosting, e-mail, storage, delivery. */
  serviceKind: ['host(?:s|ed|ing)?', 'e-?mails?', 'mail', 'storage', 'cdn', 'translations?', 'backups?', 'smtp'],
  /** A bare "no" answering a row or a question. */
  answerNo: ['no', 'never', 'nope'],
  /** Data changing hands for something ("exchange your data for money"). */
  exchangeForValue: ['exchange(?:d|s)?[^.]{1,60}? for (?:money|payment|profit|any (?:other )?consideration)', '(?:for|against) (?:money|payment|a fee)'],
  /** Notice of a change, written around the change ("we'll let you know", "pin a post"). */
  changeNotice: [
    'let (?:you|users|members|everyone) know', 'communicated', 'notif(?:y|ied|ication)s?', 'inform(?:ed|s)?', 'announc(?:e|ed|es|ement)s?', 'pin(?:ned)? (?:a )?post', '(?:post|toot)(?:ed)? (?:about|from)',
    'banner', 'notices?', 'published (?:on|here|at)', 'will be published', 'update the date', 'date at the (?:top|bottom)', 'earlier versions', 'previous versions',
  ],
  /** Something is written about the policy changing (the policy named apart). */
  changeVerb: ['chang(?:e|es|ed|ing)', 'updat(?:e|es|ed|ing)', 'amend(?:s|ed|ing|ment|ments)?', 'modif(?:y|ies|ied|ication|ications)', 'revis(?:e|ed|ion|ions)', 'anything here'],
  /** The document itself. */
  thisPolicy: ['(?:this|the|our) (?:privacy )?(?:policy|notice|document|terms|statement|page)', 'privacy (?:policy|notice)', 'anything here'],
  /** A date on the document: when it was made, revised or took effect. */
  datedPolicy: ['revised', 'updated', 'adopted (?:on|in)', 'valid (?:from|since|as of)', '(?:in )?effect(?:ive)? (?:from|since|as of|on)', 'version'],
  // --- precision: who does what, read so that near misses are not taken for the clause (issue 10, round 2) ---
  /** An offer taken back in other words than notOffered: only hoped for, or forbidden ("we hope to support it", "exporting is not permitted"). */
  offerTakenBack: ['(?:hope|hoped|hopes|hoping) to', '(?:would|\'d) (?:like|love) to', 'not (?:permitted|allowed)'],
  /** The operators move the server itself ("we migrated the server to a new host"): no account moves. */
  serverMoved: ['(?:migrat(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|transfer(?:s|red|ring)?) (?:the|our|this) (?:whole |entire )?(?:server|instance|site|database|machine)'],
  /** The age of a thing, not of a person ("our server turned five years old", "the instance is two years old"). */
  thingsAge: ['(?:server|instance|site|community|project|domain|forum)(?: [\\w-]+){0,4}? (?:turned|turns|is now|became|has become|will be|is|was)(?: now| already| almost| nearly)? (?:\\d+|[a-z]+) years? old'],
  /** Backups that are the user's own job, not the server's ("please back up your data", "back up your recovery codes"). */
  usersOwnBackup: [
    'please (?:\\w+ )?back(?:ed)?[- ]?up', 'back(?:ed)?[- ]?up (?:your|their) (?:own )?(?:recovery |backup |2fa |two-factor )?(?:codes?|keys?)',
    '(?:remember|make sure|be sure|don[\'’]t forget) to back(?:ed)?[- ]?up',
  ],
  /** Backups offered or possible but not made ("the host offers backups but we have not enabled them"). */
  backupsNotMade: ['(?:have|has|had) not (?:yet )?(?:enabled|activated|turned on|switched on|set up|booked)', 'not (?:yet )?(?:enabled|activated|turned on|switched on)'],
  /** Data exported to a provider or service, not to the user ("exported to our analytics provider", "to our CDN"). */
  exportToService: ['to (?:our|an?|the|their) (?:[\\w-]+ ){0,2}?(?:providers?|partners?|processors?|cdn|vendors?|analytics)'],
  /** Not a prohibition: the operators cannot prevent it, with an adverb between ("we cannot technically prevent scraping"). */
  cannotPrevent: ['(?:cannot|can[\'’]t|unable to|not able to) (?:\\w+ ){1,2}(?:prevent|stop|control|block)'],
  /** Data that is about third parties, not given to them ("do not post personal data about third parties"). */
  dataAboutParty: ['about (?:other people|others|third[- ]part(?:y|ies))', '(?:data|information|details) (?:of|on|concerning) (?:other people|third[- ]part(?:y|ies))'],
  /** A change of provider, possible or done: the provider named in it is not one that handles data now ("we might move to a different host"). */
  providerChange: ['(?:mov|switch|migrat|chang)(?:e|es|ed|ing)? (?:to |over to )?(?:a |another |a different |a new |other )(?:[\\w-]+ ){0,2}?(?:provider|host|company|processor)s?'],
  /** "Without" and a notice with its period between ("will not close without at least three months' warning"). */
  withoutPeriodNotice: ["without (?:[\\w'’-]+ ){1,5}?(?:notice|warning|announcement|heads-up)"],
  /** Making or improving models or AI, as a use of content ("used to build or improve machine learning models", "for the development of generative AI"). */
  buildModels: [
    '(?:build|builds|building|built|improve|improves|improving|improved|create|creating|develop|developing|refine|refining)(?: or (?:build|improve|create|develop|refine))? (?:[\\w-]+ ){0,3}?(?:models?|ai|llms?)',
    '(?:development|improvement|creation|building) of (?:[\\w-]+ ){0,2}?(?:ai|models?|llms?)',
  ],
};

/** The title of a new section for a topic, when the document has no heading on it. */
export const TOPIC_TITLES: Record<string, string> = {
  topicCollect: 'Information we collect', topicRetention: 'Data retention', topicSecurity: 'How we protect your data', topicRights: 'Your rights',
  topicSharing: 'Sharing and federation', topicUse: 'How we use your information', topicRules: 'Server rules', topicOperations: 'Running the server',
  topicAI: 'Scraping and AI training', topicContact: 'Contact', topicChanges: 'Changes to this policy', topicAge: 'Minimum age', topicMessages: 'Direct messages',
};

/** Concepts whose short forms must keep their case ("IP", "AI", "ML", "DM"). */
export const CASE_SENSITIVE: Record<string, string[]> = {
  // Not "intellectual property (IP) rights".
  ip: ['IP(?:v[46])?s?(?!\\)? (?:rights|law|infringement))'],
  ai: ['AI', 'ML'],
  directMessage: ['DMs?'],
  topicAI: ['AI'],
  topicMessages: ['DMs'],
  contactChannel: ['DM'],
  asksToReach: ['DM (?:us|me)'],
  jurisdiction: ['EU', 'EEA', 'USA?', 'UK'],
  // What users should know: the settings button that deletes one's own account ("click Delete account").
  ownAccount: ['Delete (?:my |your )?account'],
};

/** Words that open a negation's scope. */
export const NEGATION_CUES = [
  'not', 'no', 'never', "\\p{L}+n[’']t", 'cannot', 'neither', 'nor', 'without', 'none', 'nothing', 'no longer', 'nobody', 'nowhere', 'refrain from', 'refuse to', 'decline to',
  'against', 'prohibit(?:s|ed)?', 'forbid(?:s|den)?', 'ban(?:s|ned)?',
];

/** Phrases containing a cue that do not negate ("no more than 90 days"). */
export const NOT_NEGATING = [
  'no (?:more|longer|later|less) than', 'not (?:more|longer|later|less) than', 'not exceed(?:ing)?', 'not to exceed', 'not only', 'no matter', 'if not', 'whether or not',
  '(?:protect|guard|defend|secure|fight|safeguard|insure)(?:s|ed|ing|ion)? against', 'not limited to', 'but not limited to', "(?:do not|don't|never) hesitate", 'without limitation', 'not necessarily', 'nothing (?:else|more) than', 'no exceptions?', 'no longer (?:needed|necessary|required|in use)',
  // An answer ("No, that is forbidden."), not a negation of what follows.
  'no,',
];

/** Cues that negate what comes before them: "IP logging is disabled" says no IP addresses are logged. */
export const NEGATION_AFTER = ['(?:is|are|was|were|remains?|stays?) (?:disabled|turned off|switched off|deactivated)'];

/** Words that end a negation's scope inside a sentence (a new clause starts). */
export const CLAUSE_BREAKS = [';', ':', ' but ', ' however', ' although', ' though', ' except', ' unless', ' instead', ' rather', ' which ', ' while ', ' whereas ', ' so that ', ' because ', '. '];

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, couple: 2, half: 0.5, 'a couple of': 2, 'a few': 3, several: 3, dozen: 12,
  'half a': 0.5, 'half an': 0.5, 'a half': 0.5, 'a dozen': 12,
};

/** Duration units in days (month = 30 days, year = 365 days; 12 months is read as a year). */
export const DURATION_UNITS: [string, number][] = [
  ['seconds?|secs?', 1 / 86400], ['minutes?|mins?', 1 / 1440], ['hours?|hrs?|h', 1 / 24], ['days?|d', 1], ['weeks?|wks?', 7], ['fortnights?', 14],
  ['months?|mos?', 30], ['quarters?', 91], ['years?|yrs?|y', 365],
];

/** Age phrases; {N} is the number. */
export const AGE_PATTERNS = [
  '{N}\\s*(?:\\+|years?(?:[- ]old)?\\s*(?:of age\\s*)?(?:or|and)\\s*(?:older|over|above|up)|years?[- ]old|years? of age|(?:or|and) (?:older|over|above))',
  '(?:age[ds]?|aged)\\s*(?:of\\s*)?(?:at least\\s*)?{N}',
  '(?:under|over|above|below|younger than|older than|at least|minimum(?: age)?(?: of| is)?)\\s*(?:the age of\\s*)?{N}(?![\\p{N}])',
  // "Minimum age to join: 18", "the minimum age for using this instance is 21", a table row "Minimum age | 16".
  'minimum age[^.\\d]{0,30}?(?=\\d){N}',
];

export const en: LanguageVocabulary = {
  language: 'en',
  name: 'English',
  concepts: CONCEPTS,
  caseSensitive: CASE_SENSITIVE,
  negationBefore: NEGATION_CUES,
  negationAfter: NEGATION_AFTER,
  notNegating: NOT_NEGATING,
  clauseBreaks: CLAUSE_BREAKS,
  numberWords: NUMBER_WORDS,
  durationUnits: DURATION_UNITS,
  agePatterns: AGE_PATTERNS,
  stopWords: ['the', 'and', 'of', 'to', 'we', 'you', 'your', 'is', 'are', 'that', 'for', 'with', 'this', 'or', 'in', 'be', 'not', 'our', 'it', 'on', 'by', 'as', 'any'],
  topicTitles: TOPIC_TITLES,
};
