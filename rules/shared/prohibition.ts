// Reading a prohibition: does a unit forbid an activity (scraping, AI training)?
// Read by structure, in every language: a prohibition stated outright ("is
// prohibited", "you agree not to", "only with consent") and not itself negated;
// the activity negated by whoever is bound ("you may not scrape", "content must
// not be archived by automated means", "no crawler is authorised"); an item
// in a list whose lead-in or heading prohibits; the answer to a question
// about the activity ("Can my posts be used for AI? No, that is forbidden.").
// Not prohibitions: the operators saying what they themselves do not do ("we
// do not scrape your data"), saying they cannot prevent it, or that nothing is
// decided yet.
import { affirmed, clauseEnd, clauseStart, find, has, isNegated, isQuestion, negated, type Match } from '../../server/engine/match';
import type { Unit } from '../../server/engine/model';

/** Scraping, named by a word for it or by its tools and manner ("collected by automated means"). */
export const SCRAPING = ['scrape', 'automatedCollection'];

/** Words a prohibition word may be negated by must be this close before it: "we do not prohibit", not "not welcome and forbidden". */
const PROHIBITION_NEGATION_WORDS = 3;

/** The text forbids something: a prohibition word that is not itself negated ("we do not prohibit" is not a prohibition). */
export function forbids(text: string): boolean {
  const strong = find(text, 'strongProhibition');
  const stated = find(text, 'prohibitionStated');
  const notNegated = (m: Match) => {
    const from = startOfLastWords(text, m.start, PROHIBITION_NEGATION_WORDS);
    return !isNegated(text.slice(from), m.start - from, m.end - from);
  };
  return strong.some(notNegated) || stated.some(notNegated);
}

/** Where the last `n` words before `index` start (the clause's own start at most). */
function startOfLastWords(text: string, index: number, n: number): number {
  const clause = clauseStart(text, index);
  const isSpace = (at: number) => /\s/.test(text[at]);
  let at = index;
  for (let i = 0; i < n && at > clause; i++) {
    while (at > clause && isSpace(at - 1)) at--;
    while (at > clause && !isSpace(at - 1)) at--;
  }
  return at;
}

/** The unit states no prohibition: the operators cannot prevent it, or nothing is decided. */
function noProhibitionStated(text: string): boolean {
  return has(text, 'notAProhibition') || has(text, 'cannotPrevent');
}

/**
 * The activity named by any of the concepts `acts` is prohibited in the unit: forbidden outright,
 * or negated ("you may not scrape", "no scraping") by a cue that does not negate a prohibition,
 * and not by the operators describing themselves ("we do not scrape") or as a fact ("posts are
 * not collected").
 */
export function prohibits(unit: Unit, acts: readonly string[]): boolean {
  const text = unit.text;
  if (noProhibitionStated(text)) return false;
  if (forbids(text) && acts.some((act) => has(text, act))) return true;
  return negatedActs(text, acts).some((clause) => !has(clause, 'operatorsThemselves') && !has(clause, 'statedAsFact'));
}

/** The operators promise not to do it themselves ("we will never use your posts to train AI"). */
export function operatorsRefrainFrom(unit: Unit, acts: readonly string[]): boolean {
  return !noProhibitionStated(unit.text) && negatedActs(unit.text, acts).some((clause) => has(clause, 'operatorsThemselves'));
}

/** The clauses in which an act is negated by a cue that does not negate a prohibition ("we do not prohibit scraping" negates none). */
function negatedActs(text: string, acts: readonly string[]): string[] {
  return acts.flatMap((act) => find(text, act)).flatMap((act) => {
    if (!isNegated(text, act.start, act.end)) return [];
    const from = clauseStart(text, act.start);
    return has(text.slice(from, act.start), 'prohibitVerb') ? [] : [text.slice(from, clauseEnd(text, act.end))];
  });
}

/** A list item under a lead-in ("You agree not to:") or heading ("Prohibited uses") that prohibits what the list names. */
export function inProhibitingList(unit: Unit, acts: readonly string[]): boolean {
  if (!unit.inList || !acts.some((act) => has(unit.text, act))) return false;
  const frame = [unit.leadIn ?? '', unit.section.heading?.text ?? ''].join(' \n ');
  const prohibiting = affirmed(frame, 'prohibitingFrame').length > 0 || forbids(frame);
  return prohibiting && negated(frame, 'prohibitVerb').length === 0 && !noProhibitionStated(frame);
}

/** A prohibition answering the question just before it, which names the activity ("May my posts be used for AI training? No, that is forbidden."). */
export function forbiddenInAnswer(unit: Unit, acts: readonly string[]): boolean {
  const question = unit.previous;
  if (!question || question.section !== unit.section || !isQuestion(question) || !acts.some((act) => has(question.text, act))) return false;
  return forbids(unit.text) && !noProhibitionStated(unit.text);
}

/** Any of the readings above, for an activity named by any of the concepts `acts`. */
export function prohibitsAct(unit: Unit, acts: readonly string[]): boolean {
  return prohibits(unit, acts) || inProhibitingList(unit, acts) || forbiddenInAnswer(unit, acts);
}
