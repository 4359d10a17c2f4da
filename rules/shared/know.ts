// The shape shared by the "What users should know" rules: a privacy-policy
// requirement met by one statement.
import { defineRule, type RuleDefinition } from '../../server/engine/rule';
import { affirmed, clauseEnd, clauseStart, evidenceWhere, find, has, requirementCheck } from '../../server/engine/match';
import type { Unit } from '../../server/engine/model';
import type { RequirementValue } from '../../server/engine/types';
import { perUnit } from '../../server/engine/unit-memory';

/**
 * `indirectly`: of the units that state the requirement, those that state it only by implication (a right of access
 * for an export); they satisfy it, but a direct statement is quoted first (see evidence.ts).
 */
export function knowRule(
  spec: Omit<RuleDefinition, 'group' | 'requirement' | 'where' | 'check'> & {
    states: (unit: Unit) => boolean | RequirementValue | undefined;
    indirectly?: (unit: Unit) => boolean;
    where?: RuleDefinition['where'];
  },
) {
  const { states, indirectly, ...rest } = spec;
  // Every rule's `states` and `indirectly` read the unit, its headings, lead-in and links, and the units before it in its section.
  const stated = perUnit(states);
  const indirect = indirectly && perUnit(indirectly);
  return defineRule({
    where: ['privacy', 'terms'],
    ...rest,
    group: 'know',
    requirement: true,
    check: (doc) => requirementCheck(evidenceWhere(doc, stated).map((e) => (indirect?.(e.unit) ? { ...e, indirect: true } : e))),
  });
}

/**
 * The sentence does not take the offer back: nothing "not available", "planned", "if we ever". Given the
 * concept that names the offer, only its own clause counts ("we plan to shut down; you can move your account").
 */
export function offered(unit: Unit, concept?: string): boolean {
  if (!concept) return !takenBack(unit.text);
  const text = unit.text;
  return affirmed(text, concept).some((m) => !takenBack(text.slice(clauseStart(text, m.start), clauseEnd(text, m.end))));
}

/** Not offered, only hoped for, or not permitted ("we hope to support it eventually", "exporting is not permitted"). */
const takenBack = (text: string) => has(text, 'notOffered') || has(text, 'offerTakenBack');

/**
 * The operators can get at something: someone who runs a server, a verb of
 * reading or seeing, and a possibility ("can", "it is possible for", "have
 * access"), none of them negated ("admins cannot read" is the opposite).
 */
export function operatorsCanAccess(text: string): boolean {
  return affirmed(text, 'operatorParty').length > 0 && affirmed(text, 'accessVerb').length > 0 && affirmed(text, 'possibility').length > 0;
}

/**
 * The user may act on their own account (`verb`: deleting, say): the verb, affirmed and offered,
 * close to the user's own account ("your account", "their profile"), or close to an account where
 * the user acts ("anyone with an account here can delete it"). "We may delete inactive accounts" has neither.
 */
export function userActsOnAccount(unit: Unit, verb: string): boolean {
  if (!offered(unit)) return false;
  // Followers are other people's accounts: "you can remove followers" deletes no account of the user's.
  return closeTogether(unit.text, verb, 'ownAccount') || (has(unit.text, 'userActs') && closeTogether(unit.text, verb, 'aboutAccounts', 4, 'follows'));
}

/** Words between two places in a text: spaceless scripts count about three characters a word. */
function wordsBetween(text: string, from: number, to: number): number {
  const between = text.slice(Math.min(from, to), Math.max(from, to)).trim();
  if (!between) return 0;
  const words = between.split(/\s+/).length;
  return words === 1 && between.length > 12 ? Math.ceil(between.length / 3) : words;
}

/**
 * Some affirmed match of `verb` has a match of `object` within a few words of it, before or after ("delete your account",
 * "your account removed"), and the object is not a place ("delete photos from your profile") nor a match of `notObject`.
 */
export function closeTogether(text: string, verb: string, object: string, maxWords = 4, notObject?: string): boolean {
  const places = find(text, 'placeBefore');
  // A place word just before the object, or one word before it ("from your account", "from the profile").
  const isPlace = (o: { start: number; end: number }) => places.some((p) => (p.end <= o.start && wordsBetween(text, p.end, o.start) <= 1) || (p.start <= o.start && p.end >= o.end));
  const excluded = notObject ? find(text, notObject) : [];
  const isExcluded = (o: { start: number; end: number }) => excluded.some((x) => x.start < o.end && o.start < x.end);
  const objects = find(text, object).filter((o) => !isPlace(o) && !isExcluded(o));
  return affirmed(text, verb).some((v) => objects.some((o) => wordsBetween(text, o.end <= v.start ? o.end : v.end, o.end <= v.start ? v.start : o.start) <= maxWords));
}
