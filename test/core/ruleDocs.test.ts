// The documentation of the rules (resolint --explain, SARIF help) stays true: every rule has it, and
// every example does what it says — the wrong one gets a finding of its rule, the right one none.
import { strict as assert } from 'node:assert';
import { RULES } from '../../server/src/core/rules';
import { RULE_DOCS } from '../../server/src/core/rules/ruleDocs';
import { diagnose } from '../helpers';

describe('rule documentation', () => {
  it('documents every rule of the table, and nothing else', () => {
    assert.deepEqual(Object.keys(RULE_DOCS).sort(), RULES.map(rule => rule.id).sort());
  });

  for (const rule of RULES) {
    it(`${rule.id}: each wrong example gets a finding of the rule, each right one none`, () => {
      for (const [language, { wrong, right }] of Object.entries(RULE_DOCS[rule.id].examples)) {
        assert.ok(diagnose(wrong, rule.id).length > 0, `${language} wrong: ${wrong}`);
        assert.deepEqual(diagnose(right, rule.id).map(d => d.message), [], `${language} right: ${right}`);
      }
    });
  }
});

describe('rule documentation, its words', () => {
  for (const rule of RULES) {
    it(`${rule.id}: what it checks and why, a sentence in each language; examples that differ`, () => {
      const { what, why, examples } = RULE_DOCS[rule.id];
      for (const text of [what.zh, why.zh]) assert.match(text, /^[^\s][\s\S]*[\u4e00-\u9fff][\s\S]*[。）]$/, `${rule.id}: ${text}`);
      for (const text of [what.en, why.en]) assert.match(text, /^[A-Z“"(.`][\s\S]{20,}[.)]$/, `${rule.id}: ${text}`);
      assert.ok(examples.zh, `${rule.id}: a Chinese example`);
      for (const { wrong, right } of Object.values(examples)) {
        assert.ok(wrong.trim() && right.trim(), `${rule.id}: an example is empty`);
        assert.notEqual(wrong, right);
      }
    });
  }
});
