// Spanish: every rule read in Spanish, the Spanish clauses, --fix in a
// Spanish policy, and Spanish number words, durations and ages.
import { describeLanguage } from './support/language-cases';

const MISSING_PRIVACY = '# Política de privacidad\n\nNos importa tu privacidad.';

describeLanguage({
  language: 'es',
  name: 'Spanish',
  rules: {
    'collects-email': {
      pass: ['Al crear tu cuenta te pedimos una dirección de correo electrónico.', '## Datos que recogemos\n\n- Tu dirección de correo electrónico\n- Tu nombre de usuario'],
      fail: [MISSING_PRIVACY],
      near: ['No recogemos tu dirección de correo electrónico.', '¿Guardamos tu correo electrónico?', '```\nGuardamos tu correo electrónico.\n```', '<!-- Guardamos tu correo electrónico. -->'],
    },
    'collects-username': {
      pass: ['Para crear una cuenta eliges un nombre de usuario, que almacenamos y mostramos en tu perfil.', 'Recogemos los siguientes datos:\n\n- nombre de usuario\n- correo electrónico'],
      fail: [MISSING_PRIVACY],
      near: ['Nunca registramos tu nombre de usuario.', '¿Se almacena tu nombre de usuario?'],
    },
    'collects-password': {
      pass: ['Tu contraseña se almacena en forma de hash con sal.', 'Al registrarte te pedimos un nombre de usuario, un correo electrónico y una contraseña.'],
      fail: [MISSING_PRIVACY],
      near: ['Usa una contraseña segura.', 'No guardamos tu contraseña.', '¿Conservamos tu contraseña?'],
    },
    'collects-ip-address': {
      pass: ['Cuando inicias sesión, registramos la dirección IP desde la que te conectas.', 'Los registros del servidor incluyen la dirección IP de cada solicitud.', '## Datos que recogemos\n\n- Direcciones IP'],
      fail: [MISSING_PRIVACY],
      near: ['No registramos direcciones IP.', 'Nunca guardamos tu IP.', '<!-- Registramos tu dirección IP. -->', '¿Guardamos tu dirección IP?'],
    },
    'collects-user-agent': {
      pass: ['Guardamos la aplicación o el navegador con el que iniciaste cada sesión.', 'En cada inicio de sesión registramos el nombre de tu navegador o aplicación.', 'Almacenamos el agente de usuario del navegador que utilizas.'],
      fail: [MISSING_PRIVACY],
      near: ['No registramos qué navegador usas.', '<!-- Almacenamos tu agente de usuario. -->'],
    },
    'collects-login-history': {
      pass: ['Cada vez que entras en tu cuenta, guardamos la fecha y la hora.', 'Registramos cuándo inicias sesión en tu cuenta.', 'Tus sesiones activas aparecen en la configuración de tu cuenta, donde puedes revocarlas.'],
      fail: [MISSING_PRIVACY],
      near: ['No guardamos un historial de inicios de sesión.', '¿Registramos cuándo inicias sesión?', '```\nRegistramos tu historial de inicios de sesión.\n```'],
    },
    'collects-user-content': {
      pass: ['Guardamos lo que publicas: tus publicaciones y los archivos multimedia adjuntos, las cuentas que sigues y tus seguidores, y tus favoritos e impulsos.'],
      fail: ['# Política de privacidad\n\nGuardamos tus publicaciones.'],
      near: ['Guardamos tus publicaciones y tus imágenes.', '```\nGuardamos tus publicaciones, imágenes, seguidores y favoritos.\n```'],
    },
    'date-of-birth': {
      pass: ['Al registrarte te pedimos tu fecha de nacimiento. La comprobamos con la edad mínima y no la almacenamos.'],
      fail: ['# Política de privacidad\n\nAl registrarte indicas tu fecha de nacimiento.\n\nDebes tener al menos 16 años.'],
      near: ['# Política de privacidad\n\nTe pedimos tu fecha de nacimiento.'],
    },
    'ip-retention': {
      pass: [
        'Conservamos las direcciones IP vinculadas a tu cuenta durante un máximo de 12 meses y después las eliminamos.', 'Las direcciones IP se eliminan a los noventa días.',
        '## Direcciones IP\n\nLas conservamos durante seis meses.', 'Las direcciones IP nunca se conservan más de treinta días.',
      ],
      fail: ['# Política de privacidad\n\nRegistramos tu dirección IP al iniciar sesión.', 'Conservamos las direcciones IP durante el tiempo necesario.', 'Conservamos las direcciones IP durante dos años.'],
      near: ['¿Conservamos las direcciones IP durante 12 meses?', '<!-- Eliminamos las direcciones IP a los 90 días. -->'],
    },
    'log-retention': {
      pass: ['Los registros del servidor se eliminan a los 30 días.', 'No guardamos registros del servidor.', 'Nuestro servidor web conserva los registros de acceso durante dos semanas.'],
      fail: ['# Política de privacidad\n\nNuestro servidor guarda registros de acceso.', 'Los registros del servidor se conservan el tiempo necesario.', 'Los registros del servidor se conservan durante un año.'],
      near: ['¿Se eliminan los registros del servidor a los 30 días?', '```\nregistros: 30 días\n```', '# Política de privacidad\n\nLos registros de moderación se conservan durante un año.'],
    },
    'login-retention': {
      pass: ['Conservamos tu historial de inicios de sesión durante 12 meses.', 'Los registros de inicio de sesión se eliminan a los noventa días.'],
      fail: ['# Política de privacidad\n\nRegistramos cuándo inicias sesión.', 'El historial de inicios de sesión se conserva durante tres años.', 'Los registros de inicio de sesión se guardan dieciocho meses.'],
      near: ['Conservamos tu historial de inicios de sesión durante un tiempo razonable.', '<!-- Conservamos el historial de inicios de sesión durante 12 meses. -->'],
    },
    'vague-retention': {
      pass: ['Conservamos los registros del servidor durante 90 días.', 'Conservamos tus datos el tiempo necesario y, como máximo, 12 meses.'],
      fail: ['Conservamos tus datos durante el tiempo necesario.', 'Los registros se almacenan indefinidamente.'],
      near: ['```\nConservamos tus datos durante el tiempo necesario.\n```', '<!-- Guardamos los datos indefinidamente. -->'],
    },
    'covenant-moderation': {
      pass: ['## Normas\n\n- Nada de racismo, sexismo, homofobia ni transfobia.', 'Moderamos activamente y eliminamos el contenido racista, sexista, homófobo y tránsfobo.'],
      fail: ['# Normas\n\n- Nada de racismo.\n- Nada de sexismo.\n- Nada de homofobia.', '# Normas\n\nSé amable.'],
      near: [
        '# Sobre nosotros\n\nHablamos del racismo, el sexismo, la homofobia y la transfobia en los medios.',
        '# Política de privacidad\n\nNunca tratamos categorías especiales de datos, como el origen racial o étnico o la orientación sexual.',
      ],
    },
    'covenant-backups': {
      pass: ['Hacemos una copia de seguridad del servidor a diario y la guardamos cifrada.', 'Las copias de seguridad de la base de datos se hacen cada noche.'],
      fail: ['# Acerca de\n\nCuidamos el servidor.', 'Hacemos copias de seguridad semanalmente.'],
      near: ['No hacemos copias de seguridad.', 'Guarda tus códigos de respaldo de la autenticación en dos pasos.', '```\ncopias de seguridad: a diario\n```'],
    },
    'covenant-emergency-access': {
      pass: ['Una segunda administradora tiene acceso de emergencia al servidor y a sus copias de seguridad.', 'Si algo le pasa a nuestro administrador, otra persona de confianza puede hacerse cargo del servidor.'],
      fail: ['# Acerca de\n\nUna sola persona gestiona este servidor.'],
      near: ['Nadie más tiene acceso de emergencia al servidor.', 'Lo que para una persona es una anécdota, para otra persona es su vida.', '<!-- Un segundo administrador tiene acceso de emergencia. -->'],
    },
    'covenant-shutdown-notice': {
      pass: ['Si alguna vez cerramos el servidor, te avisaremos con al menos tres meses de antelación.', 'Si la instancia cierra, los usuarios recibirán un aviso con seis meses de antelación.'],
      fail: ['# Acerca de\n\nEsperamos mantener el servidor durante mucho tiempo.', 'Si el servidor cierra, avisaremos con dos semanas de antelación.'],
      near: ['No podemos prometer ningún aviso antes de cerrar el servidor.', '¿Avisaremos antes de cerrar?'],
    },
    'ai-training-prohibited': {
      pass: [
        'No puedes usar el contenido de este servidor para entrenar modelos de inteligencia artificial.', 'Queda prohibido usar las publicaciones para entrenar IA.',
        'Usar las publicaciones de nuestros usuarios como datos de entrenamiento para modelos de lenguaje requiere su consentimiento explícito.',
      ],
      fail: ['# Términos\n\nEl scraping está prohibido.'],
      near: ['No prohibimos usar las publicaciones para entrenar modelos de IA.', 'El entrenamiento de IA con publicaciones públicas no está prohibido.', '<!-- Nada de entrenamiento de IA. -->', '¿Permitimos entrenar IA?'],
    },
    'scraping-prohibited': {
      pass: [
        'No está permitido el scraping, el rastreo ni la descarga masiva del contenido de este servidor.', '## Usos prohibidos\n\nTe comprometes a no:\n\n- usar bots o scrapers para recopilar publicaciones',
      ],
      fail: ['# Términos\n\nSé amable con los demás.'],
      near: ['No prohibimos el scraping.', 'El scraping no está prohibido aquí.', '```\nNada de scraping.\n```'],
    },
    'dm-not-encrypted': {
      pass: [
        'Los mensajes directos no están cifrados de extremo a extremo: los administradores de este servidor y de los servidores de los destinatarios pueden leerlos.',
        'Las menciones privadas pueden ser leídas por los administradores de cualquier servidor que las reciba.', 'Los mensajes directos se guardan sin cifrar.',
      ],
      fail: ['# Política de privacidad\n\nLos mensajes directos solo se entregan a las personas mencionadas.'],
      near: ['Los mensajes directos están cifrados de extremo a extremo.', '¿Están cifrados los mensajes directos?'],
    },
    'federation-disclosure': {
      pass: ['Cuando publicas, tu publicación se entrega a los servidores de tus seguidores, que guardan una copia.', 'Las publicaciones se federan: otros servidores las reciben y guardan una copia.'],
      fail: ['# Política de privacidad\n\nTus publicaciones son públicas.'],
      near: ['Tus publicaciones nunca se envían a otros servidores.', '¿Se copian las publicaciones a otros servidores?', 'A petición tuya, enviamos una copia de los datos de tu cuenta a un servidor remoto.'],
    },
    'data-export': {
      pass: ['Puedes descargar un archivo con tus publicaciones y tus archivos multimedia desde la configuración de tu cuenta.', 'Puedes exportar tus seguidos, listas, bloqueos y silenciados en cualquier momento.'],
      fail: [MISSING_PRIVACY],
      near: ['No puedes exportar tus datos.', '¿Puedes exportar tus datos?'],
    },
    'account-deletion': {
      pass: ['Puedes eliminar tu cuenta en cualquier momento desde la configuración.', 'Los miembros pueden darse de baja cuando quieran.'],
      fail: [MISSING_PRIVACY],
      near: ['No puedes eliminar tu cuenta tú mismo.', '¿Puedo eliminar la cuenta?', 'Tienes derecho a la supresión de tus datos personales.'],
    },
    'account-migration': {
      pass: ['Puedes trasladar tu cuenta a otro servidor y tus seguidores te seguirán allí.', 'Se admite la migración de cuentas a otra instancia.'],
      fail: [MISSING_PRIVACY],
      near: ['No puedes trasladar tu cuenta a otro servidor.', 'El año pasado migramos la base de datos.'],
    },
    'no-data-sale': {
      pass: ['No vendemos, alquilamos ni intercambiamos tus datos personales.', 'Tus datos nunca se usan para publicidad ni rastreo.', 'No cedemos tus datos a terceros.', 'Nunca usaremos tus datos para:\n\n- la venta a terceros\n- perfiles publicitarios'],
      fail: [MISSING_PRIVACY, 'Podemos vender tus datos a nuestros socios.'],
      near: ['Nada de spam ni publicidad.', '¿Vendemos tus datos?', '<!-- Nunca vendemos tus datos. -->', 'Usaremos tus datos para:\n\n- la venta a terceros'],
    },
    'minimum-age': {
      pass: [
        'Los menores de 14 años no pueden crear una cuenta.', 'Debes tener al menos 16 años para usar este servidor.', 'Los usuarios deben ser mayores de dieciocho años.',
        'Este servidor es solo para adultos (18+).',
      ],
      fail: ['# Términos\n\nTodo el mundo es bienvenido.', '# Términos\n\nDebes tener al menos 13 años.\n\nDebes tener al menos 16 años.'],
      near: ['No hay edad mínima.', 'Las cuentas con más de diez años de antigüedad se archivan.'],
    },
    contact: {
      pass: [
        '[Contáctanos](https://harbour.social/contact) si tienes preguntas sobre tus datos.', '¿Preguntas sobre esta política? Escribe a privacy@harbour.social.',
        'Puedes contactar con los administradores a través de nuestro formulario de contacto.',
      ],
      fail: [MISSING_PRIVACY],
      near: ['Contáctanos si tienes alguna pregunta.', 'Podemos contactarte por correo electrónico sobre tu cuenta.', 'No contactes con los administradores por temas de facturación.'],
    },
    'security-measures': {
      pass: ['Las copias de seguridad se cifran en el servidor.', 'Todas las conexiones al servidor usan HTTPS (TLS).', 'Puedes activar la autenticación en dos pasos en tu cuenta.'],
      fail: [MISSING_PRIVACY],
      near: ['No usamos cifrado.', '¿Está cifrada la conexión?'],
    },
    'third-parties': {
      pass: ['Los archivos multimedia se sirven a través de una CDN de Bunny.net.', 'El servidor está alojado en Hetzner, en Alemania; los correos se envían a través de Mailgun.', 'No compartimos datos con terceros.', 'No cederemos tus datos a terceros, salvo obligación legal.', 'Si pides una traducción, el texto se envía a DeepL.'],
      fail: [MISSING_PRIVACY],
      near: ['¿Qué terceros reciben tus datos?', 'DeepL es un traductor conocido.'],
    },
    'policy-changes': {
      pass: ['Anunciamos los cambios en esta política en la portada del servidor con un mes de antelación.', 'Última actualización: 3 de marzo de 2026.'],
      fail: [MISSING_PRIVACY],
      near: ['```\nÚltima actualización: 2026-03-03\n```', 'Podemos cambiar esta política sin previo aviso.', 'Última actualización: [INSERT date]'],
    },
  },
  paragraph:
    'Los datos personales que nos facilitas se tratarán con la finalidad de gestionar tu cuenta en el servidor. No cederemos tus datos a terceros, salvo obligación legal, y puedes ejercer tus derechos de acceso, rectificación y supresión escribiendo a los administradores.',
  policyToFix: '# Política de privacidad\n\nGestionamos este servidor para nuestras amistades.\n\n## Conservación de los datos\n\nCuidamos tus datos.\n\n## Contacto\n\nPregúntanos lo que quieras.\n',
  durations: [
    ['durante 90 días', 90], ['doce meses', 365], ['seis meses', 180], ['un año', 365], ['dos semanas', 14], ['24 horas', 1], ['noventa (90) días', 90], ['medio año', 182.5],
    ['un par de semanas', 14], ['veinticuatro horas', 1],
  ],
  notDurations: ['el 1 de enero de 2026', 'hacemos copias una vez al día', 'en 2024'],
  ages: [['al menos 16 años', 16], ['mayores de dieciocho años', 18], ['menores de 14 años', 14], ['16 años o más', 16], ['la edad mínima es de 13 años', 13]],
});
