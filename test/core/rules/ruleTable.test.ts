// The rule table (rules/index.ts) as docs/features.md and docs/negotiation.md document it: every rule has a row with its code and
// severity, and a one-line description for `resolint --rules`; the rules marked fixAll offer one
// action that fixes all their findings in the file, the others do not.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { service } from '../../helpers';

const DOCS = ['features.md', 'negotiation.md'].map(name => readFileSync(join(__dirname, '..', '..', '..', 'docs', name), 'utf8')).join('\n');

/** The rule rows of the docs: code → severity column. */
const documented = new Map([...DOCS.matchAll(/^ {0,2}\| `([a-z]+(?:-[a-z]+)+)` \| ([^|]+) \|/gm)].map(m => [m[1], m[2].trim()]));

describe('the rule table', () => {
  it('every rule is documented in the docs with its default severity, and every documented rule exists', () => {
    assert.deepEqual([...documented.keys()].sort(), service.rules.map(rule => rule.id).sort());
    for (const rule of service.rules) assert.equal(documented.get(rule.id)!.split(/[,;]/)[0], rule.defaultSeverity, rule.id);
  });

  it('every rule has a one-line description, a sentence', () => {
    for (const rule of service.rules) assert.match(rule.description, /^[A-Z][^\n]{20,}\.$/, rule.id);
  });

  it('the rules marked fixAll, and only they, offer to fix all their findings in the file', () => {
    const drafts: Record<string, string> = {
      'punctuation-width': '安全理事会，\n回顾其决议,重申承诺,并请各国合作，\n',
      'term-full-after-short': '安全理事会，\n欢迎国际民用航空组织(民航组织)的工作，\n请民航组织报告，\n又请国际民用航空组织报告，\n再请国际民用航空组织报告。\n',
      'term-inconsistent-short': '安全理事会，\n欢迎国际民用航空组织(民航组织)的工作，\n请国际民航组织报告，\n又请国际民航组织报告。\n',
      'preamble-punctuation': '安全理事会，\n回顾其以往各项决议。\n重申其承诺。\n1. 决定继续积极处理此案。\n',
      'citation-year-mismatch': '安全理事会，\n回顾第2195(2015)号决议和第2195(2015)号决议，\n',
    };
    for (const [id, text] of Object.entries(drafts)) {
      const document = service.parse(text);
      const findings = (service.getDiagnostics(document) ?? []).filter(d => d.code === id);
      assert.ok(findings.length >= 2, `${id}: ${findings.length} findings`);
      const actions = service.getCodeActions(document, 'file:///draft.unres', findings[0].range, [findings[0]]);
      const fixAll = actions.filter(a => !a.diagnostics);
      assert.equal(fixAll.length, service.rules.find(rule => rule.id === id)!.fixAll ? 1 : 0, id);
      if (fixAll.length > 0) assert.equal(fixAll[0].edit!.changes!['file:///draft.unres'].length, findings.length, id);
    }
  });
});
