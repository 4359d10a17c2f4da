import { affirmed } from '../../server/engine/match';
import { knowRule } from '../shared/know';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

export default knowRule({
  id: 'data-export',
  severity: 'warning',
  summary: 'The policy says users can request or download an archive / export of their data.',
  message: 'The policy does not say that users can export their data; users should know they can take a copy of it with them.',
  topics: ['topicRights'],
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['You can download an archive of your posts and media from your account settings.', 'You can export your follows, lists, blocks and mutes at any time.'],
    fail: ['# Privacy\n\nWe store your posts.'],
    near: ['You cannot export your data.', 'Can you export your data?'],
  },
  states: (unit) => affirmed(unit.text, 'dataExport').length > 0,
});
