// Spanish vocabulary: the same concepts as en.ts, in the words Spanish privacy
// policies (políticas de privacidad under the RGPD and the LOPDGDD), términos
// y condiciones and server rules use, in both registers (tú and usted).
// `\p{L}` (not `\w`) spans accented endings ("almacenará", "cederán").
// Words that are also common English words ("no", "a", "me", "personal",
// "media", "once") stay out of the concepts and number words: every
// language's words run on every text. Negation comes before the verb, as in
// English ("no vendemos", "nunca compartimos", "sin cifrar").
import type { LanguageVocabulary } from './types';

const L = '\\p{L}*';
/** Whose consent: "sin (el) consentimiento (previo) (por escrito)". */
const CONSENT = '(?:(?:el|la|su|tu|nuestro|nuestra|previo|previa|expreso|expresa|explícito|explícita)\\s+){0,3}(?:consentimiento|permiso|autorización)(?: (?:previo|previa|expreso|expresa|explícito|explícita|por escrito))*';
/** Admins and moderators, singular and plural, masculine and feminine. */
const STAFF = '(?:administrador(?:a|es|as)?|moderador(?:a|es|as)?|operador(?:a|es|as)?|responsables?|equipo)';

export const es: LanguageVocabulary = {
  language: 'es',
  name: 'Spanish',
  concepts: {
    /** What ties a thing to the records that hold it ("logs containing the IP address"). */
    containing: ['que contienen?', 'que incluyen?', 'con', 'incluyendo', 'de'],
    // --- data ---
    email: ['correos? electr[oó]nicos?', 'direcci[oó]n(?:es)? de correo(?: electr[oó]nico)?', 'correo'],
    username: ['nombres? de usuari[oa]s?', 'nombres? de (?:la )?cuenta', 'apodos?', 'identificador(?:es)? de usuari[oa]s?', 'nombre de acceso'],
    password: ['contraseñas?', 'contrasenas?', 'claves? de acceso'],
    ip: ['direcci[oó]n(?:es)? (?:de )?ip(?:v[46])?', 'direcci[oó]n(?:es)? del protocolo de internet'],
    userAgent: [
      'agentes? de usuario', '(?:tipo|nombre|versi[oó]n)(?: y (?:la )?versi[oó]n)? de(?:l)? navegador', 'navegador(?:es)?(?: web)? que (?:utilizas|usas|utiliza|usa|utilizan|usan)',
      'qu[eé] navegador', 'navegador o (?:la )?(?:aplicaci[oó]n|app)', 'sistemas? operativos?', 'tipo de dispositivo', '(?:modelo|informaci[oó]n) (?:del|de tu|de su) dispositivo',
      '(?:aplicaci[oó]n|app|cliente) que (?:utilizas|usas|utiliza|usa)', 'software cliente', 'informaci[oó]n (?:del|sobre el) navegador',
      'aplicaci[oó]n o (?:el )?navegador', '(?:nombre|tipo) de (?:la|tu) (?:aplicaci[oó]n|app)',
    ],
    loginHistory: [
      '(?:historial|registros?|fechas?|horas?|momentos?)(?: y (?:la )?hora)? de(?:l)? (?:inicio de sesi[oó]n|acceso|conexi[oó]n)(?:es)?', 'inicios de sesi[oó]n',
      'historial de (?:sesiones|accesos|conexiones)', 'sesiones activas', '[uú]ltim[oa] (?:inicio de sesi[oó]n|acceso|conexi[oó]n)',
      'cu[aá]ndo (?:inicias|inicia|iniciaste|inici[oó]) sesi[oó]n', 'cu[aá]ndo (?:accedes|accede) a (?:tu|su) cuenta',
    ],
    serverLogs: [
      'registros? (?:del servidor|de servidor|de acceso|de actividad del servidor|de errores|del sistema|de conexi[oó]n|t[eé]cnicos|web)',
      'archivos? de registro', 'ficheros? de (?:registro|log)', 'logs? (?:del servidor|de acceso|de errores|del sistema)',
    ],
    dateOfBirth: [
      'fechas? de nacimiento', 'cumpleaños', 'año de nacimiento', '(?:verificaci[oó]n|comprobaci[oó]n|control) de (?:la )?edad', '(?:verificar|comprobar|confirmar) (?:tu|su) edad',
    ],
    posts: ['publicaci(?:[oó]n|ones)', 'mensajes que (?:publicas|publica|escribes|escribe)', 'estados', 'contenido que (?:publicas|publica|compartes|comparte)'],
    media: [
      'archivos? multimedia', 'contenido multimedia', 'multimedia', 'im[aá]genes', 'imagen', 'fotos', 'fotograf[ií]as?', 'v[ií]deos', 'audios?', 'adjuntos?',
      'archivos? adjuntos?', 'archivos? subidos', 'avatar(?:es)?', 'im[aá]genes? de (?:perfil|cabecera)',
    ],
    follows: ['seguidor(?:es|as)?', 'cuentas que (?:sigues|sigue)', 'personas que (?:sigues|sigue)', 'a qui[eé]n(?:es)? (?:sigues|sigue)', 'seguimientos?', 'listas? de seguidos'],
    favourites: ['favoritos?', 'me gusta', 'impulsos?', 'impulsad[oa]s', 'reacciones', 'difusiones', 'compartid[oa]s'],
    bookmarks: ['marcadores', 'elementos guardados'],
    lists: ['listas?'],
    blocks: ['bloqueos?', 'cuentas bloqueadas', 'bloquead[oa]s'],
    mutes: ['silenciad[oa]s', 'silenciamientos?', 'cuentas silenciadas'],
    notes: ['notas (?:privadas|personales)', 'notas sobre (?:otras )?(?:cuentas|usuari[oa]s|perfiles)'],
    userContent: [
      'informaci[oó]n (?:de|del) perfil', 'datos del perfil', 'biograf[ií]a', 'nombre visible', 'nombre para mostrar',
      '(?:el )?contenido que (?:publicas|compartes|subes|creas|publica|comparte|sube|crea)',
    ],

    // --- section topics (headings where a clause belongs) ---
    topicCollect: [
      '(?:datos|informaci[oó]n) que (?:recogemos|recopilamos|tratamos|almacenamos|recabamos)', 'datos personales', 'qu[eé] datos', 'datos (?:tratados|recogidos|recopilados)',
      'recogida de datos', 'recopilaci[oó]n de datos', 'tipos de datos', 'categor[ií]as de datos', 'informaci[oó]n recopilada',
    ],
    topicRetention: ['conservaci[oó]n', 'plazos? de conservaci[oó]n', 'cu[aá]nto tiempo', 'retenci[oó]n', 'almacenamiento', 'supresi[oó]n', 'eliminaci[oó]n', 'registros'],
    topicSecurity: ['seguridad', 'protegemos', 'protecci[oó]n'],
    topicRights: ['tus derechos', 'sus derechos', 'derechos', 'tu cuenta', 'su cuenta', 'gesti[oó]n de (?:la|tu|su) cuenta'],
    topicSharing: ['compartir', 'comunicaci[oó]n de (?:los )?datos', 'cesi[oó]n', 'destinatarios', 'terceros', 'federaci[oó]n', 'encargados? del tratamiento', 'transferencias?', 'proveedores'],
    topicUse: ['finalidad(?:es)?', 'para qu[eé] (?:usamos|utilizamos)', 'uso de (?:tus|sus|los) datos', 'c[oó]mo (?:usamos|utilizamos)'],
    topicRules: ['normas', 'reglas', 'c[oó]digo de conducta', 'moderaci[oó]n', 'directrices', 'contenido prohibido', 'uso aceptable'],
    topicOperations: ['funcionamiento', 'administraci[oó]n', 'continuidad', 'copias de seguridad', 'disponibilidad', 'cierre', '(?:acerca de|sobre) (?:este|el|nuestro) servidor'],
    topicAI: ['inteligencia artificial', 'aprendizaje autom[aá]tico', 'usos? prohibidos?', 'uso aceptable', 'acceso automatizado', 'rastreadores'],
    topicContact: ['contacto', 'cont[aá]ctanos', 'contactar', 'preguntas', 'responsable del tratamiento'],
    topicChanges: ['cambios', 'modificaci[oó]n(?:es)?', 'actualizaci[oó]n(?:es)?'],
    topicAge: ['edad', 'menores', 'ni[ñn]os', 'qui[eé]n puede (?:registrarse|unirse|usar)'],
    topicMessages: ['mensajes (?:directos|privados)', 'menciones privadas'],

    // --- actions ---
    collect: [
      'recog(?:e|emos|en|er|ida|idas|ido|idos)', `recopil${L}`, `recab${L}`, `almacen${L}`, 'guard(?:a|amos|an|ar|ad[oa]s?|aremos|ar[aá]n?)', `registr${L}`, `conserv${L}`,
      'trat(?:a|amos|an|ar|ad[oa]s?|amiento)', 'obten(?:emos|er|ido|idos|ida|idas)', 'obtiene', `recib${L}`, 'solicit(?:a|amos|an|ar[aá]?)', 'pedimos', 'pide', `proporcion${L}`,
      `facilit${L}`, `introduc${L}`, `mant(?:en|ien)${L}`, 'ten(?:emos|emos acceso|er acceso)', 'datos personales', 'inclu(?:ye|yen|imos|ir)', 'contiene(?:n)?', 'consiste(?:n)? en',
      'crear una cuenta', 'te registras', 'se registra',
    ],
    retain: [
      `conserv${L}`, 'guard(?:a|amos|an|ar|ad[oa]s?|aremos|ar[aá]n?)', `almacen${L}`, `mant(?:en|ien)${L}`, 'retenci[oó]n', 'ret(?:en|ien)(?:emos|er|ido|ida|idos|idas|e|en)',
      `archiv(?:a|amos|ad[oa]s?|ar)`, `elimin${L}`, `borr${L}`, `suprim${L}`, 'supresi[oó]n', `anonimiz${L}`, `destru${L}`, `purg${L}`, `sobrescri${L}`, `caduc${L}`,
      `expir${L}`, 'disponibles?',
    ],
    deletePhrase: [`elimin${L}`, `borr${L}`, `suprim${L}`, `anonimiz${L}`, `destru${L}`],
    vaguePeriod: [
      '(?:durante )?el tiempo (?:estrictamente )?(?:necesario|imprescindible|que sea necesario)', 'mientras (?:sea|resulte|siga siendo) necesario', 'mientras (?:se mantenga|mantengas|mantenga|exista) (?:la|tu|su) (?:relaci[oó]n|cuenta)',
      '(?:un|el) (?:plazo|tiempo|per[ií]odo) razonable', 'indefinidamente', 'de (?:forma|manera) indefinida', 'por tiempo indefinido', 'para siempre', 'temporalmente',
      '(?:los|el) plazos? (?:legalmente )?(?:establecidos?|previstos?) (?:por la ley|legalmente|en la normativa)', 'durante los plazos legales',
    ],

    // --- covenant ---
    moderate: [
      `moderaci[oó]n`, `moderad${L}`, 'moderamos', 'no (?:se )?(?:tolera|toleramos|toleran|permite|permitimos|permiten)', 'no (?:es|son) bienvenid[oa]s?', 'tolerancia cero',
      `prohib${L}`, `proh[ií]b${L}`, `elimin${L}`, `suspen${L}`, `expuls${L}`, `bloque${L}`, `denunci${L}`, 'normas?', 'reglas?', 'nunca',
      'moderar', 'cero', 'no (?:cabe|caben|tiene cabida|tienen cabida)',
    ],
    racism: ['racis(?:mo|ta|tas)', 'raciales?', 'raza', 'supremac[ií]a blanca', 'etnias?', '[eé]tnic[oa]s?', 'xenofobia', 'xen[oó]fob[oa]s?', 'antisemitismo', 'antisemitas?', 'islamofobia', 'nacionalidad'],
    sexism: ['sexis(?:mo|ta|tas)', 'machis(?:mo|ta|tas)', 'misoginia', 'mis[oó]gin[oa]s?', 'sexo', 'g[eé]nero'],
    homophobia: ['homofobia', 'hom[oó]fob[oa]s?', 'orientaci[oó]n sexual', 'bifobia', 'lesbofobia', `lgt?b${L}fobia`, 'minor[ií]as sexuales', 'diversidad sexual'],
    transphobia: ['transfobia', 'tr[aá]nsfob[oa]s?', 'identidad de g[eé]nero', 'expresi[oó]n de g[eé]nero', 'minor[ií]as de g[eé]nero'],
    backup: ['copias? de seguridad', 'copias? de respaldo', 'respaldos?', 'instant[aá]neas'],
    frequency: [
      'diariamente', 'a diario', 'cada d[ií]a', 'todos los d[ií]as', 'una vez al d[ií]a', 'cada noche', 'todas las noches', 'cada hora', 'continuamente', 'en tiempo real',
      'cada \\d+ horas', 'varias veces al d[ií]a', 'dos veces al d[ií]a', 'semanalmente', 'cada semana', 'una vez (?:a la|por) semana', 'mensualmente', 'cada mes', 'una vez al mes',
      'anualmente', 'cada año', 'peri[oó]dicamente', 'regularmente', 'de (?:forma|manera) (?:peri[oó]dica|regular|autom[aá]tica|continua)', 'autom[aá]ticamente',
    ],
    emergencyAccess: [
      'acceso de emergencia', 'acceso en caso de emergencia', 'segund[oa] administrador(?:a)?', `administrador(?:a|es|as)? (?:de respaldo|suplentes?|adjunt[oa]s?)`,
      'si (?:algo|alguna cosa) (?:me|le|nos) (?:pasa|pasara|ocurre|ocurriera|sucede|sucediera)', 'factor bus',
    ],
    otherPerson: [
      'otra persona', 'otr[oa]s? administrador(?:a|es|as)?', 'otr[oa]s? (?:personas|miembros del equipo)', 'm[aá]s de una persona', 'al menos (?:otra|una) persona',
      'personas? de confianza', 'en caso de emergencia',
    ],
    access: [
      'acceso (?:al servidor|a la infraestructura|a la base de datos|a las copias de seguridad|al alojamiento)', 'tiene acceso', 'tienen acceso', 'credenciales', 'claves',
      'hacerse cargo', 'tomar el control', 'mantener el servidor en funcionamiento', 'administrar el servidor',
    ],
    shutdown: [
      'cierre', 'cierra(?:n)?', 'cerr(?:ar|amos|aremos|ara|ase|ado|[oó])', 'cerrar[aá]n?', 'clausura', 'apag(?:ar|ado|aremos|amos)', 'dejar de (?:funcionar|operar|prestar (?:el|este) servicio|ofrecer el servicio)',
      'deje de (?:funcionar|operar|estar disponible)', 'cese (?:del servicio|de la actividad|de las operaciones)', 'fin del servicio', 'dar de baja (?:el|la|este|esta) (?:servidor|instancia)',
      'deja(?:n|r[aá])? de (?:funcionar|operar|estar disponible)', 'dar por (?:terminado|finalizado) (?:el|este) (?:servicio|servidor)',
    ],
    notice: [`avis${L}`, `notific${L}`, 'preaviso', `anunci${L}`, 'antelaci[oó]n', 'por adelantado', `inform${L}`, `advert${L}`],

    // --- AI and scraping ---
    ai: [
      'inteligencia artificial', 'aprendizaje autom[aá]tico', 'aprendizaje profundo', 'modelos? (?:grandes )?de lenguaje', 'grandes modelos de lenguaje', 'generativ[ao]s?',
      'redes neuronales', 'modelos? de (?:ia|inteligencia artificial|aprendizaje)', 'modelos?',
    ],
    train: [
      'entrenar(?:los|las|lo|la)?', 'entrenamiento', 'entrenad[oa]s?', 'entrenen', 'ajuste fino', 'datos de entrenamiento', 'conjuntos? de datos', 'alimentar(?:los|las)?',
    ],
    scrape: [
      'raspado', 'extracci[oó]n (?:masiva|automatizada|autom[aá]tica) de (?:datos|contenidos?)', 'recopilaci[oó]n (?:masiva|automatizada|autom[aá]tica)', 'recogida (?:masiva|automatizada|autom[aá]tica)',
      'rastreadores', 'rastreador(?:es)? web', 'rastreo automatizado', 'arañas? web', `bots? (?:para|que) (?:recopil|descarg|extra|archiv)${L}`, 'miner[ií]a de (?:datos|textos)',
      'descargas? masivas?', 'medios automatizados', 'indexaci[oó]n', 'robots?',
    ],
    prohibit: [
      `prohib${L}`, `proh[ií]b${L}`, 'no (?:est[aá]|est[aá]n) (?:permitid[oa]s?|autorizad[oa]s?)', 'no se permiten?', 'no (?:puede|pueden|podr[aá]s?|podr[aá]n|debe|deben|debes)',
      'queda(?:n)? prohibid[oa]s?', `sin ${CONSENT}`, 'no autorizad[oa]s?', 'nunca', 'se reserva el derecho', `bloque${L}`, 'excluid[oa]s?',
    ],

    // --- what users should know ---
    directMessage: [
      'mensajes? (?:directos?|privados?)', 'menciones? privadas?', 'publicaciones? (?:privadas|directas|solo para seguidores)', 'conversaciones? privadas?', 'solo (?:para )?(?:las )?personas mencionadas',
    ],
    unencrypted: ['sin cifrar', 'sin encriptar', 'no cifrad[oa]s?', 'en texto plano', 'en texto claro'],
    encrypted: ['cifrad[oa]s?', 'cifrado', 'cifrar', 'encriptad[oa]s?', 'encriptaci[oó]n', 'encriptar', 'de extremo a extremo'],
    operatorsRead: [
      `${STAFF}(?: de (?:este|cualquier|otros|los|el|la|las|tu|su)[\\p{L} ]{0,30}?(?:servidor(?:es)?|instancias?))?,? (?:y [\\p{L} ]{1,40} )?(?:pueden|puede|podr[ií]an|podr[aá]n?|tienen acceso|tiene acceso|t[eé]cnicamente)`,
      '(?:pueden|puede|podr[ií]an) ser le[ií]d[oa]s', 'accesibles? (?:para|a) (?:los )?(?:administradores|moderadores)', 'visibles? para (?:los )?(?:administradores|moderadores)',
      'no (?:deben|debes|debe|deber[ií]an) considerarse (?:privad[oa]s|segur[oa]s|confidenciales)', 'no (?:compartas|comparta) (?:ninguna )?informaci[oó]n (?:sensible|confidencial|delicada)',
    ],
    federation: [
      'federa(?:ci[oó]n|d[oa]s?|r|mos|n)', 'otros servidores', 'otras instancias', 'servidor(?:es)? (?:remotos?|externos?|ajenos?)', 'instancias? (?:remotas?|externas?)',
      'servidor(?:es)? de (?:destino|tus seguidores|sus seguidores|los destinatarios)', 'fediverso', 'red federada', 'red descentralizada',
    ],
    deliveredCopied: [
      `entreg${L}`, 'copi(?:a|as|ad[oa]s?|ar|amos)', 'env[ií](?:a|an|ad[oa]s?|ar|amos|ar[aá]n?)', `compart${L}`, `distribu${L}`, `transmit${L}`, `replic${L}`, `almacen${L}`,
      'guard(?:a|an|ad[oa]s?|ar|ar[aá]n?)', `conserv${L}`, `difund${L}`, `reenv[ií]${L}`, `propag${L}`,
    ],
    dataExport: [
      `export${L}`, 'descargar (?:una copia|un archivo|tus datos|sus datos|todos tus datos)', 'archivo (?:de|con) (?:tus|sus|todos tus|todos sus) (?:datos|publicaciones)',
      'portabilidad', 'solicitar (?:una copia|un archivo)',
    ],
    accessRight: ['derecho de acceso', 'copia de (?:tus|sus) datos'],
    accountDeletion: [
      '(?:eliminar|borrar|suprimir|cerrar|dar de baja) (?:tu|su|la) cuenta', '(?:eliminaci[oó]n|supresi[oó]n|cierre|baja|borrado) de (?:tu|su|la) cuenta', 'dar(?:te|se) de baja',
      'cuenta (?:puede|podr[aá]) ser (?:eliminada|borrada)', '(?:eliminar|borrar) (?:tu|su) perfil',
    ],
    accountMigration: [
      `migra${L}`, '(?:mover|trasladar|mudar) (?:tu|su|la) cuenta', 'traslado de (?:tu|su|la) cuenta', 'mudanza', 'llevar(?:te|se) (?:a )?(?:tus|sus) seguidores',
      'redirigir (?:tu|su|la) cuenta', 'alias de (?:la )?cuenta', '(?:mover|trasladar|cambiar)(?:te|se)? a otr[oa] (?:servidor|instancia)',
    ],
    sell: [
      `vend${L}`, 'venta', `alquil${L}`, `arrend${L}`, 'comerci(?:amos|ar|an)', `comercializ${L}`, `intercambi${L}`, `ceder${L}`, 'cedemos', 'ceden', 'cesi[oó]n',
      `monetiz${L}`, `licenci${L}`, 'publicidad', 'publicitari[oa]s?', 'anuncios?', 'rastreo', 'perfilado', 'elaboraci[oó]n de perfiles', 'anal[ií]tica', 'mercadotecnia',
    ],
    backReference: ['est(?:os|as|e) (?:datos|informaci[oó]n|direcciones|registros)', 'dich(?:os|as|o|a) (?:datos|informaci[oó]n|direcciones|registros)'],
    exampleCue: ['por ejemplo', 'p\\. ?ej', 'como por ejemplo'],
    personalData: ['datos (?:personales|de car[aá]cter personal)', '(?:tus|sus) datos', 'datos', 'informaci[oó]n'],
    age: ['años de edad', 'edad', 'mayores? de edad', 'menores? de edad', 'menores', 'niñ[oa]s', 'adolescentes', 'adultos'],
    contactWord: [`contact${L}`, 'escr[ií]be(?:nos)?', 'preguntas?', 'dudas?', `administrador${L}`, `moderador${L}`, 'soporte'],
    security: [
      `cifrad${L}`, 'cifrado', 'cifr(?:a|an|amos|ar)', `encriptad${L}`, 'autenticaci[oó]n (?:de dos factores|en dos pasos|multifactor)', 'doble factor', 'verificaci[oó]n en dos pasos', 'segundo factor', 'aplicaci[oó]n de autenticaci[oó]n', 'webauthn', 'llaves? de seguridad',
      'medidas (?:t[eé]cnicas y organizativas|de seguridad)', 'cortafuegos', 'control de acceso', 'conexi[oó]n segura', 'protege(?:mos)? (?:tus|sus|los) datos',
    ],
    thirdParty: [
      'terceros', 'terceras partes', 'encargados? del tratamiento', 'subencargados?', 'proveedor(?:es)? de (?:alojamiento|hosting|correo|servicios|almacenamiento)',
      'alojad[oa] (?:en|por|con)', 'alojamiento', 'servicio de correo', 'centros? de datos', 'almacenamiento en la nube', 'proveedores?',
    ],
    policyChange: [
      `(?:cambi|modific|actualiz)${L} (?:de |en )?(?:esta|nuestra|la) pol[ií]tica`, `(?:cambi|modific|actualiz)${L} (?:de |en )?(?:estos|nuestros|los) t[eé]rminos`,
      '[uú]ltima (?:actualizaci[oó]n|modificaci[oó]n|revisi[oó]n)', 'fecha de (?:entrada en vigor|actualizaci[oó]n|vigencia)', 'en vigor desde', 'actualizad[oa] (?:el|en)',
      'versi[oó]n \\d', 'historial de (?:cambios|versiones)', 'cambios en (?:esta|estos|estas|nuestra|nuestros|la|los)',
    ],

    // --- document kinds, from file names and first headings ---
    kindPrivacy: ['privacidad', 'protecci[oó]n de datos'],
    kindTerms: ['t[eé]rminos', 'condiciones (?:de uso|de servicio|generales)', 'aviso legal'],
    kindRules: ['normas', 'reglas', 'c[oó]digo de conducta', 'directrices'],
    kindAbout: ['acerca de', 'sobre (?:este|el|nosotros)', 'qui[eé]nes somos'],

    // --- words rules use to qualify a statement ---
    dobFate: ['comprueba', `olvid${L}`, `almacen${L}`, `guard${L}`, `conserv${L}`, `elimin${L}`, `borr${L}`, `descart${L}`, `comprob${L}`, `verific${L}`, `valid${L}`, 'compar(?:a|amos|ar|ad[oa])', 'solo (?:se )?(?:usa|utiliza)', 'únicamente (?:para|se)', 'registr(?:amos|ad[oa]s?|a|an)'],
    strongProhibition: [
      `prohib${L}`, `proh[ií]b${L}`, 'queda(?:n)? prohibid[oa]s?', 'no (?:est[aá]|est[aá]n) (?:permitid[oa]s?|autorizad[oa]s?)', 'no se permiten?', 'no autorizad[oa]s?',
      '(?:te comprometes|se compromete(?:n)?|os comprometéis) a no', `(?:sin|solo con|únicamente con|requiere(?:n)?|sujet[oa]s? a) ${CONSENT}`, 'se reserva el derecho a bloquear',
    ],
    prohibitVerb: [`prohib${L}`, `proh[ií]b${L}`, `restring${L}`, `bloque${L}`, `opon${L}`, `impedi${L}`, 'en contra'],
    prohibitingFrame: [
      '(?:te comprometes|se compromete(?:n)?) a no', 'no (?:puedes|puede|pueden|podr[aá]s|debes|deben)', 'no (?:est[aá]|est[aá]n) permitid[oa]s?', 'queda(?:n)? prohibid[oa]s?',
      `prohib${L}`, `proh[ií]b${L}`, 'usos? prohibidos?',
    ],
    aboutDataOrUs: ['nosotros', 'nuestr[oa]s?', 'tus', 'tu', 'sus', 'su', 'datos', 'informaci[oó]n'],
    adFree: ['sin (?:anuncios|publicidad|rastreo)', 'libre de (?:anuncios|publicidad)'],
    contactChannel: ['correo', 'formulario', 'p[aá]gina', 'enlace', 'cuenta', 'mensaje directo', 'mensaje', 'tel[eé]fono', 'perfil', 'direcci[oó]n'],
    asksToReach: [
      'cont[aá]cta(?:nos|me|r con nosotros|r con (?:los|las) (?:administrador|moderador)\\p{L}*|a con|e con)', 'p[oó]n(?:te|gase) en contacto', 'puede(?:s|n)? (?:contactar|escribir)(?:nos)?',
      'escr[ií]b(?:enos|anos)', 'env[ií]a(?:nos)?', 'dirigi[eé]ndo(?:se|te) a', 'puedes dirigirte', 'podr[aá] dirigirse', 'nuestr[oa] (?:formulario|p[aá]gina|direcci[oó]n) de contacto',
      'contacto:', 'puede(?:s|n)? (?:ser )?contactad[oa]s?',
    ],
    notServerBackups: [
      'c[oó]digos? de (?:respaldo|recuperaci[oó]n|seguridad)', '(?:tus|sus) propias copias', '(?:eres|es) responsable de', 'te recomendamos (?:hacer|guardar)',
      `descarg${L}`, 'de tus (?:publicaciones|datos)', 'importar y exportar',
    ],
    infrequent: ['semanalmente', 'cada semana', 'una vez (?:a la|por) semana', 'mensualmente', 'cada mes', 'una vez al mes', 'anualmente', 'cada año', 'una vez al año'],
    freqSubDaily: ['cada hora', 'cada \\d+ horas', 'varias veces al d[ií]a', '(?:dos|tres|cuatro) veces al d[ií]a', 'continuamente', 'en tiempo real'],
    freqDaily: ['diariamente', 'a diario', 'cada d[ií]a', 'todos los d[ií]as', 'una vez al d[ií]a', 'cada noche', 'todas las noches'],
    freqWeekly: ['semanalmente', 'cada semana', 'una vez (?:a la|por) semana'],
    freqMonthly: ['mensualmente', 'cada mes', 'una vez al mes'],
    freqYearly: ['anualmente', 'cada año', 'una vez al año'],
    sensitiveData: ['categor[ií]as especiales', 'datos sensibles', 'datos especialmente protegidos', 'origen (?:racial|[eé]tnico)', 'datos (?:de|relativos a la) salud', 'biom[eé]tricos'],
    otherLogs: ['registros? de (?:moderaci[oó]n|auditor[ií]a|administraci[oó]n)'],
    ageContext: ['edad', 'años', 'mayores?', 'menores?', 'niñ[oa]s', 'adolescentes', 'adultos?', 'usuari[oa]s?', 'cuentas?', `registr${L}`, 'unirte', 'usar', 'utilizar'],
    jurisdiction: ['Uni[oó]n Europea', 'Espa[ñn]a', 'RGPD', 'LOPDGDD', 'LOPD', 'pa[ií]s(?:es)?', 'legislaci[oó]n', 'ley', 'jurisdicci[oó]n', 'Estados Unidos'],
    processing: [
      `compart${L}`, `trat${L}`, `recib${L}`, `comunic${L}`, `aloj${L}`, `almacen${L}`, `entreg${L}`, `env[ií]${L}`, `transfer${L}`, `proporcion${L}`, `prest${L}`, `utiliz${L}`,
      'usamos', 'a trav[eé]s de', 'mediante', `ceder${L}`, 'cedemos', 'ceden', 'cesi[oó]n',
    ],
    withoutNotice: ['sin (?:previo )?aviso(?: previo)?', 'sin (?:notificaci[oó]n|preaviso)(?: previa)?'],
    announced: [`anunci${L}`, `notific${L}`, `inform${L}`, `publica${L}`, `avis${L}`, 'correo', `comunic${L}`, 'con antelaci[oó]n', 'historial de cambios'],
    monthName: ['(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)'],
    aboutAccounts: ['cuentas?', 'seguidores', 'perfil(?:es)?', 'instancias?', 'servidor(?:es)?'],
    sessionsShown: ['disponibles?', 'listad[oa]s', 'puedes (?:ver|revisar|consultar)', `revoc${L}`, 'cerrar (?:las )?sesiones', 'se muestran'],
    everyPeriod: ['cada', 'una vez (?:al|por|cada)', 'en (?:los|las) [uú]ltim[oa]s'],
    beyondPeriod: ['m[aá]s', 'superior', `exced${L}`, 'despu[eé]s', 'tras'],

    // --- reading data statements (collects-*, *-retention): who keeps which data, named where (see en.ts) ---
    otherActor: ['otr[oa]s (?:instancias|servidores|sitios|servicios)', 'servidores remotos', 'sus (?:administradores|responsables)'],
    notOurPractice: ['depende de (?:ellas|ellos|cada)', 'deciden (?:ellas|ellos) mism[oa]s', 'no depende de nosotros'],
    hypothetical: ['si (?:algún día|alguna vez)', 'en el futuro', '\\p{L}+ríamos', '\\p{L}+rían', 'podría'],
    pointsBack: ['est(?:e|a|os|as) \\p{L}+', '(?:lo|la|los|las) \\p{L}+(?:amos|emos|imos)', 'est[oa]s? (?:datos|información|registros|entradas)', 'ést[oa]s?'],
    retentionLabel: ['plazos?', 'plazo de conservación', 'periodo de (?:conservación|retención)', 'cuánto tiempo', 'conservación', 'retención'],
    cleanedUp: ['(?:se )?limpian?', 'limpiad[oa]s?', 'desaparecen?'],
    requestRecords: ['registros? de (?:las )?peticiones', 'archivos de log', 'registro de accesos', 'log(?:s)? de peticiones'],
    passwordProtected: ['protegid[oa]s? (?:con|por) (?:una )?contraseña'],
    minimumBound: ['al menos', 'como mínimo', 'mínimo'],
    noAnswer: ['no', 'ninguno', 'nunca', '✗', '✘', '❌', '-'],
    loginEvent: ['inicios? de sesión', 'login', 'autenticación(?:es)?', 'sesión', 'sesiones', 'conexión', 'conexiones', 'intentos? de (?:acceso|inicio de sesión)', 'accesos a (?:tu|la) cuenta', 'entr(?:as|a|an|es|e) (?:en|a) (?:tu|su) cuenta'],
    countedFrom: ['(?:desde|tras) (?:tu|su|el|la) últim[oa]', 'después de (?:tu|su|el|la) últim[oa]'],
    eventTime: ['fechas?', 'horas?', 'marcas? de tiempo', 'momento', 'cuándo', 'historial', 'listas?', 'registro de', 'últim[oa]s?', 'pasad[oa]s?', 'anteriores', 'fallid[oa]s?', 'exitos[oa]s?', 'duración'],
    clientUsed: ['qué (?:cliente|aplicación|navegador)', 'aplicación (?:usada|utilizada|con la que|desde la que)', 'cliente utilizado', 'software cliente'],
    holdsData: ['guard(?:áis|as)', 'almacen(?:áis|as)', 'en nuestra base de datos', 'dejamos constancia', 'llevamos (?:un|una) (?:registro|lista)'],
    dataColumn: ['datos?', 'finalidad', 'categoría', 'información'],
    // --- reading prohibitions (rules/shared/prohibition.ts: scraping, AI training) ---
    prohibitionStated: [
      'no (?:permitimos|autorizamos|toleramos|aceptamos)', 'nadie (?:puede|podr[aá]|est[aá] autorizad[oa])', `ning[uú]n ${L} (?:est[aá]|es) (?:autorizad|permitid)[oa]s?`,
      `(?:solo|sólo|únicamente)(?![\\p{L}])[^.;]{0,80}?(?<![\\p{L}])con ${CONSENT}`, 'constituye una (?:violaci[oó]n|infracci[oó]n)',
    ],
    automatedCollection: [
      `(?:recopil|descarg|extra|archiv|copi|index|recog|obten)${L} [^.;:]{0,60}?(?:mediante|con|usando|utilizando|por medio de|a través de) (?:el uso de )?(?:scripts?|bots?|robots?|programas?|herramientas? automatizadas?|software automatizado)`,
      `(?:recopil|descarg|extra|archiv|copi)${L} (?:[\\p{L}]+ ){0,4}?de (?:forma|manera) (?:automatizada|autom[aá]tica|masiva|sistem[aá]tica)`,
      `(?:descarg|recopil|extra|archiv|copi)${L} (?:de (?:forma|manera) )?(?:automatizada|autom[aá]tica|masiva|sistem[aá]tica)(?:mente)?`, 'extractores?(?: web)?', 'rastreador(?:es)?',
    ],
    trainForAI: ['(?:para|con fines de|a efectos de|con el fin de) (?:el )?(?:aprendizaje autom[aá]tico|machine learning|inteligencia artificial|ia)'],
    // --- covenant backups: a commitment, not a mention (issue 10) ---
    backupMade: [`(?:hac|hic|realiz|gener|guard|conserv|almacen|cifr|mant|respald|ejecut)${L}`, 'redundantes?'],
    serverCopied: [
      `respald(?:a|an|amos|ado|ada|ados|adas)(?![\\p{L}])`, `copias? (?:completas? )?(?:y cifradas? )?de (?:la base de datos|el servidor|la instancia)`,
      `copi(?:a|an|amos) (?:la base de datos|el servidor|la instancia)`, `(?:base de datos|servidor|instancia) (?:\\p{L}+ ){0,3}?(?:se copia|copiad[oa]|replicad[oa])`,
    ],
    notInPlace: [`esper${L}`, 'en el futuro', 'previsto', 'prevista', 'más adelante', 'todav[ií]a no', 'a[uú]n no', 'puntual', 'una sola vez', `sin (?:copias|respaldos)`],
    // --- covenant moderation (issue 10) ---
    moderationVerb: ['moderamos', 'moderar', 'modera(?:n)?'],
    includesBack: ['esto (?:incluye|abarca|comprende)', 'incluid[oa]s?', 'en particular', 'por ejemplo'],
    // --- covenant emergency access: more than one person with access to the server (issue 10) ---
    morePeople: [
      `(?:dos|tres|varias|varios|ambos|ambas)(?: \\p{L}+)? (?:personas|admins|administrador(?:es|as)|miembros)`, 'somos (?:dos|tres|varios)', `(?:un|una) segund[oa] (?:admin|administrador(?:a)?|persona)`,
      'otra persona', `(?:además del|aparte del) (?:propietario|administrador)`, 'una moderadora', 'un moderador',
    ],
    serverAccess: [
      `acceso (?:root |ssh |completo )?(?:al|a la) (?:servidor|instancia|base de datos|alojamiento)`, 'acceso (?:root|ssh|completo)', `(?:entrar|acceder) (?:al|a la) (?:servidor|instancia)`,
      'credenciales', 'hacerse cargo',
    ],
    conditionStart: ['si', 'en caso de que'],
    withoutNoticeCue: [`sin (?:\\p{L}+ ){0,2}?(?:avis|aviso|avisar|preaviso|notific|anunci|advert)${L}`],
    noPromise: ['sin garant[ií]a', 'ninguna (?:garant[ií]a|promesa)', 'no (?:podemos )?(?:garantizar|prometer)'],
    notAProhibition: ['no (?:se ha|hemos|est[aá]) (?:decidido|determinado)', 'sin decidir', 'no (?:podemos|puede|pueden) (?:impedir|evitar|controlar)'],
    operatorsThemselves: ['nosotros', `no ${L}(?:amos|emos|imos)(?![\\p{L}])`],
    // --- what users should know: who does what (read by structure, not by phrase; see en.ts) ---
    notOffered: [
      'no (?:est[aá]n?|es) (?:todav[ií]a )?(?:disponibles?|posible|admitid[oa]s?)', `previst${L}`, 'prevemos', 'planeamos', 'en el futuro', 'versi[oó]n futura', 'más adelante', 'en construcci[oó]n',
      'próximamente', 'si alguna vez',
    ],
    operatorParty: [STAFF, 'quienes (?:gestionan|administran|operan|mantienen)', 'administraci[oó]n', 'moderaci[oó]n'],
    accessVerb: ['le(?:er|en|an|erlos|erlas)', 'leídos', 'ver', 'vean', 'vistos?', `acced${L}`, 'acceso', `consult${L}`, 'visibles?'],
    possibility: [`pued${L}`, `podr${L}`, 'posible', 't[eé]cnicamente', 'tienen acceso', 'tiene acceso'],
    directVisibility: ['solo (?:para )?(?:las )?(?:personas|usuari[oa]s|cuentas) mencionad[oa]s', 'visibilidad [«"“]?direct[ao]'],
    moveVerb: [`traslad${L}`, `transfer${L}`, `redirig${L}`, `migr${L}`, 'mud(?:ar|a|en|arte|arse|an|es)', 'cambiar de (?:instancia|servidor)', 'pasar[aá]n a seguir', 'portabilidad de (?:la )?cuentas?'],
    newHome: ['(?:otr[oa]|nuev[oa]|cualquier) (?:servidor|instancia|cuenta)', 'cuenta nueva', 'nueva direcci[oó]n', 'cambiar de (?:instancia|servidor)'],
    deleteVerb: [`elimin${L}`, `borr${L}`, `suprim${L}`, 'cerrar', 'cierre', 'dar de baja'],
    ownAccount: ['(?:tu|su|mi|vuestra) cuenta', '[«"“] ?eliminar (?:mi |tu )?cuenta ?[»"”]'],
    placeBefore: ['de', 'del', 'en', 'desde', 'sobre'],
    userActs: ['puedes', 'podr[aá]s', 'tienes derecho', `(?:los )?(?:usuari${L}|miembros|personas registradas) (?:pueden|tienen derecho)`],
    userOwned: ['tus?', 'te', 'ti', 'usted', 'sus?'],
    dataCopyForUser: ['formato estructurado', 'lectura mec[aá]nica', 'te enviaremos (?:todos )?(?:los|tus) datos', '(?:se puede|puedes|podr[aá]s) descargar'],
    exportElsewhere: ['copias de seguridad', 'base de datos', 'a terceros', 'almacenamiento externo', 'fuera de la (?:ue|uni[oó]n europea)'],
    contactPlace: ['aviso legal', 'formulario de contacto', 'p[aá]gina de contacto', 'acerca de'],
    contactDetails: ['formulario de contacto', 'p[aá]gina de contacto', 'datos de contacto', 'informaci[oó]n de contacto', 'direcci[oó]n postal'],
    contactMedium: ['correo', 'correo electr[oó]nico', 'mensaje', 'mensaje directo'],
    contentRating: ['contenidos? (?:para|de) (?:mayores|adultos)'],
    serverSubject: ['(?:el|nuestro|este) servidor (?:se|ha|fue|será)', '(?:trasladamos|migramos|movimos) (?:el|nuestro) servidor'],
    adsOnly: ['anuncios?', 'publicidad', 'sin (?:anuncios|publicidad)'],
    selling: [
      `vend${L}`, 'venta', `alquil${L}`, `arrend${L}`, 'comerci(?:amos|ar|an)', `comercializ${L}`, `intercambi${L}`, `ceder${L}`, 'cedemos', 'ceden', 'cesi[oó]n', `monetiz${L}`, `licenci${L}`,
      'intermediarios de datos',
    ],
    dataSale: ['venta de (?:tus |los |sus )?datos', 'intermediarios de datos', 'comercio de datos'],
    practiceDenied: ['no (?:es algo que|lo hacemos)', 'nunca lo hemos hecho'],
    neverDoFrame: ['nunca (?:haremos|hacemos|har[ií]amos)', 'no (?:haremos|hacemos)', '(?:nunca|no) (?:usaremos|utilizaremos|usamos|utilizamos) (?:tus|sus) datos', 'nunca se (?:usan|utilizan|usar[aá]n|utilizar[aá]n)'],
    answerNo: ['no', 'nunca'],
    serviceKind: ['alojamiento', 'correos?', 'almacenamiento', 'cdn', 'traducci[oó]n'],
    genericParty: ['terceros?', 'proveedores?', 'encargados? del tratamiento', 'socios'],
    followersServers: ['(?:servidores|instancias) de tus seguidores', '(?:los )?dem[aá]s servidores', 'todos los servidores', 'servidores que reciben'],
    receivedKept: ['reciben', 'recibieron', 'conservan', 'almacenan', 'replica', 'destinatarios'],
    fromElsewhere: ['de otros (?:servidores|instancias)'],
    atUsersRequest: ['a (?:tu|su) (?:propia )?(?:petici[oó]n|solicitud|instrucci[oó]n)', 'a petici[oó]n (?:tuya|suya|del usuario|de la persona usuaria)', 'seg[uú]n (?:tus|sus) instrucciones', 'si (?:nos )?lo (?:pides|solicitas|pide|solicita)'],
    changeNotice: [`avis${L}`, `notific${L}`, 'informar\\p{L}*', 'informaremos', 'informad[oa]s?', `anunci${L}`, `publica${L}`, 'por correo', 'con un toot', `enterar${L}`, 'fijado'],
    changeVerb: [`cambi${L}`, `modific${L}`, `actualiz${L}`],
    thisPolicy: ['(?:esta|la|nuestra) pol[ií]tica', 'algo aqu[ií]', '(?:estos|los) t[eé]rminos'],
    datedPolicy: ['versi[oó]n(?:es)?', 'en vigor', 'actualizad[ao] el', 'vigente desde'],
    exchangeForValue: ['a cambio de (?:dinero|pago)', 'ced(?:e|en|emos)[^.]{0,20}? a anunciantes'],
    accountWord: ['cuentas?', 'seguidores', 'perfil(?:es)?'],
    // --- precision: who does what (issue 10, round 2; see en.ts) ---
    offerTakenBack: [`esperamos`, 'nos gustar[ií]a', 'no (?:est[aá]n?|es) permitid[oa]s?'],
    serverMoved: [`(?:migr|traslad|mov|mud)${L} (?:el|nuestro|este) servidor`, `(?:migr|traslad|mov|mud)${L} (?:la|nuestra|esta) (?:instancia|base de datos)`],
    thingsAge: ['(?:servidor|instancia|sitio|comunidad|proyecto)(?: [\\p{L}-]+){0,3}? (?:cumplió|cumple|cumplirá|ha cumplido|tiene ya) (?:\\d+|\\p{L}+) años'],
    usersOwnBackup: ['haz (?:una )?copia (?:de seguridad )?de tus'],
    backupsNotMade: ['no (?:las |los )?(?:hemos )?(?:activado|habilitado|contratado)'],
    exportToService: [`a (?:nuestro|nuestros|un|una|el|la) (?:\\p{L}+ )?(?:proveedor|socio|cdn|encargado)${L}`],
    cannotPrevent: ['no (?:podemos|puede|pueden) (?:\\p{L}+ ){1,2}(?:impedir|evitar|controlar)'],
    dataAboutParty: ['(?:sobre|acerca de) (?:terceros|otras personas)', 'datos (?:personales )?de (?:terceros|otras personas)'],
    providerChange: [`(?:cambi|migr|mud|pas|traslad)${L} (?:a|de) (?:otro|otra|un nuevo|una nueva) (?:proveedor|alojamiento|empresa)${L}`],
    withoutPeriodNotice: [`sin (?:\\p{L}+ ){3,6}?(?:preaviso|aviso|anuncio)${L}`],
    buildModels: [`(?:desarroll|mejor|constru|cre)${L} (?:de |los |las )?(?:modelos|ia|inteligencia artificial)`, `(?:desarrollo|mejora|creaci[oó]n) de (?:modelos|ia|inteligencia artificial)`],
  },
  caseSensitive: {
    ai: ['IA', 'IA generativa'],
    topicAI: ['IA'],
    jurisdiction: ['UE', 'EEE'],
    // What users should know: "MD" (mensaje directo), in capitals only.
    directMessage: ['MDs?'],
  },
  negationBefore: [
    'no', 'nunca', 'jam[aá]s', 'ni', 'sin', 'tampoco', 'ning[uú]n', 'ninguna', 'ninguno', 'nada', 'nadie', 'ya no', `prohib${L}`, `proh[ií]b${L}`,
  ],
  notNegating: [
    'no m[aá]s (?:de|que|tarde)', 'no superior(?:es)? a', `no exced${L}`, 'no inferior(?:es)? a', 'no (?:solo|sólo|solamente|únicamente)', 'no obstante', 'no limitad[oa]s? a',
    'sin limitarse a', 'sin (?:ning[uú]n )?l[ií]mite', 'sin embargo', 'sin perjuicio', 'sin demora', 'sin dilaci[oó]n', 'sin excepci[oó]n', 'sin (?:coste|costo|cargo)', 'no (?:dudes|dude) en',
    'si no', 'no necesariamente', 'ya no (?:sean?|resulten?|es|son) necesari[oa]s?', 'no (?:m[aá]s|menos) (?:de|que)',
  ],
  clauseBreaks: [' pero ', ' sin embargo', ' aunque ', ' excepto ', ' salvo ', ' a menos que ', ' mientras que ', ' ya que ', ' porque ', ' sino ', ' no obstante', ' el cual ', ' la cual ', ' los cuales ', ' las cuales '],
  numberWords: {
    un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12, trece: 13, catorce: 14, quince: 15,
    dieciséis: 16, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21, veintiún: 21, veintiuna: 21, veintidós: 22, veinticuatro: 24,
    treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100, doscientos: 200, trescientos: 300,
    medio: 0.5, varios: 3, varias: 3, 'un par de': 2, 'unos pocos': 3, 'unas pocas': 3,
  },
  durationUnits: [
    ['segundos?', 1 / 86400], ['minutos?', 1 / 1440], ['horas?', 1 / 24], ['d[ií]as?', 1], ['semanas?', 7], ['quincenas?', 15], ['mes(?:es)?', 30], ['trimestres?', 91],
    ['semestres?', 182], ['años?', 365],
  ],
  agePatterns: [
    '{N}\\s*años(?:\\s*de\\s*edad)?\\s*(?:o|y)\\s*(?:m[aá]s|mayores?)', '{N}\\s*años\\s*(?:de\\s*edad|cumplidos)',
    '(?:mayores?|menores?)\\s*de\\s*(?:edad\\s*)?{N}(?![\\p{N}])', 'edad\\s*(?:m[ií]nima\\s*)?(?:es\\s*|ser[aá]\\s*)?(?:de\\s*)?(?:los\\s*)?{N}(?![\\p{N}])',
    '(?:al menos|como m[ií]nimo|m[ií]nimo)\\s*{N}\\s*años', 'a partir de\\s*(?:los\\s*)?{N}\\s*años', 'ten(?:er|gas|ga|gan)\\s*(?:al menos\\s*|como m[ií]nimo\\s*|menos de\\s*|m[aá]s de\\s*)?{N}\\s*años',
    // A table row "Edad mínima | 18 años"; "de 16 años en adelante"; "si tienes menos de dieciséis años".
    'edad m[ií]nima[^.\\d]{0,30}?(?=\\d){N}', '{N}\\s*años en adelante', 'menos de\\s*{N}\\s*años',
  ],
  stopWords: [
    'el', 'los', 'las', 'del', 'y', 'por', 'para', 'con', 'su', 'sus', 'es', 'al', 'como', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'usted', 'tus', 'tu', 'este', 'esta',
    'estos', 'estas', 'cuando', 'también', 'sobre', 'entre', 'hasta', 'desde', 'puede', 'pueden', 'puedes', 'muy', 'datos', 'lo', 'o', 'una', 'se',
  ],
  periodUnits: { day: ['día', 'días'], month: ['mes', 'meses'], year: ['año', 'años'] },
  frequencyWords: {
    daily: 'a diario', nightly: 'cada noche', hourly: 'cada hora', weekly: 'cada semana', monthly: 'cada mes', continuously: 'de forma continua',
    'twice a day': 'dos veces al día', 'every day': 'todos los días', 'every night': 'todas las noches', 'every hour': 'cada hora', 'every week': 'cada semana',
  },
  topicTitles: {
    topicCollect: 'Datos que recogemos', topicRetention: 'Conservación de los datos', topicSecurity: 'Cómo protegemos tus datos', topicRights: 'Tus derechos',
    topicSharing: 'Comunicación de datos y federación', topicUse: 'Cómo usamos tu información', topicRules: 'Normas del servidor', topicOperations: 'Funcionamiento del servidor',
    topicAI: 'Scraping y entrenamiento de IA', topicContact: 'Contacto', topicChanges: 'Cambios en esta política', topicAge: 'Edad mínima', topicMessages: 'Mensajes directos',
  },
};
