import { preferredEvidence } from '../../server/engine/evidence';
import { defineRule } from '../../server/engine/rule';
import { affirmed, evidenceWhere, frame, has, requirementCheck, sameTextAndFrame } from '../../server/engine/match';
import type { Unit } from '../../server/engine/model';
import { perUnit } from '../../server/engine/unit-memory';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

/** Categories a user posts, in the order the message lists them; the first four are required. */
const CATEGORIES: [string, string][] = [
  ['posts', 'posts'], ['media', 'media'], ['follows', 'follows and followers'], ['favourites', 'favourites and boosts'],
  ['bookmarks', 'bookmarks'], ['lists', 'lists'], ['blocks', 'blocks'], ['mutes', 'mutes'], ['notes', 'private notes'],
];
const REQUIRED = 4;

const covered = sameTextAndFrame(coveredBy);

/** The categories a unit says are kept (it reads the unit, its lead-in and headings). */
const categoriesStated = perUnit((unit) => {
  const names = covered(unit);
  return names.length ? { categories: names } : undefined;
});

function coveredBy(unit: Unit): string[] {
  const context = `${unit.text} ${frame(unit)}`;
  const aboutData = has(context, 'collect') || has(context, 'topicCollect') || has(context, 'userContent') || has(context, 'federation');
  if (!aboutData) return [];
  return CATEGORIES.filter(([concept]) => affirmed(unit.text, concept).length > 0).map(([, name]) => name);
}

const TOPICS = ['topicCollect'];
const SUBJECT = { concepts: ['userContent'], name: 'what users post' };

export default defineRule({
  id: 'collects-user-content',
  group: 'data',
  severity: 'info',
  summary: 'The policy covers the data users post: posts, media, follows, favourites and boosts (and bookmarks, lists, blocks, mutes, notes).',
  message: 'The policy does not cover all the data users post; users should know what the server keeps of what they share.',
  requirement: true,
  where: ['privacy', 'terms'],
  topics: TOPICS,
  subject: SUBJECT,
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['We store what you post: your posts and the media attached to them, the accounts you follow and your followers, and your favourites and boosts.'],
    fail: ['# Privacy\n\nWe store your posts.'],
    near: ['We store your posts and media.', '```\nWe store your posts, media, follows and favourites.\n```'],
  },
  check: (doc) => requirementCheck(evidenceWhere(doc, categoriesStated)),
  decide: (found) => {
    const names = new Set(found.flatMap((f) => f.evidence.value?.categories ?? []));
    const missing = CATEGORIES.filter(([, name]) => !names.has(name)).map(([, name]) => name);
    const requiredMissing = CATEGORIES.slice(0, REQUIRED).some(([, name]) => !names.has(name));
    // Among the statements naming the most categories, the one a reader would quote (evidence.ts).
    const most = found.reduce((n, f) => Math.max(n, f.evidence.value?.categories?.length ?? 0), 0);
    const best = preferredEvidence(found.filter((f) => (f.evidence.value?.categories?.length ?? 0) === most), TOPICS, SUBJECT.concepts);
    const categories = CATEGORIES.map(([, n]) => n).filter((n) => names.has(n));
    if (!requiredMissing && best) return { satisfied: true, evidence: best, value: { categories } };
    return {
      satisfied: false,
      value: { categories },
      message: `The policy does not say what happens to ${missing.join(', ')} that users post; users should know what the server keeps of what they share.`,
    };
  },
});
