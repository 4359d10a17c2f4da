// The concept matcher looks for each concept's expression only from where a
// prefix of one of its alternatives occurs, and must find exactly what a
// global scan of the whole text finds (checked exhaustively in matcher.slow.test.ts).
// Here: how it reads an expression, how it folds case, and the shapes of
// match that a shortcut would get wrong.
import assert from 'node:assert/strict';
import { allRules } from '../server/engine';
import { find, forgetTexts, regexesFor } from '../server/engine/vocabulary';
import { prefixesOf } from '../server/engine/vocabulary/alternatives';
import { fold, foldUnit } from '../server/engine/vocabulary/case';
import { ConceptMatcher } from '../server/engine/vocabulary/matcher';
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
