// The engine's shared machinery: the document model, the vocabulary
// (negation, numbers in words, durations, ages), directives, kinds and sets.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultConfig, detectKind, fixSet, lintSet, resolveRuleSettings, type EngineConfig } from '../server/engine';
import { buildModel, chunkStarts, MAX_HEADINGS, MAX_LINE_LENGTH, sourceOffset } from '../server/engine/model';
import { ages, durations, isNegated, readNumber, regexesFor } from '../server/engine/vocabulary';
import { allRules } from '../server/engine/registry';

const config = (over: Partial<EngineConfig> = {}): EngineConfig => ({ ...defaultConfig(), ...over });
const lintPrivacy = (text: string, over: Partial<EngineConfig> = {}) => lintSet([{ file: 'privacy.md', text, kind: 'privacy' }], config(over));
const status = (report: ReturnType<typeof lintSet>, id: string) => report.requirements.find((r) => r.ruleId === id)?.status;

describe('document model', () => {
  it('maps every unit back to its exact source text', () => {
    const text = '---\nkind: privacy\n---\n# Privacy\n\nWe keep *IP* addresses\nfor 12 months. We delete logs after **30 days**.\n\n- one item\n- two `code` items\n\n| Data | Kept |\n|---|---|\n| IP | 1 year |\n';
    const model = buildModel('p.md', text);
    const sentences = model.units.filter((u) => u.kind === 'sentence').map((u) => u.text);
    assert.deepEqual(sentences, ['We keep IP addresses for 12 months.', 'We delete logs after 30 days.', 'one item', 'two code items']);
    const second = model.units.find((u) => u.text.startsWith('We delete'))!;
    assert.equal(text.slice(second.start, second.end), 'We delete logs after **30 days**.');
    const row = model.units.find((u) => u.kind === 'row' && u.text.startsWith('IP'))!;
    assert.equal(row.leadIn, 'Data; Kept');
    assert.equal(model.frontMatter?.kind, 'privacy');
  });

  it('keeps positions right around escapes and autolinked addresses', () => {
    const text = '# Privacy\n\nWe store posts.\n\nWrite to privacy\\@x.example about your data.\n';
    const unit = buildModel('p.md', text).units.find((u) => u.text.startsWith('Write'))!;
    assert.equal(text.slice(unit.start, unit.end), 'Write to privacy\\@x.example about your data.');
  });

  it('does not read code blocks, HTML comments or front matter as prose', () => {
    const text = '---\ntitle: We record your IP address\n---\n```\nWe record your IP address.\n```\n\n<!-- We record your IP address. -->\n\n    We record your IP address.\n';
    assert.deepEqual(buildModel('p.md', text).units.map((u) => u.text), []);
  });

  it('does not read struck-through text (withdrawn), in Markdown or HTML; a single tilde is "about"', () => {
    const md = '# Terms\n\n~~We back up the database every night.~~\n\nWe keep logs for ~30 days and IPs for ~90 days.\n\nMembers ~~may~~ can post.\n';
    assert.deepEqual(buildModel('p.md', md).units.filter((u) => u.kind === 'sentence').map((u) => u.text), ['We keep logs for ~30 days and IPs for ~90 days.', 'Members can post.']);
    const html = '<h1>Terms</h1><p><del>Die Datenbank wird jede Nacht gesichert.</del></p><p>Wir <s>speichern</s> löschen alles.</p>';
    assert.deepEqual(buildModel('p.html', html).units.filter((u) => u.kind === 'sentence').map((u) => u.text), ['Wir löschen alles.']);
    const backups = (text: string, language: string) => status(lintSet([{ file: 'terms.md', text, kind: 'terms', language }], config()), 'covenant-backups');
    assert.equal(backups('# 利用規約\n\n~~サーバーのデータは毎日バックアップしています。~~\n', 'ja'), 'missing');
    assert.equal(backups('# 利用規約\n\nサーバーのデータは毎日バックアップしています。\n', 'ja'), 'satisfied');
  });

  it('puts list items under the sentence that introduces them', () => {
    const model = buildModel('p.md', 'When you sign up we collect:\n\n- your e-mail address\n- a username\n');
    const item = model.units.find((u) => u.text === 'a username')!;
    assert.equal(item.leadIn, 'When you sign up we collect:');
    assert.ok(item.inList);
  });

  it('reads a long table, parsed in pieces between its rows, as it reads it whole', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => (i % 7 === 3 ? `| *IP* \\| host ${i} | [logs](https://x.example/${i}) | ${i % 12} months |` : `| e-mail ${i} | sign-in | ${i % 5} years |`));
    const text = `# Privacy\n\nWe keep these records:\n\n| Data | Purpose | Kept |\n|---|:-:|--:|\n${rows.join('\n')}\n\nAfter the table.\n`;
    const pieces = buildModel('p.md', text);
    const whole = buildModel('p.md', text, Number.POSITIVE_INFINITY);
    const summary = (m: typeof pieces) => m.units.map((u) => [u.kind, u.text, u.start, u.end, u.text.split('').map((_, i) => sourceOffset(u, i)), u.leadIn, u.links]);
    assert.deepEqual(summary(pieces), summary(whole));
    const tableRows = pieces.units.filter((u) => u.kind === 'row');
    assert.equal(tableRows.length, 3001);
    assert.ok(tableRows.slice(1).every((u) => u.leadIn === 'Data; Purpose; Kept'));
    const last = tableRows[tableRows.length - 1];
    assert.equal(text.slice(last.start, last.end), 'IP* \\| host 2999 | [logs](https://x.example/2999) | 11 months');
    assert.equal(pieces.units[pieces.units.length - 1].text, 'After the table.');
  });

  it('cuts a long document between table rows only where micromark reads a table (header and delimiter rows of as many cells)', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `| e-mail ${i} | ${i % 12} months |`).join('\n');
    const cutsInTable = (header: string) => chunkStarts(`# Privacy\n\n${header}\n| --- | --- |\n${rows}\n\n## Next\n\nWords.\n`, 1024).filter((c) => c.tableHead !== undefined).length;
    assert.ok(cutsInTable('| Data | Kept for |') > 0);
    // A third header cell (a word typed at the end of the line) makes it a paragraph: cut at the next heading only, not
    // between its lines (the piece would fail the table check, and the whole document would be parsed on every edit).
    assert.equal(cutsInTable('| Data | Kept for | data'), 0);
    assert.equal(cutsInTable('| Data | Kept | for |'), 0);
    // An escaped pipe is cell text.
    assert.ok(cutsInTable('| Data | Kept \\| for |') > 0);
    // Random header and delimiter rows: a cut between rows exactly where the rows read as a table.
    const cell = fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\\', '|', '`', ':', '-'), maxLength: 6 });
    const header = fc.tuple(fc.array(cell, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '|', '| ', ' ')).map(([cells, end]) => `|${cells.join('|')}${end}`);
    const delimiter = fc.tuple(fc.array(fc.constantFrom('---', ' :-- ', '--:', ' :-: ', '\t-\t'), { minLength: 1, maxLength: 4 }), fc.constantFrom('', '|', '| ')).map(([cells, end]) => `|${cells.join('|')}${end}`);
    fc.assert(
      fc.property(header, delimiter, (head, delim) => {
        const text = `Words.\n\n${head}\n${delim}\n| x | y |\n| z | w |\n`;
        const table = buildModel('p.md', text, Number.POSITIVE_INFINITY).units.some((u) => u.kind === 'row');
        assert.equal(chunkStarts(text, 1).some((c) => c.tableHead !== undefined), table, JSON.stringify(text));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('maps each character of a unit to its source character, storing a run per stretch of consecutive characters', () => {
    const text = '# Privacy\n\nWe keep *IP* addresses\nfor 12 months, see [the list](https://x.example) \\& more.\n\n| Data | Kept |\n|---|---|\n| **IP**  |  1 year |\n';
    for (const unit of buildModel('p.md', text).units) {
      [...unit.text].forEach((ch, i) => {
        if (ch !== ' ' && ch !== ';') assert.equal(text[sourceOffset(unit, i)], ch, `${unit.text} at ${i}`);
      });
      assert.equal(sourceOffset(unit, unit.text.length), unit.end);
      assert.equal(sourceOffset(unit, -1), unit.start);
    }
    const plain = buildModel('p.md', 'We keep IP addresses for twelve months and then delete them.\n').units[0];
    assert.deepEqual(plain.sourceRuns, [0, 0]);
  });

  it('keeps abbreviations inside one sentence', () => {
    const model = buildModel('p.md', 'We use providers (e.g. Hetzner) for hosting. Another sentence.');
    assert.deepEqual(model.units.map((u) => u.text), ['We use providers (e.g. Hetzner) for hosting.', 'Another sentence.']);
  });
});

describe('vocabulary', () => {
  it('reads numbers in digits and in words', () => {
    assert.equal(readNumber('ninety (90)'), 90);
    assert.equal(readNumber('twelve'), 12);
    assert.equal(readNumber('one hundred and eighty'), 180);
    assert.equal(readNumber('thirty-one'), 31);
    assert.equal(readNumber('a'), 1);
    assert.equal(readNumber('many'), undefined);
  });

  it('normalises durations to days (a month is 30 days, 12 months a year)', () => {
    const days = (t: string) => durations(t).map((d) => d.days);
    assert.deepEqual(days('kept for 90 days'), [90]);
    assert.deepEqual(days('kept for ninety (90) days'), [90]);
    assert.deepEqual(days('three months'), [90]);
    assert.deepEqual(days('12 months'), [365]);
    assert.deepEqual(days('twenty-four months'), [730]);
    assert.deepEqual(days('a year'), [365]);
    assert.deepEqual(days('two weeks'), [14]);
    assert.deepEqual(days('a 30-day window'), [30]);
    assert.deepEqual(days('48 hours'), [2]);
    assert.deepEqual(days('as long as necessary'), []);
  });

  it('reads minimum ages in their common forms', () => {
    const read = (t: string) => ages(t).map((a) => a.age);
    assert.deepEqual(read('You must be at least 16 years old.'), [16]);
    assert.deepEqual(read('If you are under the age of 13, do not use the site.'), [13]);
    assert.deepEqual(read('Users must be eighteen or older.'), [18]);
    assert.deepEqual(read('adults (18+) only'), [18]);
    assert.deepEqual(read('Posts older than 2 years are archived.'), []);
  });

  it('scopes negation to its clause, and not to "no more than"', () => {
    const neg = (t: string, word: string) => isNegated(t, t.indexOf(word));
    assert.equal(neg('We do not sell your data.', 'sell'), true);
    assert.equal(neg("We don't track you.", 'track'), true);
    assert.equal(neg('We never record your IP address.', 'IP'), true);
    assert.equal(neg('We keep logs for no more than 90 days.', 'logs'), false);
    assert.equal(neg('We keep IP addresses no longer than 12 months.', 'months'), false);
    assert.equal(neg('We do not sell data; we store your IP address.', 'IP'), false);
    assert.equal(neg('Please do not hesitate to contact us.', 'contact'), false);
  });
});

describe('kinds', () => {
  it('detects kinds from front matter, file name and first heading', () => {
    assert.equal(detectKind('docs/privacy-policy.md', '# x'), 'privacy');
    assert.equal(detectKind('terms-of-service.md', '# x'), 'terms');
    assert.equal(detectKind('tos.md', '# x'), 'terms');
    assert.equal(detectKind('server-rules.md', '# x'), 'rules');
    assert.equal(detectKind('code-of-conduct.md', '# x'), 'rules');
    assert.equal(detectKind('page.md', '# Terms of Service and Privacy Policy'), 'combined');
    assert.equal(detectKind('page.md', '---\nfedipolicy:\n  kind: about\n---\n# Privacy'), 'about');
    assert.equal(detectKind('notes.md', 'no heading'), 'privacy');
  });

  it('front matter wins over the config map hint, and --kind over both', () => {
    const text = '---\nkind: rules\n---\n# Something\n';
    assert.equal(lintSet([{ file: 'a.md', text, kindHint: 'terms' }], config()).documents[0].kind, 'rules');
    assert.equal(lintSet([{ file: 'a.md', text: '# Something\n', kindHint: 'terms' }], config()).documents[0].kind, 'terms');
    assert.equal(lintSet([{ file: 'a.md', text, kind: 'about' }], config()).documents[0].kind, 'about');
  });
});

describe('policy sets', () => {
  it('a requirement met in the terms is not reported in the privacy policy', () => {
    const privacy = { file: 'privacy.md', text: '# Privacy\n\nWe record your IP address.\n' };
    const terms = { file: 'terms.md', text: '# Terms\n\nYou may not use content from this server to train AI models.\n' };
    const report = lintSet([privacy, terms], config());
    assert.equal(status(report, 'ai-training-prohibited'), 'satisfied');
    assert.equal(report.requirements.find((r) => r.ruleId === 'ai-training-prohibited')!.file, 'terms.md');
    assert.equal(report.findings.filter((f) => f.ruleId === 'ai-training-prohibited').length, 0);
  });

  it('reports a missing requirement once per set, on the document the rule names first', () => {
    const report = lintSet([{ file: 'terms.md', text: '# Terms\n\nBe nice.\n' }, { file: 'privacy.md', text: '# Privacy\n\nHello.\n' }], config());
    const ip = report.findings.filter((f) => f.ruleId === 'collects-ip-address');
    assert.equal(ip.length, 1);
    assert.equal(ip[0].file, 'privacy.md');
    const ai = report.findings.filter((f) => f.ruleId === 'ai-training-prohibited');
    assert.equal(ai[0].file, 'terms.md');
  });

  it('privacy rules do not apply to a set without a privacy policy', () => {
    const report = lintSet([{ file: 'rules.md', text: '# Rules\n\n- Be nice.\n' }], config());
    assert.equal(status(report, 'collects-email'), 'not-applicable');
    assert.equal(status(report, 'covenant-backups'), 'missing');
  });

  it('report values: longest retention, shortest notice, lowest age', () => {
    const report = lintPrivacy('# Privacy\n\nWe keep IP addresses for 90 days. Login IPs are deleted after one year.\n\nYou must be 16 years old. In the USA you must be at least 13 years old.\n');
    assert.deepEqual(report.requirements.find((r) => r.ruleId === 'ip-retention')!.value, { days: 365 });
    assert.deepEqual(report.requirements.find((r) => r.ruleId === 'minimum-age')!.value, { age: 13 });
  });

  it('two different minimum ages without a jurisdiction are a warning', () => {
    const report = lintPrivacy('# Privacy\n\nYou must be 16 years old.\n\nYou must be at least 13 years old to sign up.\n');
    assert.ok(report.findings.some((f) => f.ruleId === 'minimum-age' && /different minimum ages/.test(f.message)));
  });
});

describe('near candidates of missing requirements', () => {
  const backups = (report: ReturnType<typeof lintSet>) => report.findings.find((f) => f.ruleId === 'covenant-backups')!;

  it('a missing finding names the first sentence that mentions the subject, in its message and as a related place', () => {
    const text = '# Privacy\n\nWe record your IP address.\n\n## Operations\n\nOur hosting company is also our backup provider.\n';
    const finding = backups(lintPrivacy(text));
    assert.ok(finding, 'still missing: a mention is no commitment');
    assert.match(finding.message, / Line 7 mentions backups but was not read as stating this\.$/);
    const sentence = 'Our hosting company is also our backup provider.';
    assert.deepEqual(finding.related, [
      { file: 'privacy.md', line: 7, column: 1, endLine: 7, endColumn: 1 + sentence.length, message: 'Mentions backups but was not read as stating what covenant-backups asks.' },
    ]);
  });

  it('a negated mention is named too: it is what the admin should see', () => {
    const finding = backups(lintPrivacy('# Privacy\n\nWe do not make backups.\n'));
    assert.match(finding.message, /Line 3 mentions backups/);
  });

  it('says nothing more when no sentence mentions the subject, or only a heading or a code block does', () => {
    for (const text of ['# Privacy\n\nWe record your IP address.\n', '# Backups\n\nWe record your IP address.\n', '# Privacy\n\n```\nbackups: daily\n```\n']) {
      const finding = backups(lintPrivacy(text));
      assert.equal(finding.related, undefined, text);
      assert.doesNotMatch(finding.message, /mentions/, text);
    }
  });

  it('names the other document of the set when the mention is there', () => {
    const report = lintSet([{ file: 'docs/about.md', text: '# About\n\nHello.\n', kind: 'about' }, { file: 'docs/terms.md', text: '# Terms\n\nThe admins handle backups.\n', kind: 'terms' }], config());
    const finding = backups(report);
    assert.equal(finding.file, 'docs/about.md');
    assert.match(finding.message, /Line 3 of terms\.md mentions backups/);
    assert.equal(finding.related?.[0].file, 'docs/terms.md');
  });

  it("leaves satisfied requirements alone, and every rule's subject names known concepts", () => {
    assert.equal(lintPrivacy('# Privacy\n\nWe back up the server daily.\n').findings.filter((f) => f.ruleId === 'covenant-backups').length, 0);
    for (const rule of allRules()) for (const concept of [...(rule.subject?.concepts ?? []), ...(rule.subject?.alongside ?? []), ...(rule.subject?.unless ?? [])]) assert.ok(regexesFor(concept).length > 0, `${rule.id}: ${concept}`);
  });
});

describe('evidence quoted for a satisfied requirement', () => {
  const quoted = (report: ReturnType<typeof lintSet>, id: string) => report.requirements.find((r) => r.ruleId === id)?.evidence;

  it('a sentence under a heading about the topic before one in an introduction', () => {
    const report = lintPrivacy('# Privacy\n\nWe run regular backups of the server.\n\n## Running the server\n\nThe database is backed up every night to a second disk.\n');
    assert.match(quoted(report, 'covenant-backups') ?? '', /every night/);
  });

  it('a line labelled with the topic ("Backups: ...") before a sentence that only sits under a topic heading', () => {
    const text = '# Privacy\n\n## Security\n\nWe protect the server with firewalls, and its backups are encrypted.\n\n## Details\n\n- **Backups**: a full copy of the database is made every week and kept for 14 days.\n';
    assert.match(quoted(lintPrivacy(text), 'covenant-backups') ?? '', /every week/);
  });

  it('a label that does not name the topic gives no preference: the topic heading still wins', () => {
    const text = '# Privacy\n\n## Security\n\nWe make a backup of the database every week.\n\n## Details\n\n- **Storage**: backups are kept on a second disk.\n';
    assert.match(quoted(lintPrivacy(text), 'covenant-backups') ?? '', /every week/);
  });

  it('a long sentence opening with a colon is not a label', () => {
    const text = '# Privacy\n\n## Security\n\nWe make a backup of the database every week.\n\n## Details\n\nAs for the backups that we make of all our systems and disks: they are kept on a second disk.\n';
    assert.match(quoted(lintPrivacy(text), 'covenant-backups') ?? '', /every week/);
  });

  it('retention: among statements of the longest period, the labelled line, not the first', () => {
    const text = '# Privacy\n\nOur access logs are retained for up to 30 days.\n\n## Data retention\n\n- **Server logs**: kept for at most 30 days, then deleted.\n';
    const report = lintPrivacy(text);
    assert.deepEqual(report.requirements.find((r) => r.ruleId === 'log-retention')!.value, { days: 30 });
    assert.match(quoted(report, 'log-retention') ?? '', /at most 30 days/);
  });

  it('minimum age: among statements of the lowest age, the one under the age heading, not the first', () => {
    const text = '# Privacy\n\nThis server is for people aged 16 and over.\n\n## Age requirement\n\nYou must be at least 16 years old to register an account.\n';
    const report = lintPrivacy(text);
    assert.deepEqual(report.requirements.find((r) => r.ruleId === 'minimum-age')!.value, { age: 16 });
    assert.match(quoted(report, 'minimum-age') ?? '', /to register an account/);
  });

  it("a section headed by the rule's subject before a sentence under a topic heading", () => {
    const text = '# Privacy\n\n## What we collect\n\nFor each new account we record the username chosen, the sign-up time and the invite used.\n\n### Username\n\nYour username is stored so that others can mention you.\n';
    assert.match(quoted(lintPrivacy(text), 'collects-username') ?? '', /so that others can mention you/);
  });

  it('a line labelled with the subject does not outrank the topic heading: "IP addresses: kept 90 days" states how long, not what is collected', () => {
    const text = '# Privacy\n\n## What we collect\n\n- **Connection data**: your IP address each time you sign in.\n\n## How long we keep it\n\n- **IP addresses**: we record them and keep them for 90 days.\n';
    assert.match(quoted(lintPrivacy(text), 'collects-ip-address') ?? '', /each time you sign in/);
  });

  it('contact: the line the policy opens with, not its repetition under "Your rights"; a Contact heading still wins', () => {
    const rights = '# Privacy\n\nThe admin answers questions at hello@x.example.\n\n## Your rights\n\nTo use any of these rights, e-mail rights@x.example.\n';
    assert.match(quoted(lintPrivacy(rights), 'contact') ?? '', /hello@/);
    const contact = '# Privacy\n\nThe admin answers questions at hello@x.example.\n\n## Contact\n\nWrite to privacy@x.example about your data.\n';
    assert.match(quoted(lintPrivacy(contact), 'contact') ?? '', /privacy@/);
  });

  it('moderation: among statements naming all four categories, the rules\' own, not the introduction\'s', () => {
    const text = '# About\n\nWe do not tolerate racism, sexism, homophobia and transphobia.\n\n## Code of conduct\n\n- No racism, sexism, homophobia or transphobia.\n';
    const report = lintSet([{ file: 'about.md', text, kind: 'about' }], config());
    assert.match(quoted(report, 'covenant-moderation') ?? '', /^No racism/);
  });

  it('a sentence stating the subject before one naming it only as a condition ("when you delete your account"), whatever the headings', () => {
    const text = '# Privacy\n\n## Data retention\n\nYour posts are removed when you delete your account.\n\n## Other things\n\nYou can delete your account at any time in the settings.\n';
    assert.match(quoted(lintPrivacy(text), 'account-deletion') ?? '', /^You can delete your account/);
  });

  it('a condition that is the only statement is still quoted', () => {
    const report = lintPrivacy('# Privacy\n\n## Data retention\n\nYour posts are removed when you delete your account.\n');
    assert.equal(status(report, 'account-deletion'), 'satisfied');
    assert.match(quoted(report, 'account-deletion') ?? '', /when you delete your account/);
  });

  it('user content: among statements naming the most categories, the one under the collection heading', () => {
    const text = '# Privacy\n\nWe keep your posts, media, follows and favourites.\n\n## What we collect\n\nWe store the posts and media you publish, whom you follow and your favourites.\n';
    assert.match(quoted(lintPrivacy(text), 'collects-user-content') ?? '', /^We store the posts/);
  });

  it('data export: a right of access counts, but a statement of export or portability is quoted before it', () => {
    const de = '# Datenschutz\n\n## Deine Rechte\n\n- Auskunftsrecht nach Art. 15 DSGVO\n- Recht auf Datenübertragbarkeit nach Art. 20 DSGVO\n';
    assert.match(quoted(lintSet([{ file: 'privacy.md', text: de, kind: 'privacy', language: 'de' }], config()), 'data-export') ?? '', /Datenübertragbarkeit/);
    const ja = '# プライバシーポリシー\n\n## 利用者の権利\n\n利用者は、運営者に対して保有する個人情報の開示を請求できます。\n\n利用者は、設定画面から自分の投稿をエクスポートできます。\n';
    assert.match(quoted(lintSet([{ file: 'privacy.md', text: ja, kind: 'privacy', language: 'ja' }], config()), 'data-export') ?? '', /エクスポート/);
    const en = '# Privacy\n\n## Your rights\n\nYou have a right of access to the data we hold on you.\n\n## Settings\n\nYou can export your posts and follows from the settings page.\n';
    assert.match(quoted(lintPrivacy(en), 'data-export') ?? '', /export your posts/);
    // Alone, the right of access still satisfies the requirement; denied, it does not.
    assert.equal(status(lintSet([{ file: 'privacy.md', text: '# Datenschutz\n\n- Auskunftsrecht nach Art. 15 DSGVO\n', kind: 'privacy', language: 'de' }], config()), 'data-export'), 'satisfied');
    assert.equal(status(lintSet([{ file: 'privacy.md', text: '# Datenschutz\n\nEin Recht auf Auskunft besteht hier nicht.\n', kind: 'privacy', language: 'de' }], config()), 'data-export'), 'missing');
  });

  it('no data sale: a denial of advertising or tracking counts, but one that names selling is quoted before it', () => {
    const en = '# Privacy\n\n## How we use data\n\nWe never use your data for advertising or tracking.\n\n## Sharing\n\nWe do not sell, rent or trade your data.\n';
    assert.match(quoted(lintPrivacy(en), 'no-data-sale') ?? '', /sell, rent/);
    const ja = '# プライバシーポリシー\n\n## 情報を利用しない目的\n\n- 利用者のプロファイリング\n- 個人データの販売\n';
    assert.match(quoted(lintSet([{ file: 'privacy.md', text: ja, kind: 'privacy', language: 'ja' }], config()), 'no-data-sale') ?? '', /販売/);
    assert.equal(status(lintPrivacy('# Privacy\n\nWe never use your data for advertising or tracking.\n'), 'no-data-sale'), 'satisfied');
  });

  it('retention: the longest period is quoted even where a shorter one has the better label', () => {
    const text = '# Privacy\n\nOur access logs are retained for up to 60 days.\n\n## Data retention\n\n- **Server logs**: kept for at most 30 days, then deleted.\n';
    const report = lintPrivacy(text);
    assert.deepEqual(report.requirements.find((r) => r.ruleId === 'log-retention')!.value, { days: 60 });
    assert.match(quoted(report, 'log-retention') ?? '', /60 days/);
  });
});

describe('configuration and directives', () => {
  it('a rule turned off reports nothing and is not applicable', () => {
    const report = lintPrivacy('# Privacy\n', { rules: resolveRuleSettings({ 'collects-ip-address': 'off' }) });
    assert.equal(status(report, 'collects-ip-address'), 'not-applicable');
    assert.equal(report.findings.filter((f) => f.ruleId === 'collects-ip-address').length, 0);
  });

  it('severities and parameters come from the settings', () => {
    const report = lintPrivacy('# Privacy\n\nWe keep IP addresses for 200 days.\n', { rules: resolveRuleSettings({ 'ip-retention': ['error', { maxDays: 180 }] }) });
    const long = report.findings.find((f) => f.ruleId === 'ip-retention')!;
    assert.match(long.message, /maximum of 180 days/);
    assert.equal(long.fix!.edit.text, '180 days');
  });

  it('inline comments turn rules off for a line, a region or the file', () => {
    const text = [
      '# Privacy', '',
      '<!-- fedipolicy-disable-next-line unfilled-placeholder -- template kept on purpose -->',
      'Hello %{domain}.', '',
      'Bye %{domain}.', '',
      '<!-- fedipolicy-disable unfilled-placeholder -->', 'TODO one', '<!-- fedipolicy-enable unfilled-placeholder -->', '',
      'TODO two', '',
    ].join('\n');
    const lines = lintPrivacy(text).findings.filter((f) => f.ruleId === 'unfilled-placeholder').map((f) => f.line);
    assert.deepEqual(lines, [6, 12]);
    const off = lintPrivacy(`<!-- fedipolicy-disable-file unfilled-placeholder, vague-retention -- draft -->\n${text}`).findings;
    assert.equal(off.filter((f) => f.ruleId === 'unfilled-placeholder').length, 0);
  });
});

describe('robustness', () => {
  it('a rule that throws becomes one internal-error finding and the other rules still run', () => {
    const rule = allRules().find((r) => r.id === 'contact')!;
    const original = rule.check;
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      const report = lintPrivacy('# Privacy\n\nWe record your IP address.\n');
      const internal = report.findings.filter((f) => f.ruleId === 'internal-error');
      assert.equal(internal.length, 1);
      assert.match(internal[0].message, /contact/);
      assert.equal(status(report, 'collects-ip-address'), 'satisfied');
    } finally {
      rule.check = original;
    }
  });

  it('a document over the size limit is one finding, not a parse', () => {
    const report = lintPrivacy('x'.repeat(200), { maxDocumentSize: 100 });
    assert.deepEqual(report.findings.map((f) => f.ruleId), ['input-too-large']);
  });

  it('a document with too many headings or too long a line is one finding, at the limit and not below it', () => {
    const headings = (n: number) => Array.from({ length: n }, (_, i) => `## Section ${i}\n`).join('');
    assert.deepEqual(lintPrivacy(headings(MAX_HEADINGS + 1)).findings.map((f) => f.ruleId), ['input-too-large']);
    assert.match(lintPrivacy(headings(MAX_HEADINGS + 1)).findings[0].message, /more than 10000 headings \(line 10001\)/);
    assert.ok(!lintPrivacy(headings(MAX_HEADINGS)).findings.some((f) => f.ruleId === 'input-too-large'));
    // A "#" that starts no heading ("#hashtag") does not count.
    assert.ok(!lintPrivacy('#tag\n'.repeat(MAX_HEADINGS + 1)).findings.some((f) => f.ruleId === 'input-too-large'));
    const line = (n: number) => `# Privacy\n\n${'word '.repeat(n / 5)}\n`;
    assert.match(lintPrivacy(line(MAX_LINE_LENGTH + 5)).findings.map((f) => `${f.ruleId} ${f.message}`).join('\n'), /^input-too-large Line 3 is 100005 characters long/);
    assert.ok(!lintPrivacy(line(MAX_LINE_LENGTH)).findings.some((f) => f.ruleId === 'input-too-large'));
  });

  it('empty text, only front matter and binary-looking text do not crash', () => {
    for (const text of ['', '---\nkind: privacy\n---\n', '\u0000\u0001\uFFFD'.repeat(100), '#'.repeat(10000), '- '.repeat(5000)]) {
      const report = lintPrivacy(text);
      assert.ok(Array.isArray(report.findings));
    }
  });

  it('fixes in a CRLF file use CRLF', () => {
    const text = '# Privacy\r\n\r\nWe care.\r\n';
    const fixed = fixSet([{ file: 'privacy.md', text, kind: 'privacy' }], config()).get('privacy.md')!;
    assert.doesNotMatch(fixed.replace(/\r\n/g, ''), /\n/);
  });
});
