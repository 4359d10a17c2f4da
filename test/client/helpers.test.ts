// The client's pure helpers: the clause pick list, the status bar wording and
// the workspace lint summary (the parts of the extension that need no VS Code).
import assert from 'node:assert/strict';
import { clauseItems } from '../../client/clauses';
import { countSeverities, statusText } from '../../client/counts';
import { describeLintResult } from '../../client/lintSummary';

describe('client: clause pick list', () => {
  const clauses = [
    { ruleId: 'collects-email', summary: 'Says that an e-mail address is collected' },
    { ruleId: 'ip-retention', summary: 'States how long IP addresses are kept' },
    { ruleId: 'contact', summary: 'Says how to reach the operators' },
  ];

  it('lists the clauses missing from the document first, keeping the server order within each group', () => {
    const items = clauseItems(clauses, new Set(['contact', 'ip-retention']));
    assert.deepEqual(
      items.map((i) => i.ruleId),
      ['ip-retention', 'contact', 'collects-email'],
    );
    assert.equal(items[0].description, 'missing from this document');
    assert.equal(items[2].description, undefined);
    assert.equal(items[2].detail, 'Says that an e-mail address is collected');
  });

  it('copes with a server that answers null or with malformed entries', () => {
    assert.deepEqual(clauseItems(null, new Set()), []);
    assert.deepEqual(clauseItems(undefined, new Set(['contact'])), []);
    const odd = [{ ruleId: 'contact', summary: 's' }, { summary: 'no id' }] as unknown as typeof clauses;
    assert.deepEqual(
      clauseItems(odd, new Set()).map((i) => i.ruleId),
      ['contact'],
    );
  });
});

describe('client: status bar counts', () => {
  it('counts severities', () => {
    assert.deepEqual(countSeverities(['error', 'warning', 'warning', 'info', 'error', 'error']), { errors: 3, warnings: 2, infos: 1 });
    assert.deepEqual(countSeverities([]), { errors: 0, warnings: 0, infos: 0 });
  });

  it('shows the counts with icons and says them in words for screen readers', () => {
    const { text, tooltip } = statusText({ errors: 1, warnings: 2, infos: 0 });
    assert.equal(text, '$(error) 1 $(warning) 2 $(info) 0 fedipolicy');
    assert.equal(tooltip, 'fedipolicy: 1 error, 2 warnings, 0 infos in this policy');
  });

  it('shows a check mark for a policy without problems', () => {
    assert.deepEqual(statusText({ errors: 0, warnings: 0, infos: 0 }), {
      text: '$(check) fedipolicy',
      tooltip: 'fedipolicy: no problems in this policy',
    });
  });
});

describe('client: workspace lint summary', () => {
  it('names the documents and the findings by severity', () => {
    assert.equal(
      describeLintResult({ files: 2, findings: 6 }, { errors: 1, warnings: 4, infos: 1 }),
      '2 policy documents linted: 1 error, 4 warnings, 1 info.',
    );
    assert.equal(describeLintResult({ files: 1, findings: 0 }, { errors: 0, warnings: 0, infos: 0 }), '1 policy document linted: no problems.');
  });

  it('points at the setting when no policy document was found', () => {
    assert.equal(describeLintResult({ files: 0, findings: 0 }, { errors: 0, warnings: 0, infos: 0 }), 'no policy documents found (see the setting "fedipolicy.files").');
    assert.equal(describeLintResult(null, { errors: 0, warnings: 0, infos: 0 }), 'no policy documents found (see the setting "fedipolicy.files").');
  });
});
