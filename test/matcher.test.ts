// The concept matcher decides most alternatives as lists of words walked
// through a trie, runs the others' expressions only where their prefixes
// occur, and must find exactly what a global scan of each concept's whole
// expression finds (checked exhaustively in matcher.slow.test.ts). Here: how
// it reads an alternative, how it compares case, and the shapes of match
// that a shortcut would get wrong.
import assert from 'node:assert/strict';
import { allRules } from '../server/engine';
import { find, forgetTexts, regexesFor } from '../server/engine/vocabulary';
import { literalsOf, prefixesOf } from '../server/engine/vocabulary/alternatives';
import { canonicalText, canonicalUnit, fold, foldUnit } from '../server/engine/vocabulary/case';
import { ConceptMatcher } from '../server/engine/vocabulary/matcher';
import { runsDecided } from '../server/engine/vocabulary/runs';
import { tablesOf } from '../server/engine/vocabulary/tables';
import { LANGUAGES } from '../server/engine/vocabulary/languages';
import type { LanguageVocabulary } from '../server/engine/vocabulary/types';
import { conceptsOf, scanned } from './support/matcher-reference';

const sorted = (xs: string[] | undefined) => xs && [...xs].sort();

describe('matcher: the prefixes every match of an alternative starts with', () => {
  it('reads literals, optional parts, groups and classes', () => {
    assert.deepEqual(sorted(prefixesOf('browser')), ['browser']);
    assert.deepEqual(sorted(prefixesOf('ip')), ['ip']);
    assert.deepEqual(sorted(prefixesOf('(?:web )?browser')), ['browser', 'web browser']);
    assert.deepEqual(sorted(prefixesOf('e-?mail')), ['e-mail', 'email']);
    assert.deepEqual(sorted(prefixesOf('(?:your|a|the) handles?')), ['a handle', 'the handle', 'your handle']);
    assert.deepEqual(sorted(prefixesOf('authori[sz]ation')), ['authorisatio', 'authorizatio']);
    assert.deepEqual(sorted(prefixesOf('[Ee]\\.?g')), ['e.g', 'eg']);
    assert.deepEqual(sorted(prefixesOf('x{2}')), ['xx']);
    // Three characters or more would be over a thousand prefixes: two are kept.
    const days = prefixesOf('\\d+ days')!;
    assert.equal(days.length, 110);
    assert.ok(days.every((p) => /^\d[\d ]$/.test(p)));
  });

  it('passes over lookarounds and anchors, which match no characters', () => {
    assert.deepEqual(sorted(prefixesOf('(?<![a-z])ip(?= )')), ['ip']);
    assert.deepEqual(sorted(prefixesOf('^\\bno\\b')), ['no']);
  });

  it('says nothing (undefined) when a match may start with anything', () => {
    assert.equal(prefixesOf('.+ logs'), undefined);
    assert.equal(prefixesOf('\\p{L}+n’t'), undefined);
    assert.equal(prefixesOf('[^a]bc'), undefined);
    assert.equal(prefixesOf('(?:ab)?'), undefined);
    assert.equal(prefixesOf('a)'), undefined, 'a stray ")" is not read');
  });

  it('keeps shorter prefixes when the full length would be too many', () => {
    const read = prefixesOf('[a-z][a-z][a-z]x');
    assert.ok(read && read.every((p) => p.length < 3) && read.length > 0);
  });
});

describe('matcher: folds case and whitespace as the expressions do ("iu" flags), one unit for one', () => {
  it('keeps positions, and brings together what case-insensitive matching does', () => {
    assert.equal(fold('GROẞE\u00a0Daten\tſ\u212a'), 'große daten sk');
    assert.equal(fold('ΣΑΣ ς'), 'σασ σ');
    assert.equal(fold('İ'), 'İ', 'no single unit for its lower case: left as it is (it matches no "i")');
    assert.equal(fold('a😀b').length, 4);
    // The fast path (the string's own case mapping) against folding unit by unit.
    const unitByUnit = (t: string) => [...Array(t.length).keys()].map((i) => String.fromCharCode(foldUnit(t.charCodeAt(i)))).join('');
    // Surrogates may differ (the string form folds astral letters): no prefix contains one, so no walk goes through them.
    const units = (t: string) => t.replace(/[\ud800-\udfff]/g, '?');
    for (const text of ['Straße ẞ', 'ΣΑΣ ΟΔΟΣ. ς', 'İstanbul ı', 'Kelvin \u212a ſ', 'a\u00a0b\u2003c\td', 'Déjà Vu ÇA', '𐐀𐐨 😀', 'ǅ ǈ ǋ ǲ', 'ﬀ ŉ'])
      assert.equal(units(fold(text)), units(unitByUnit(text)), text);
    assert.deepEqual(sorted(prefixesOf('Straße')), ['straße']);
    assert.deepEqual(sorted(prefixesOf('ẞa')), ['ßa']);
    assert.deepEqual(sorted(prefixesOf('a\\sb')), ['a b']);
  });
});

