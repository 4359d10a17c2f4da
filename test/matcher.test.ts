// The concept prefilter may let through a concept that then does not match,
// but it must never rule out one that would (checked exhaustively in
// prefilter.slow.test.ts). Here: how it reads an expression, and that it
// rules out what it should.
import assert from 'node:assert/strict';
import { conceptPrefilter } from '../server/engine/vocabulary';
import { foldForPrefilter, prefixesOf } from '../server/engine/vocabulary/prefilter';

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

describe('prefilter: rules out what cannot match', () => {
  const prefilter = conceptPrefilter();

  it('rules out concepts whose words are absent (the point of it)', () => {
    assert.equal(prefilter.mayMatch('Zebras graze quietly.', 'ip'), false);
    assert.equal(prefilter.mayMatch('We log your IP address.', 'ip'), true);
  });
});
