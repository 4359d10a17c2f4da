// The concept prefilter may let through a concept that then does not match,
// but it must never rule out one that would: checked on every text the
// project ships, in upper case, with other whitespace, and on every literal
// word of the vocabulary (over a minute; how it reads expressions is in
// prefilter.test.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules, fillClause } from '../server/engine';
import { conceptPrefilter, regexesFor } from '../server/engine/vocabulary';
import { LANGUAGES } from '../server/engine/vocabulary/languages';
import { ROOT } from './support/cli';

describe('prefilter: never rules out a concept that matches', () => {
  const concepts = [...new Set(LANGUAGES.flatMap((l) => [...Object.keys(l.concepts), ...Object.keys(l.caseSensitive ?? {})]))];
  const prefilter = conceptPrefilter();

  function matches(text: string, concept: string): boolean {
    return regexesFor(concept).some((re) => {
      re.lastIndex = 0;
      return re.test(text);
    });
  }

  function checkTexts(texts: string[]): number {
    let matched = 0;
    const misses: string[] = [];
    for (const text of texts)
      for (const concept of concepts) {
        if (!matches(text, concept)) continue;
        matched++;
        if (!prefilter.mayMatch(text, concept)) misses.push(`${concept}: ${JSON.stringify(text.slice(0, 80))}`);
      }
    assert.deepEqual(misses.slice(0, 20), []);
    return matched;
  }

  it('on every rule example, every clause in every language and the examples, as written and in upper case', () => {
    const texts: string[] = [];
    for (const rule of allRules()) {
      texts.push(...rule.examples.pass, ...rule.examples.fail, ...(rule.examples.near ?? []));
      for (const language of LANGUAGES.map((l) => l.language)) {
        const clause = fillClause(rule.id, { name: 'Example Social', domain: 'example.social', adminEmail: 'admin@example.social' }, language);
        if (clause) texts.push(clause);
      }
    }
    for (const name of readdirSync(join(ROOT, 'examples'))) texts.push(...readFileSync(join(ROOT, 'examples', name), 'utf8').split(/\n\s*\n/));
    const variants = texts.flatMap((t) => [t, t.toUpperCase(), t.replace(/ /g, '\u00a0'), t.replace(/ /g, '\t')]);
    assert.ok(checkTexts(variants) > 1000, 'the texts exercise the concepts');
  });

  it('on every literal word and phrase of the vocabulary, in any case', () => {
    const literals = LANGUAGES.flatMap((l) => [...Object.values(l.concepts), ...Object.values(l.caseSensitive ?? {})].flat().filter((alt) => !/[\\[\](){}?*+|.^$]/.test(alt)));
    const texts = literals.flatMap((w) => [w, ` ${w} `, w.toUpperCase(), w[0].toUpperCase() + w.slice(1), `«${w}»`]);
    assert.ok(checkTexts(texts) > literals.length);
  });
});