describe('matcher: the words of an alternative, in the order its expression tries them', () => {
  const words = (source: string) => literalsOf(source, (w) => w)?.map((l) => (l.wordRest ? `${l.text}+` : l.text));

  it('lists optional parts taken first when greedy, last when lazy, alternatives and repeats in order', () => {
    assert.deepEqual(words('passw(?:ort|örter)(?:n|es|s)?'), ['passwortn', 'passwortes', 'passworts', 'passwort', 'passwörtern', 'passwörteres', 'passwörters', 'passwörter']);
    assert.deepEqual(words('e-?mail'), ['e-mail', 'email']);
    assert.deepEqual(words('e-??mail'), ['email', 'e-mail']);
    // A greedy repeat tries one more before stopping: "aa", "ab", "a", "ba", "bb", "b", "".
    assert.deepEqual(words('x(?:a|b){0,2}'), ['xaa', 'xab', 'xa', 'xba', 'xbb', 'xb', 'x']);
    assert.deepEqual(words('authori[sz]ation'), ['authorisation', 'authorization']);
    assert.deepEqual(words('a\\.b'), ['a.b']);
  });

  it('keeps a trailing run of letters as the rest of the word', () => {
    assert.deepEqual(words('datenschutz\\p{L}*'), ['datenschutz+']);
    assert.deepEqual(words('(?:an|ab)melde\\p{L}*|login'), ['anmelde+', 'abmelde+', 'login']);
  });

  it('leaves to the expression what is not a small finite set of words', () => {
    for (const source of ['\\p{L}+rions', 'data.', 'a\\w', '(?<![a-z])ip', 'ip(?! law)', 'x\\b', '(?:ab)?', 'a+', '[^a]b', '(?:x|)*y', 'a{0,300}', '[a-z]{1,4}', 'a\\p{L}*?'])
      assert.equal(literalsOf(source, (w) => w), undefined, source);
  });

  it('keeps a run inside a word only where the character after it cannot belong to it', () => {
    const runWords = (source: string) => literalsOf(source, canonicalText, (w) => runsDecided(w, false));
    assert.equal(runWords('(?:cambi|modific)\\p{L}* de')?.length, 2);
    assert.equal(runWords('chang\\p{L}*s'), undefined, 'a letter after a run of letters: the run could give it back');
    assert.equal(runWords('\\p{L}* de'), undefined, 'a word cannot start with a run');
    assert.equal(runWords('on\\s+(?:a|the)')?.length, 2, 'a letter after a run of spaces');
    assert.equal(runWords('on\\s+ the'), undefined, 'a space after a run of spaces');
    assert.equal(runWords('mov\\w*2'), undefined, 'a digit after a run of word characters');
  });
});

describe('matcher: case as the expressions compare it ("iu")', () => {
  it('gives one unit for every unit the expressions take as the same, and only for those, for every character of the vocabulary', function () {
    this.timeout(60_000);
    // Every unit of the Basic Multilingual Plane but surrogates, once.
    const units: number[] = [];
    for (let code = 1; code < 0x10000; code++) if (code < 0xd800 || code > 0xdfff) units.push(code);
    const all = String.fromCharCode(...units);
    const canonical = units.map(canonicalUnit);
    const vocabularyUnits = new Set<number>();
    const tables = tablesOf(LANGUAGES);
    for (const table of [tables.insensitive]) for (const ch of table.text) if (ch.charCodeAt(0) < 0xd800 || ch.charCodeAt(0) > 0xdfff) vocabularyUnits.add(ch.charCodeAt(0));
    assert.ok(vocabularyUnits.size > 100);
    for (const unit of vocabularyUnits) {
      if (unit === 0x7f) continue;
      const same = new RegExp(`\\u{${unit.toString(16)}}`, 'giu');
      const expected = [...all.matchAll(same)].map((m) => m[0].charCodeAt(0)).sort((a, b) => a - b);
      const actual = units.filter((_, k) => canonical[k] === canonicalUnit(unit)).sort((a, b) => a - b);
      assert.deepEqual(actual, expected, `U+${unit.toString(16)}`);
    }
  });

  it('keeps positions, lower-cases plain ASCII, and leaves "ı" and "İ" to themselves', () => {
    assert.equal(canonicalText('E-Mail Address'), 'e-mail address');
    assert.equal(canonicalText('ſ\u212a ẞ ı İ\u00a0x').length, 'ſ\u212a ẞ ı İ\u00a0x'.length);
    assert.equal(canonicalText('ſ\u212a ẞ ı İ\u00a0x'), 'sk ß ı İ\u00a0x');
  });
});

/** A vocabulary of one or two languages, for shapes the real one may not have. */
function vocabulary(concepts: Record<string, string[]>, extra: Partial<LanguageVocabulary> = {}): LanguageVocabulary {
  return { language: 'xx', name: 'Test', concepts, negationBefore: [], notNegating: [], clauseBreaks: [], numberWords: {}, durationUnits: [], agePatterns: [], stopWords: [], topicTitles: {}, ...extra };
}

