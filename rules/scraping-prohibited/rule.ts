import { defineRule } from '../../server/engine/rule';
import { affirmed, evidenceWhere, has, negated, prohibits, requirementCheck } from '../../server/engine/match';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

export default defineRule({
  id: 'scraping-prohibited',
  group: 'ai',
  severity: 'info',
  summary: 'The policy prohibits scraping, crawling or data mining of the server or its users\' content beyond ordinary search engines.',
  message: 'The policy does not prohibit scraping or automated collection of users\' content; users should know it is not allowed.',
  requirement: true,
  where: ['terms', 'privacy'],
  topics: ['topicAI', 'topicRules'],
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['Scraping, crawling or bulk downloading of this server\'s content is not allowed.', '## Prohibited uses\n\nYou agree not to:\n\n- use bots or scrapers to collect posts'],
    fail: ['# Terms\n\nBe kind to each other.'],
    near: ['We do not prohibit scraping.', 'Scraping is not forbidden here.', '```\nNo scraping.\n```'],
  },
  check: (doc) =>
    requirementCheck(evidenceWhere(doc, (unit) => {
      if (!has(unit.text, 'scrape')) return false;
      if (prohibits(unit, 'scrape')) return true;
      const frame = [unit.leadIn ?? '', unit.section.heading?.text ?? ''].join(' \n ');
      // "You agree not to:" above a list, or a "Prohibited uses" heading, makes each item a prohibition.
      return unit.inList && affirmed(frame, 'prohibitingFrame').length > 0 && negated(frame, 'prohibitVerb').length === 0;
    })),
});
