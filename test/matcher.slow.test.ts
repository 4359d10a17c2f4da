// The concept matcher must find exactly what each concept's expression finds
// in a global scan (same concept, start, end and text, in the same order):
// checked for every concept on every text the project ships (rule examples,
// clauses in every language, examples/, the blind paraphrases), in upper case
// and with other whitespace, on every literal word of the vocabulary, and on
// strings generated from every alternative, run together with and without
// spaces. A few minutes; the shapes that matter are in matcher.test.ts.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { allRules, fillClause } from '../server/engine';
import { find, forgetTexts, regexesFor } from '../server/engine/vocabulary';
import { LANGUAGES } from '../server/engine/vocabulary/languages';
import { foldUnit } from '../server/engine/vocabulary/case';
import { PARAPHRASE_SETS } from './paraphrases';
import { ROOT } from './support/cli';
import { conceptsOf, scanned } from './support/matcher-reference';

describe('matcher: the same matches as a global scan of each concept expression', function () {
  this.timeout(1_800_000);
  const concepts = conceptsOf();
  const expressions = new Map(concepts.map((c) => [c, regexesFor(c)]));

  /** Every concept on every text: the matcher's matches against the scan's. Returns how many matches were compared. */
  function compare(texts: string[]): number {
    let compared = 0;
    const differences: string[] = [];
    forgetTexts();
    for (const text of texts)
      for (const concept of concepts) {
        const expected = scanned(expressions.get(concept)!, text, concept);
        compared += expected.length;
        const actual = find(text, concept);
        try {
          assert.deepEqual(actual, expected);
        } catch {
          differences.push(`${concept} in ${JSON.stringify(text.slice(0, 120))}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`);
        }
      }
    assert.deepEqual(differences.slice(0, 10), []);
    return compared;
  }

  const variants = (texts: string[]) => texts.flatMap((t) => [t, t.toUpperCase(), t.replace(/ /g, '\u00a0'), t.replace(/ /g, '\t')]);

  it('on every rule example, every clause in every language and the examples, as written, in upper case and with other spaces', () => {
    const texts: string[] = [];
    for (const rule of allRules()) {
      texts.push(...rule.examples.pass, ...rule.examples.fail, ...(rule.examples.near ?? []));
      for (const language of LANGUAGES.map((l) => l.language)) {
        const clause = fillClause(rule.id, { name: 'Example Social', domain: 'example.social', adminEmail: 'admin@example.social' }, language);
        if (clause) texts.push(clause);
      }
    }
    for (const name of readdirSync(join(ROOT, 'examples'))) texts.push(...readFileSync(join(ROOT, 'examples', name), 'utf8').split(/\n\s*\n/));
    assert.ok(compare(variants(texts)) > 10_000, 'the texts exercise the concepts');
  });

  it('on every paraphrase sentence, satisfying and near, in every language', () => {
    const texts = PARAPHRASE_SETS.flatMap((set) =>
      LANGUAGES.flatMap((l) => {
        const p = set[l.language as 'en'];
        return p ? [...p.satisfy.map((s) => (typeof s === 'string' ? s : s[0])), ...p.near] : [];
      }),
    );
    assert.ok(texts.length > 1000);
    assert.ok(compare(variants(texts)) > 10_000);
  });

  it('on every literal word and phrase of the vocabulary, alone, repeated, run into letters and in odd case', () => {
    const literals = LANGUAGES.flatMap((l) => [...Object.values(l.concepts), ...Object.values(l.caseSensitive ?? {})].flat().filter((alt) => !/[\\[\](){}?*+|.^$]/.test(alt)));
    const odd = (w: string) => w.replace(/s/g, 'ſ').replace(/k/g, '\u212a').replace(/ß/g, 'ẞ').replace(/σ/g, 'ς');
    const texts = literals.flatMap((w) => [w, ` ${w} `, `${w}${w} ${w} ${w}`, `x${w}`, `${w}x`, `_${w}_`, `«${w}»`, w.toUpperCase(), w[0].toUpperCase() + w.slice(1), odd(w), `😀${w}😀`]);
    assert.ok(compare(texts) > literals.length);
  });

  it('on strings generated from every alternative, run together with spaces, without, and inside words', () => {
    const samples: string[] = [];
    let alternatives = 0;
    for (const lang of LANGUAGES)
      for (const alternative of [...Object.values(lang.concepts), ...Object.values(lang.caseSensitive ?? {})].flat()) {
        let arbitrary;
        try {
          arbitrary = fc.stringMatching(new RegExp(`^(?:${alternative})$`, 'u'));
        } catch {
          continue; // lookarounds and the like: covered by the texts above
        }
        alternatives++;
        // A fixed seed: a test whose inputs change from run to run is not a test.
        samples.push(...fc.sample(arbitrary, { numRuns: 3, seed: samples.length }));
      }
    assert.ok(alternatives > 3000, `only ${alternatives} alternatives generated`);
    const texts: string[] = [];
    for (let i = 0; i < samples.length; i += 12) {
      const group = samples.slice(i, i + 12);
      texts.push(group.join(' '), group.join(''), group.join(', ').toUpperCase(), group.map((s, j) => (j % 2 ? s.toUpperCase() : s)).join('x'));
    }
    assert.ok(compare(texts) > 5_000);
  });

  it('folds every character the vocabulary is written in as case-insensitive matching does', () => {
    // Each letter of the vocabulary against every code point that matches it without case: same fold.
    const letters = new Set(LANGUAGES.flatMap((l) => [...Object.values(l.concepts), ...Object.values(l.caseSensitive ?? {})].flat().join('').split('')));
    let all = '';
    for (let code = 0; code <= 0x10ffff; code++) if (code < 0xd800 || code > 0xdfff) all += String.fromCodePoint(code);
    const wrong: string[] = [];
    for (const letter of letters) {
      if (letter >= '\ud800' && letter <= '\udfff') continue;
      const re = new RegExp(letter.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'giu');
      for (const m of all.matchAll(re)) if (m[0].length === 1 && foldUnit(m[0].charCodeAt(0)) !== foldUnit(letter.charCodeAt(0))) wrong.push(`${letter} ~ ${m[0]}`);
    }
    assert.ok(letters.size > 50);
    assert.deepEqual(wrong, []);
  });
});
