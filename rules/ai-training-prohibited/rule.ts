import { defineRule } from '../../server/engine/rule';
import { evidenceWhere, has, prohibits, requirementCheck, withHeading } from '../../server/engine/match';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

export default defineRule({
  id: 'ai-training-prohibited',
  group: 'ai',
  severity: 'warning',
  summary: 'The policy prohibits (or requires consent for) using users\' content to train AI / machine-learning models.',
  message: 'The policy does not prohibit using users\' content to train AI models; users should know their posts are protected from that use.',
  requirement: true,
  where: ['terms', 'privacy'],
  topics: ['topicAI', 'topicRules'],
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: [
      'You may not use content from this server to train artificial intelligence or machine-learning models.',
      'Scraping posts to train AI models is prohibited.',
      'Using our users\' posts as training data for large language models requires their explicit consent.',
    ],
    fail: ['# Terms\n\nScraping is prohibited.'],
    near: ['We have no rule against training AI models on posts.', 'We do not prohibit using posts to train AI models.', 'AI training on public posts is not prohibited.', '<!-- No AI training. -->', 'Do we allow AI training?'],
  },
  check: (doc) =>
    requirementCheck(evidenceWhere(doc, (unit) => {
      if (!has(withHeading(unit), 'ai')) return false;
      return prohibits(unit, 'train') || (has(unit.text, 'ai') && prohibits(unit, 'scrape'));
    })),
});
