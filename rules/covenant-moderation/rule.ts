import { defineRule } from '../../server/engine/rule';
import { preferredEvidence } from '../../server/engine/evidence';
import { evidenceWhere, find, frame, has, negated, previousSentence, requirementCheck } from '../../server/engine/match';
import type { DocumentModel, Unit } from '../../server/engine/model';
import { perUnit } from '../../server/engine/unit-memory';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

const CATEGORIES = ['racism', 'sexism', 'homophobia', 'transphobia'] as const;

function inModerationContext(doc: DocumentModel, unit: Unit): boolean {
  return (doc.kind === 'rules' && (unit.inList || unit.kind === 'heading')) || saysModerationContext(unit);
}

/** Moderation named in the unit, its lead-in or headings, or the sentences before it in its block (it reads no more). */
const saysModerationContext = perUnit((unit) => {
  if (has(unit.text, 'moderate') || has(frame(unit), 'moderate') || has(frame(unit), 'topicRules')) return true;
  // "Discrimination is forbidden. This includes racism, sexism, ..."
  return has(unit.text, 'includesBack') && has(previousSentence(unit), 'moderate');
});

/** The categories a unit says are moderated (it reads the unit's text only). */
const categoriesModerated = perUnit((unit) => {
  // "We do not moderate racism, sexism, ...": the categories are named, not moderated.
  if (negated(unit.text, 'moderationVerb').length > 0) return undefined;
  const categories = CATEGORIES.filter((c) => find(unit.text, c).some((m) => !welcomedRegardless(unit.text, m)));
  return categories.length ? { categories: [...categories] } : undefined;
});

/**
 * The category is one of the traits a welcome names ("a safe place for everyone regardless of race, gender
 * or sexual orientation"): a goal, not a rule against anything. Said with a prohibition ("harassment of
 * anyone, regardless of race or gender, is not tolerated") it is a rule again.
 */
function welcomedRegardless(text: string, category: { start: number }): boolean {
  const grounds = find(text, 'regardlessOf').find((g) => g.end <= category.start);
  if (!grounds) return false;
  return !find(text, 'moderate').some((m) => m.end <= grounds.start || m.start >= grounds.end);
}

const TOPICS = ['topicRules'];

export default defineRule({
  id: 'covenant-moderation',
  group: 'covenant',
  severity: 'warning',
  summary: 'The server commits to active moderation against racism, sexism, homophobia and transphobia (Mastodon Server Covenant).',
  message: 'The rules do not commit to moderating against racism, sexism, homophobia and transphobia, as the Mastodon Server Covenant asks; users should know what protection to expect.',
  subject: { concepts: ['moderationVerb'], name: 'moderation' },
  requirement: true,
  where: ['rules', 'terms', 'about', 'privacy'],
  topics: TOPICS,
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: [
      '## Rules\n\n- No racism, sexism, homophobia or transphobia.', 'We actively moderate and remove racist, sexist, homophobic and transphobic content.',
      'Hate is banned here. That includes racism, sexism, homo- and transphobia.', 'We will not host racists, sexists, homophobes or transphobes.',
      'Harassing anyone, regardless of race, sex, sexual orientation or gender identity, is not tolerated.',
    ],
    fail: ['# Rules\n\n- No racism.\n- No sexism.\n- No homophobia.', '# Rules\n\nBe nice.'],
    near: [
      '# About us\n\nWe discuss racism, sexism, homophobia and transphobia in the media.', '# Privacy\n\nWe never process special categories of data such as racial or ethnic origin, sex life or sexual orientation.',
      '# About\n\nAs a free-speech server we do not moderate racism, sexism, homophobia or transphobia.',
      '# Rules\n\n- A friendly place for everyone, regardless of race, sex, sexual orientation or gender identity.',
    ],
  },
  check: (doc) =>
    requirementCheck(evidenceWhere(doc, (unit) => {
      // Lists of sensitive data (GDPR Art. 9) name race and sexual orientation too, but are not rules.
      if (has(unit.text, 'sensitiveData') || !inModerationContext(doc, unit)) return undefined;
      return categoriesModerated(unit);
    }, { headings: true })),
  decide: (found) => {
    const covered = CATEGORIES.filter((c) => found.some((f) => f.evidence.value?.categories?.includes(c)));
    const missing = CATEGORIES.filter((c) => !covered.includes(c));
    // Among the statements naming the most categories, the one a reader would quote (evidence.ts): the rules' own, not an introduction's.
    const most = found.reduce((n, f) => Math.max(n, f.evidence.value?.categories?.length ?? 0), 0);
    const best = preferredEvidence(found.filter((f) => (f.evidence.value?.categories?.length ?? 0) === most), TOPICS);
    if (missing.length === 0) return { satisfied: true, evidence: best, value: { categories: [...covered] } };
    return {
      satisfied: false,
      value: { categories: [...covered] },
      message: `The rules do not commit to moderating against ${missing.join(', ')}, as the Mastodon Server Covenant asks; users should know what protection to expect.`,
    };
  },
});
