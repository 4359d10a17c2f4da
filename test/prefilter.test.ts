// The concept prefilter may let through a concept that then does not match,
// but it must never rule out one that would: checked on every text the
// project ships, in upper case, with other whitespace, and on every literal
// word of the vocabulary.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules, fillClause } from '../server/engine';
import { conceptPrefilter, regexesFor } from '../server/engine/vocabulary';
import { LANGUAGES } from '../server/engine/vocabulary/languages';
import { foldForPrefilter, prefixesOf } from '../server/engine/vocabulary/prefilter';
import { ROOT } from './support/cli';

const sorted = (xs: string[] | undefined) => xs && [...xs].sort();

describe('prefilter: the prefixes every match of an alternative starts with', () => {
  it('reads literals, optional parts, groups and classes', () => {
    assert.deepEqual(sorted(prefixesOf('browser')), ['bro']);
    assert.deepEqual(sorted(prefixesOf('ip')), ['ip']);
    assert.deepEqual(sorted(prefixesOf('(?:web )?browser')), ['bro', 'web']);
    assert.deepEqual(sorted(prefixesOf('e-?mail')), ['e-m', 'ema']);
    assert.deepEqual(sorted(prefixesOf('(?:your|a|the) handles?')), ['a h', 'the', 'you']);
    assert.deepEqual(sorted(prefixesOf('authori[sz]ation')), ['aut']);
    assert.deepEqual(sorted(prefixesOf('[Ee]\\.?g')), ['e.g', 'eg']);
    assert.deepEqual(sorted(prefixesOf('x{2}')), ['xx']);
    // Three characters would be over a thousand prefixes: two are kept.
    const days = prefixesOf('\\d+ days')!;
    assert.equal(days.length, 110);
    assert.ok(days.every((p) => /^\d[\d ]$/.test(p)));
  });

  it('folds case and whitespace as the expressions do ("iu" flags)', () => {
    assert.deepEqual(sorted(prefixesOf('Straße')), ['str']);
    assert.deepEqual(sorted(prefixesOf('ßa')), ['ssa']);
    assert.deepEqual(sorted(prefixesOf('a\\sb')), ['a b']);
    assert.equal(foldForPrefilter('GROẞE\u00a0Daten\tſ'), 'grosse daten s');
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

  it('rules out concepts whose words are absent (the point of it)', () => {
    assert.equal(prefilter.mayMatch('Zebras graze quietly.', 'ip'), false);
    assert.equal(prefilter.mayMatch('We log your IP address.', 'ip'), true);
  });
});
