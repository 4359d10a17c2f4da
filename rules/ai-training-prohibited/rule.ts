import { defineRule } from '../../server/engine/rule';
import { evidenceWhere, has, isQuestion, requirementCheck, withHeading } from '../../server/engine/match';
import { operatorsRefrainFrom, prohibitsAct, SCRAPING } from '../shared/prohibition';
import { perUnit } from '../../server/engine/unit-memory';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

/** Using content to train AI, named by the act, by its purpose, or as building models ("used to build or improve ML models"). */
const AI_TRAINING = ['train', 'trainForAI', 'buildModels'];

/** AI training prohibited (it reads the unit, its lead-in and heading, and the unit before it). */
const trainingProhibited = perUnit((unit) => {
  // The answer to a question names AI in the question ("Can my posts train AI? No, that is forbidden.").
  const asked = unit.previous && isQuestion(unit.previous) ? unit.previous.text : '';
  if (!has(withHeading(unit), 'ai') && !has(asked, 'ai')) return false;
  // The operators' own promise counts here: it protects the posts from the use the rule is about.
  return prohibitsAct(unit, AI_TRAINING) || operatorsRefrainFrom(unit, AI_TRAINING) || (has(unit.text, 'ai') && prohibitsAct(unit, SCRAPING));
});

export default defineRule({
  id: 'ai-training-prohibited',
  group: 'ai',
  severity: 'warning',
  summary: 'The policy prohibits (or requires consent for) using users\' content to train AI / machine-learning models.',
  message: 'The policy does not prohibit using users\' content to train AI models; users should know their posts are protected from that use.',
  requirement: true,
  where: ['terms', 'privacy'],
  topics: ['topicAI', 'topicRules'],
  subject: { concepts: ['ai'], name: 'AI' },
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: [
      'You may not use content from this server to train artificial intelligence or machine-learning models.',
      'Scraping posts to train AI models is prohibited.',
      'Using our users\' posts as training data for large language models requires their explicit consent.',
      'Anything published on this instance must not be used for artificial intelligence purposes.',
      '## Prohibited uses\n\nYou agree not to:\n\n- copy posts from this server into the training of language models',
      'Nobody may feed our members\' posts into AI training without asking them first.',
      'We will never use your posts to train AI models.',
      'Content published here must not be used to develop or refine AI models.', 'We forbid using members\' posts for the development of large language models.',
    ],
    fail: ['# Terms\n\nScraping is prohibited.'],
    near: [
      'Whether posts may be used to train AI models has not been decided yet.',
      'We cannot prevent other servers from using public posts to train AI models.',
      'We use machine learning to filter spam. Harassment is forbidden.', 'Building AI models from public posts is allowed here.',
      'We have no rule against training AI models on posts.', 'We do not prohibit using posts to train AI models.', 'AI training on public posts is not prohibited.', '<!-- No AI training. -->', 'Do we allow AI training?'],
  },
  check: (doc) => requirementCheck(evidenceWhere(doc, trainingProhibited)),
});