/** The matcher against a global scan of each concept's expression, on every text. */
function assertSame(matcher: ConceptMatcher, concepts: string[], texts: string[]): number {
  let compared = 0;
  for (const text of texts)
    for (const concept of concepts) {
      const expected = scanned(matcher.expressionsOf(concept), text, concept);
      compared += expected.length;
      assert.deepEqual(matcher.find(text, concept), expected, `${concept} in ${JSON.stringify(text)}`);
    }
  return compared;
}

describe('matcher: the same matches as a global scan of the expression', () => {
  it('takes the first alternative that matches, not the longest, and consecutive matches one after the other', () => {
    const matcher = new ConceptMatcher([vocabulary({ short: ['data', 'data protection', 'protection'], words: ['ab', 'abab', 'b a'] })]);
    assert.deepEqual(
      matcher.find('data protection', 'short').map((m) => m.text),
      ['data', 'protection'],
    );
    assertSame(matcher, ['short', 'words'], ['data protection', 'ab ab abab', 'abab', 'b a b a', 'xab ab_ ab', 'DATA Protection']);
  });

  it('keeps word boundaries, except in spaceless languages, and the case of case-sensitive alternatives', () => {
    const latin = vocabulary({ ip: ['ip(?:v[46])?', 'internet protocol'], ai: ['artificial intelligence'] }, { caseSensitive: { ai: ['AI'] } });
    const spaceless = vocabulary({ ip: ['IPアドレス'], ai: ['人工知能', 'AI'] }, { language: 'ja', spaceless: true, caseSensitive: { ai: ['AI'] } });
    const matcher = new ConceptMatcher([latin, spaceless]);
    assert.deepEqual(
      matcher.find('Ai and AI, said AIの人工知能', 'ai').map((m) => [m.start, m.text]),
      [
        [7, 'AI'],
        [16, 'AI'],
        [19, '人工知能'],
      ],
    );
    assertSame(matcher, ['ip', 'ai'], ['ship ip IPv4 ipv6s IPアドレス', 'zipアドレス ipアドレス', 'AIAI ai aI', 'Internet\u00a0Protocol']);
  });

  it('tries alternatives whose start cannot be read wherever they match', () => {
    const matcher = new ConceptMatcher([vocabulary({ hypothetical: ['\\p{L}+rions', 'would'] })]);
    assert.deepEqual(
      matcher.find('nous pourrions, we would, irions', 'hypothetical').map((m) => m.text),
      ['pourrions', 'would', 'irions'],
    );
    assertSame(matcher, ['hypothetical'], ['pourrionsrions', 'rions would', 'éé-rions', '𐐀rions 𐐨𐐨rions']);
  });

  it('decides words and expressions of one concept by their place in it, wherever both match at one position', () => {
    const matcher = new ConceptMatcher([
      vocabulary({ keep: ['stor\\w+ data', 'store', 'stored? (?:it|them)', 'keep\\p{L}* (?:it|them)'], mixed: ['(?:we )?kee(?=p)', 'keep'] }),
      vocabulary({ keep: ['store(?:s|d)?'] }, { language: 'yy' }),
    ]);
    assertSame(matcher, ['keep', 'mixed'], ['we store data, store it, stored them, stores', 'keeping them keep it keepit', 'we keep', 'storing data STORED THEM', 'keep\u00e9 it keep2 it']);
  });

  it('reads runs inside words as their expression does', () => {
    const matcher = new ConceptMatcher([vocabulary({ change: ['(?:cambi|modific)\\p{L}* (?:de |en )?estos', 'mov\\w* to', 'on\\s+(?:a|the) server'] })]);
    assertSame(matcher, ['change'], ['cambiamos estos, modificaremos de estos', 'cambi estos cambiéé estos', 'moved to, mov_2 to, mové to', 'on \t the server, on\u00a0a server, onthe server', 'cambiar\ue000 estos \ue000']);
  });

  it('says which concept it does not know', () => {
    assert.throws(() => find('text', 'noSuchConcept'), /unknown vocabulary concept: noSuchConcept/);
  });

  it('finds in every rule example what the concept expressions find', function () {
    this.timeout(120_000); // every concept on every example: a few seconds, more on a busy machine
    const concepts = conceptsOf();
    const texts = allRules().flatMap((rule) => [...rule.examples.pass, ...rule.examples.fail, ...(rule.examples.near ?? [])]);
    forgetTexts();
    let compared = 0;
    for (const text of texts)
      for (const concept of concepts) {
        const expected = scanned(regexesFor(concept), text, concept);
        compared += expected.length;
        assert.deepEqual(find(text, concept), expected, `${concept} in ${JSON.stringify(text)}`);
      }
    assert.ok(compared > 1000, `only ${compared} matches compared`);
  });
});
