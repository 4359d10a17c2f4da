// Characters as the concept expressions compare them. Two readings: a loose
// one for finding where a match may start (every whitespace is a space), and
// an exact one for deciding literal alternatives without an expression, which
// must agree with what the flags "iu" (or "u") make of every character.

// --- the loose fold, for prefixes ---

/** Folded UTF-16 units, filled as they are met (0: not yet folded). */
const FOLDED = new Uint16Array(0x10000);

/**
 * A UTF-16 unit as the expressions compare it (flags "iu"), to one unit:
 * upper then lower case brings together the letters that case-insensitive
 * matching does ("ſ" and "s", "ẞ" and "ß", "ς" and "σ", the Kelvin sign and
 * "k"), every whitespace character becomes a space. A letter whose case is
 * more than one unit ("ß" -> "SS") is left as its lower case. Surrogates are
 * left alone (the reader never anchors on them).
 */
export function foldUnit(code: number): number {
  const known = FOLDED[code];
  if (known !== 0) return known;
  let folded = code;
  if (code < 0xd800 || code > 0xdfff) {
    const ch = String.fromCharCode(code);
    if (/\s/.test(ch)) folded = 0x20;
    else {
      const upper = ch.toUpperCase();
      const lower = (upper.length === 1 ? upper : ch).toLowerCase();
      folded = lower.length === 1 ? lower.charCodeAt(0) : ch.toLowerCase().length === 1 ? ch.toLowerCase().charCodeAt(0) : code;
    }
  }
  if (code !== 0) FOLDED[code] = folded;
  return folded;
}

/**
 * A whole string folded as `foldUnit` folds each unit (positions are kept).
 * The string's own case mapping is much faster and gives the same where no
 * letter changed length (only the string form writes a final sigma "ς").
 */
export function fold(text: string): string {
  const cased = text.toUpperCase().toLowerCase();
  if (cased.length === text.length) return cased.replace(/ς/g, 'σ').replace(/\s/g, ' ');
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldUnit(text.charCodeAt(i)));
  return out;
}

// --- the exact fold, for literals ---

/** Canonical UTF-16 units, filled as they are met (0: not yet known). */
const CANONICAL = new Uint16Array(0x10000);

/**
 * One unit standing for every unit that case-insensitive matching ("iu")
 * takes as the same character: two units match if and only if their
 * canonical units are equal. The expressions compare simple case foldings;
 * lower case of upper case gives the same for nearly every letter ("ſ" and
 * "s", the Kelvin sign and "k", "ẞ" and "ß"), and each candidate is checked
 * against the expression engine itself, so a letter it would get wrong
 * ("ı", whose upper case "I" folds to "i") stands for itself. Whitespace is
 * not merged: a space in a literal matches a space only. Surrogates stand
 * for themselves (no literal holds one).
 */
export function canonicalUnit(code: number): number {
  const known = CANONICAL[code];
  if (known !== 0) return known;
  let canonical = code;
  if (code >= 0x41 && code <= 0x5a) canonical = code + 0x20;
  else if (code >= 0x80 && (code < 0xd800 || code > 0xdfff)) {
    const ch = String.fromCharCode(code);
    const upper = ch.toUpperCase();
    const candidates = [upper.length === 1 ? upper.toLowerCase() : '', ch.toLowerCase()];
    const same = new RegExp(`^\\u{${code.toString(16)}}$`, 'iu');
    for (const candidate of candidates)
      if (candidate.length === 1 && (candidate === ch || same.test(candidate))) {
        canonical = candidate.charCodeAt(0);
        break;
      }
  }
  if (code !== 0) CANONICAL[code] = canonical;
  return canonical;
}

const ASCII = /^[\x00-\x7f]*$/;
/** Units per String.fromCharCode call (its arguments go on the stack). */
const CHUNK = 8192;

/** A string as case-insensitive matching compares it, unit by unit (`canonicalUnit`): same length. Plain ASCII is its lower case. */
export function canonicalText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = canonicalUnit(text.charCodeAt(i));
  let out = '';
  for (let i = 0; i < units.length; i += CHUNK) out += String.fromCharCode(...units.subarray(i, i + CHUNK));
  return out;
}

/** A string's own units: what case-sensitive matching compares. */
export function asWrittenText(text: string): string {
  return text;
}

// --- letters and word characters, as the boundaries read them ---

/**
 * What a character class answers for one code point, remembered for every
 * UTF-16 unit (astral code points are asked each time: they are rare).
 */
class CharacterTest {
  private readonly known = new Uint8Array(0x10000);
  constructor(private readonly expression: RegExp) {}

  at(code: number): boolean {
    if (code > 0xffff) return this.expression.test(String.fromCodePoint(code));
    let known = this.known[code];
    if (known === 0) this.known[code] = known = this.expression.test(String.fromCharCode(code)) ? 1 : 2;
    return known === 1;
  }
}

/** Letters, digits and "_": what the word boundaries (?<![\p{L}\p{N}_]) and (?![\p{L}\p{N}_]) look for. With "i", a few more count (U+0345 folds to a letter). */
export const WORD_CHARACTER = { insensitive: new CharacterTest(/^[\p{L}\p{N}_]$/iu), sensitive: new CharacterTest(/^[\p{L}\p{N}_]$/u) };
/** Letters: what "\p{L}" matches. */
export const LETTER = { insensitive: new CharacterTest(/^\p{L}$/iu), sensitive: new CharacterTest(/^\p{L}$/u) };
/** What "\w" matches: with "iu", "ſ" and the Kelvin sign too. */
export const WORD_UNIT = { insensitive: new CharacterTest(/^\w$/iu), sensitive: new CharacterTest(/^\w$/u) };
/** What "\s" matches. */
export const SPACE = new CharacterTest(/^\s$/u);
export type { CharacterTest };

/** The code point that ends just before `at` (-1 at the start). */
export function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The code point that starts at `at` (-1 at the end). */
export function codePointAt(text: string, at: number): number {
  return at < text.length ? text.codePointAt(at)! : -1;
}
