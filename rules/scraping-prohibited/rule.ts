import { defineRule } from '../../server/engine/rule';
import { evidenceWhere, requirementCheck } from '../../server/engine/match';
import { prohibitsAct, SCRAPING } from '../shared/prohibition';
import { perUnit } from '../../server/engine/unit-memory';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

// prohibitsAct reads the unit, its lead-in and heading, and the question before it in its section.
const scrapingProhibited = perUnit((unit) => prohibitsAct(unit, SCRAPING));

export default defineRule({
  id: 'scraping-prohibited',
  group: 'ai',
  severity: 'info',
  summary: 'The policy prohibits scraping, crawling or data mining of the server or its users\' content beyond ordinary search engines.',
  message: 'The policy does not prohibit scraping or automated collection of users\' content; users should know it is not allowed.',
  requirement: true,
  where: ['terms', 'privacy'],
  topics: ['topicAI', 'topicRules'],
  subject: { concepts: ['scrape'], name: 'scraping' },
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: [
      'Scraping, crawling or bulk downloading of this server\'s content is not allowed.',
      '## Prohibited uses\n\nYou agree not to:\n\n- use bots or scrapers to collect posts',
      'Posts on this instance must not be copied in bulk by automated means.',
      'Nobody may use automated tools to gather profiles or follower lists from this server.',
      '## Banned activities\n\n- crawling the API',
    ],
    fail: ['# Terms\n\nBe kind to each other.'],
    near: [
      'We do not prohibit scraping.', 'Scraping is not forbidden here.', '```\nNo scraping.\n```',
      'We do not crawl other servers or sell your data.', 'We cannot stop search engines from indexing public posts.', 'We cannot really stop bots from scraping public posts.',
      'Decisions about you are not made by automated means.', 'You may not send messages in bulk.', 'Your posts are not collected in bulk.',
    ],
  },
  check: (doc) =>
    requirementCheck(evidenceWhere(doc, scrapingProhibited)),
});
