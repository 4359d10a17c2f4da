// German: every rule read in German, the German clauses, --fix in a German
// policy, and German number words, durations and ages. Written for these
// tests in the register of real German instance policies (du-form, DSGVO).
import { describeLanguage } from './support/language-cases';

const MISSING_PRIVACY = '# Datenschutzerklärung\n\nDeine Privatsphäre ist uns wichtig.';

describeLanguage({
  language: 'de',
  name: 'German',
  rules: {
    'collects-email': {
      pass: [
        'Bei der Registrierung musst du eine gültige E-Mail-Adresse angeben.', '## Welche Daten wir erheben\n\n- deine E-Mail-Adresse\n- dein Benutzername',
        'Wir speichern die Mailadresse, mit der du dich angemeldet hast.',
      ],
      fail: [MISSING_PRIVACY],
      near: [
        'Wir speichern deine E-Mail-Adresse nicht.', 'Wir erheben keine E-Mail-Adressen.', 'Speichern wir deine E-Mail-Adresse?', '```\nWir speichern deine E-Mail-Adresse.\n```',
        '<!-- Wir speichern deine E-Mail-Adresse. -->',
      ],
    },
    'collects-username': {
      pass: ['Für dein Konto wählst du einen Nutzernamen, den wir speichern und in deinem Profil anzeigen.', 'Bei der Registrierung erheben wir folgende Daten:\n\n- Benutzername\n- E-Mail-Adresse'],
      fail: [MISSING_PRIVACY],
      near: ['Wir speichern keine Benutzernamen.', 'Wird mein Benutzername gespeichert?'],
    },
    'collects-password': {
      pass: ['Dein Passwort wird ausschließlich als gesalzener Hash gespeichert.', 'Bei der Registrierung gibst du einen Benutzernamen, eine E-Mail-Adresse und ein Passwort an.'],
      fail: [MISSING_PRIVACY],
      near: ['Wähle ein sicheres Passwort.', 'Dein Passwort speichern wir nicht.', 'Speichern wir dein Passwort?'],
    },
    'collects-ip-address': {
      pass: ['Bei jeder Anmeldung zeichnen wir deine IP-Adresse auf.', 'Bei jedem Login speichern wir die IP-Adresse, von der aus du dich verbindest.', 'Die Server-Logs enthalten die IP-Adresse jeder Anfrage.', '## Welche Daten wir erheben\n\n- IP-Adressen'],
      fail: [MISSING_PRIVACY],
      near: ['Wir zeichnen keine IP-Adressen auf.', 'Die Grafik zeichnet den Weg einer IP-Adresse auf einer Karte nach.', 'Wir speichern keine IP-Adressen.', 'IP-Adressen werden von uns nicht protokolliert.', 'Speichern wir deine IP-Adresse?', '<!-- Wir speichern deine IP-Adresse. -->'],
    },
    'collects-user-agent': {
      pass: ['Wenn du dich anmeldest, erfassen wir auch den Namen deines Browsers.', 'Bei jeder Anmeldung erfassen wir, welchen Browser und welches Betriebssystem du verwendest.', 'Wir speichern den User-Agent deines Browsers.'],
      fail: [MISSING_PRIVACY],
      near: ['Den User-Agent deines Browsers speichern wir nicht.', '<!-- Wir speichern deinen User-Agent. -->'],
    },
    'collects-login-history': {
      pass: ['Alle angemeldeten Sitzungen sind in den Einstellungen zur Überprüfung verfügbar.', 'Wir speichern, wann du dich zuletzt angemeldet hast.', 'Deine aktiven Sitzungen werden in den Kontoeinstellungen angezeigt, wo du sie beenden kannst.'],
      fail: [MISSING_PRIVACY],
      near: ['Wir führen keinen Anmeldeverlauf.', 'Speichern wir, wann du dich zuletzt angemeldet hast?', '```\nWir speichern deinen Anmeldeverlauf.\n```'],
    },
    'collects-user-content': {
      pass: ['Wir speichern, was du veröffentlichst: deine Beiträge und angehängten Medien, die Konten, denen du folgst, deine Follower sowie deine Favoriten und Boosts.'],
      fail: ['# Datenschutzerklärung\n\nWir speichern deine Beiträge.'],
      near: ['Wir speichern deine Beiträge und Bilder.', '```\nWir speichern deine Beiträge, Bilder, Follower und Favoriten.\n```'],
    },
    'date-of-birth': {
      pass: ['Nach der Altersprüfung wird dein Geburtsdatum sofort aus der Datenbank entfernt.', 'Bei der Registrierung fragen wir nach deinem Geburtsdatum. Wir prüfen es gegen das Mindestalter und speichern es nicht.'],
      fail: ['# Datenschutzerklärung\n\nBei der Registrierung gibst du dein Geburtsdatum an.\n\nDu musst mindestens 16 Jahre alt sein.'],
      near: ['# Datenschutzerklärung\n\nWir fragen nach deinem Geburtsdatum.'],
    },
    'ip-retention': {
      pass: [
        'Wir speichern die IP-Adressen, die mit deinem Konto verknüpft sind, höchstens 12 Monate und löschen sie danach.', 'IP-Adressen werden nach neunzig Tagen gelöscht.',
        '## IP-Adressen\n\nWir bewahren sie sechs Monate lang auf.', 'IP-Adressen werden nie länger als dreißig Tage gespeichert.',
        'IP-Adressen werden nicht länger als sieben Tage aufbewahrt.', 'Wir protokollieren die IP-Adresse bei jeder Anmeldung. Diese Daten werden nach sieben Tagen gelöscht.',
      ],
      fail: [
        '# Datenschutzerklärung\n\nWir speichern deine IP-Adresse, wenn du dich anmeldest.', 'Wir speichern IP-Adressen so lange wie nötig.', 'Wir speichern IP-Adressen zwei Jahre lang.',
      ],
      near: ['Wir protokollieren die IP-Adresse bei jeder Anmeldung.\n\n## Newsletter\n\nDiese Daten werden nach sieben Tagen gelöscht.', 'Wir speichern Server-Logs, welche die IP-Adresse jeder Anfrage enthalten, 90 Tage lang.', 'Speichern wir IP-Adressen 12 Monate lang?', '<!-- IP-Adressen werden nach 90 Tagen gelöscht. -->'],
    },
    'log-retention': {
      pass: ['Server-Logs werden nach 14 Tagen gelöscht.', 'Wir speichern keine Server-Logs.', 'Unser Webserver bewahrt Zugriffsprotokolle zwei Wochen lang auf.'],
      fail: ['# Datenschutzerklärung\n\nUnser Server schreibt Logdateien.', 'Server-Logs werden ein Jahr lang aufbewahrt.'],
      near: [
        'Unser Webserver schreibt alle 5 Minuten Zugriffsprotokolle.', '<!-- Server-Logs werden nach 14 Tagen gelöscht. -->', 'Moderationsprotokolle werden 30 Tage lang aufbewahrt.',
      ],
    },
    'login-retention': {
      pass: ['Wir speichern deinen Anmeldeverlauf höchstens 12 Monate lang.', '## Anmeldeverlauf\n\nWir löschen ihn nach 90 Tagen.'],
      fail: ['# Datenschutzerklärung\n\nWir speichern, wann du dich zuletzt angemeldet hast.', 'Wir speichern deinen Anmeldeverlauf drei Jahre lang.'],
      near: ['Wir speichern keinen Anmeldeverlauf.', 'Speichern wir deinen Anmeldeverlauf 12 Monate lang?'],
    },
    'covenant-moderation': {
      pass: [
        '# Serverregeln\n\n1. Kein Rassismus\n2. Kein Sexismus\n3. Keine Homophobie\n4. Keine Transphobie',
        'Rassistische, sexistische, homophobe und transfeindliche Inhalte werden von unseren Moderator*innen gelöscht.',
      ],
      fail: ['# Serverregeln\n\n1. Sei nett.\n2. Kein Rassismus.'],
      near: [
        'Wir verarbeiten keine sensiblen Daten über Herkunft, Geschlecht, sexuelle Orientierung oder Geschlechtsidentität.', '# Serverregeln\n\n1. Kein Rassismus\n2. Kein Sexismus',
      ],
    },
    'covenant-backups': {
      pass: ['Wir erstellen jede Nacht verschlüsselte Backups der Datenbank.', 'Die Daten des Servers landen täglich in einer Datensicherung auf einem zweiten Server.'],
      fail: ['# Über diesen Server\n\nWir betreiben diesen Server seit 2022.', 'Wir erstellen wöchentlich ein Backup.'],
      near: ['Wir treffen technische und organisatorische Maßnahmen zur Datensicherung.', 'Die Firewall dient zur Sicherung vor Angriffen.', 
        'Wir erstellen keine Backups.', 'Bewahre deine Backup-Codes für die Zwei-Faktor-Authentifizierung sicher auf.', 'Du solltest selbst regelmäßig ein Backup deiner Beiträge anlegen.',
      ],
    },
    'covenant-emergency-access': {
      pass: ['Im Notfall hat eine zweite Administratorin Zugriff auf den Server.', 'Zwei Personen haben Zugang zur Infrastruktur, damit der Server auch im Notfall weiterläuft.'],
      fail: ['# Über diesen Server\n\nDieser Server wird von einer Person betrieben.'],
      near: ['Gib deine Zugangsdaten nicht an andere Personen weiter.', 'Wir haben keinen Notfallzugriff eingerichtet.', 'Eine weitere Person aus dem Team moderiert die Beiträge.'],
    },
    'covenant-shutdown-notice': {
      pass: [
        'Sollten wir den Server abschalten, kündigen wir das mindestens drei Monate vorher an.', 'Vor einer Schließung der Instanz informieren wir alle Nutzer*innen mindestens 90 Tage im Voraus.',
      ],
      fail: ['# Über diesen Server\n\nDer Server kann jederzeit abgeschaltet werden.', 'Vor einer Abschaltung informieren wir euch zwei Wochen vorher.'],
      near: ['Wir können Konten schließen; darüber informieren wir dich vorher per E-Mail.', 'Eine Abschaltung des Servers wird nicht angekündigt.'],
    },
    'ai-training-prohibited': {
      pass: ['Inhalte dieses Servers dürfen nicht ohne Zustimmung für maschinelles Lernen verwendet werden.', 
        'Die Nutzung unserer Inhalte zum Training von KI-Modellen ist untersagt.', 'Es ist nicht gestattet, Beiträge von diesem Server für das Training künstlicher Intelligenz zu verwenden.',
        'Wir widersprechen der Nutzung unserer Inhalte für das Training generativer KI (Nutzungsvorbehalt nach § 44b UrhG).',
      ],
      fail: ['# Nutzungsbedingungen\n\nSei freundlich.'],
      near: [
        'Wir haben nichts dagegen, wenn Beiträge zum Training von KI-Modellen genutzt werden.', 'Das Scraping dieses Servers ist verboten.', 'Dürfen Beiträge zum Training von KI verwendet werden?',
      ],
    },
    'scraping-prohibited': {
      pass: ['Beiträge dürfen nicht durch automatisierte Mittel indiziert oder archiviert werden.', 
        'Das automatisierte Auslesen (Scraping) dieser Instanz ist verboten.', 'Du verpflichtest dich, Folgendes zu unterlassen:\n\n- das massenhafte Herunterladen von Beiträgen\n- Crawling ohne Erlaubnis',
      ],
      fail: ['# Nutzungsbedingungen\n\nSei freundlich.'],
      near: ['Deine Beiträge werden nicht indexiert und nicht archiviert.', 'Eine automatisierte Entscheidungsfindung durch automatisierte Verfahren findet nicht statt.', 'Scraping ist erlaubt.', 'Wir verbieten Scraping nicht.'],
    },
    'dm-not-encrypted': {
      pass: ['Direkte Beiträge gehen nur an die erwähnten Personen. Bedenke, dass die Admins jedes empfangenden Servers solche Nachrichten lesen könnten.', 'Direktnachrichten sind nicht Ende-zu-Ende-verschlüsselt.', 'Private Nachrichten können von den Admins gelesen werden.', 'Direktnachrichten liegen unverschlüsselt in unserer Datenbank.'],
      fail: [MISSING_PRIVACY],
      near: ['Direktnachrichten sind Ende-zu-Ende-verschlüsselt.', 'Sind Direktnachrichten verschlüsselt?', 'Direktnachrichten werden nie unverschlüsselt übertragen.'],
    },
    'federation-disclosure': {
      pass: [
        'Deine öffentlichen Beiträge werden an andere Server im Fediverse übertragen.', 'Wenn dir Personen auf anderen Instanzen folgen, werden deine Beiträge an deren Server zugestellt und dort gespeichert.',
      ],
      fail: [MISSING_PRIVACY],
      near: ['Wir föderieren nicht mit anderen Servern.', 'Diese Instanz ist Teil des Fediverse.', 'Auf deinen Wunsch übertragen wir deine Kontodaten an einen anderen Server.'],
    },
    'data-export': {
      pass: [
        'In den Einstellungen kannst du ein Archiv deiner Daten herunterladen.', 'Du hast das Recht auf Datenübertragbarkeit.', 'Du kannst deine Beiträge und Follower-Listen jederzeit exportieren.',
      ],
      fail: [MISSING_PRIVACY],
      near: ['Deine öffentlichen Beiträge können von anderen Servern heruntergeladen werden.', 'Ein Export deiner Daten ist nicht möglich.', 'Kann ich meine Daten exportieren?'],
    },
    'account-deletion': {
      pass: ['Wenn du deinen Account löschst, ist das endgültig.', 'Du kannst dein Konto jederzeit in den Einstellungen löschen.', 'Auf Wunsch löschen wir deinen Account vollständig.'],
      fail: [MISSING_PRIVACY],
      near: ['Du kannst dein Konto nicht selbst löschen.', 'Kann ich mein Konto löschen?'],
    },
    'account-migration': {
      pass: ['Du kannst mit deinem Konto jederzeit auf einen anderen Server umziehen; deine Follower kommen mit.', 'Die Migration deines Kontos zu einer anderen Instanz wird unterstützt.'],
      fail: [MISSING_PRIVACY],
      near: ['Du kannst dein Konto nicht auf einen anderen Server umziehen.', 'Letztes Jahr haben wir die Datenbank migriert.'],
    },
    'no-data-sale': {
      pass: [
        'Wir verkaufen deine Daten nicht.', 'Deine Daten werden niemals für Werbung oder Tracking verwendet.', 'Wir geben deine Daten nicht zu Werbezwecken an Dritte weiter.',
        'Wir verwenden deine Daten niemals für:\n\n- den Verkauf an Datenhändler\n- Werbeprofile',
      ],
      fail: [MISSING_PRIVACY, 'Wir können deine Daten an Werbepartner verkaufen.'],
      near: ['Keine Werbung und kein Spam!', 'Verkaufen wir deine Daten?', '<!-- Wir verkaufen deine Daten nicht. -->', 'Wir verwenden deine Daten für:\n\n- den Verkauf an Datenhändler'],
    },
    'minimum-age': {
      pass: [
        'Personen unter 16 Jahren dürfen kein Konto anlegen.', 'Du musst mindestens 16 Jahre alt sein, um diesen Server zu nutzen.', 'Die Nutzung ist erst ab achtzehn Jahren erlaubt.',
        'Mit der Registrierung bestätigst du, dass du das 16. Lebensjahr vollendet hast.',
      ],
      fail: ['# Nutzungsbedingungen\n\nAlle sind willkommen.', '# Nutzungsbedingungen\n\nDu musst mindestens 13 Jahre alt sein.\n\nDu musst mindestens 16 Jahre alt sein.'],
      near: ['Es gibt kein Mindestalter.', 'Konten, die älter als zwei Jahre sind, werden archiviert.'],
    },
    contact: {
      pass: [
        '[Kontaktiere uns](https://harbour.social/kontakt), wenn du Fragen zu deinen Daten hast.', 'Fragen zu dieser Datenschutzerklärung? Schreib uns an datenschutz@harbour.social.',
        'Du erreichst die Admins über unser Kontaktformular.',
      ],
      fail: [MISSING_PRIVACY],
      near: ['Kontaktiere uns, wenn du Fragen hast.', 'Wir können dich per E-Mail zu deinem Konto kontaktieren.', 'Bitte kontaktiere die Admins nicht wegen Rechnungen.'],
    },
    'security-measures': {
      pass: ['Als zweiten Faktor kannst du eine TOTP-App einrichten.', 'Alle Verbindungen zum Server sind per HTTPS (TLS) verschlüsselt.', 'Du kannst für dein Konto die Zwei-Faktor-Authentifizierung aktivieren.'],
      fail: [MISSING_PRIVACY],
      near: ['Wir setzen keine Verschlüsselung ein.', 'Ist die Verbindung verschlüsselt?'],
    },
    'third-parties': {
      pass: [
        'Medien werden über ein CDN von Bunny.net ausgeliefert.', 'Der Server wird bei Hetzner in Deutschland gehostet; E-Mails versenden wir über Mailgun.', 'Wir geben keine Daten an Dritte weiter.',
        'Hochgeladene Bilder liegen im Objektspeicher bei Wasabi.', 'Nur unser Hoster Netcup hat Zugriff auf die gespeicherten Beiträge.', 'Dienste wie CDNs nutzen wir nicht.',
      ],
      fail: [MISSING_PRIVACY],
      near: ['Welche Dritten erhalten deine Daten?'],
    },
    'policy-changes': {
      pass: ['Änderungen dieser Datenschutzerklärung kündigen wir einen Monat vorher auf der Startseite an.', 'Stand: 3. März 2026'],
      fail: [MISSING_PRIVACY],
      near: ['```\nStand: 2026-03-03\n```', 'Wir können diese Datenschutzerklärung jederzeit ohne Vorankündigung ändern.', 'Zuletzt aktualisiert: [INSERT date]'],
    },
    'vague-retention': {
      pass: ['Wir speichern IP-Adressen 90 Tage lang.', 'Wir löschen deine Daten, sobald sie nicht mehr benötigt werden, spätestens nach 30 Tagen.'],
      fail: ['Wir speichern deine Daten so lange wie nötig.', 'Logs werden auf unbestimmte Zeit aufbewahrt.'],
      near: ['Nach der Löschung deines Kontos bleiben die Daten vorübergehend in Backups erhalten, höchstens 14 Tage.'],
    },
  },
  paragraph:
    'Wir verarbeiten deine personenbezogenen Daten ausschließlich, um den Betrieb dieses Servers sicherzustellen. Eine Weitergabe an Dritte findet nicht statt, es sei denn, wir sind gesetzlich dazu verpflichtet. Du hast jederzeit das Recht auf Auskunft, Berichtigung und Löschung deiner Daten.',
  policyToFix: '# Datenschutzerklärung\n\nWir betreiben diesen Server für unsere Freundinnen und Freunde.\n\n## Speicherung deiner Daten\n\nWir gehen sorgsam mit deinen Daten um.\n\n## Kontakt\n\nFrag uns einfach.\n',
  durations: [
    ['90 Tage', 90], ['zwölf Monate', 365], ['sechs Monaten', 180], ['ein Jahr', 365], ['zwei Wochen', 14], ['24 Stunden', 1], ['neunzig (90) Tage', 90], ['ein halbes Jahr', 182.5],
    ['vierundzwanzig Stunden', 1], ['innerhalb von 14 Tagen', 14], ['drei Monate', 90], ['achtzehn Monate', 540],
  ],
  notDurations: ['am 1. Januar 2026', 'wir sichern einmal am Tag', 'eines Tages schließen wir', 'seit 2024'],
  ages: [['mindestens 16 Jahre alt', 16], ['ab 18 Jahren', 18], ['unter 14 Jahren', 14], ['das 16. Lebensjahr vollendet', 16], ['Mindestalter: 13', 13], ['ab sechzehn Jahren', 16]],
});
