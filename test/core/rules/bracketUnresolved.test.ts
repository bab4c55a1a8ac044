import { strict as assert } from 'node:assert';
import { diagnose, fixture, service } from '../../helpers';

const RULE = 'bracket-unresolved';

const at = (text: string, stage?: 'negotiating' | 'final') => {
  const document = service.parse(text);
  return service.getDiagnostics(document, { stage })!.filter(d => d.code === RULE)
    .map(d => ({ severity: d.severity, message: d.message, covered: text.slice(document.lines.offsetAt(d.range.start), document.lines.offsetAt(d.range.end)) }));
};

describe(RULE, () => {
  it('reports every bracketed span, with its paragraph label: information while negotiating', () => {
    const found = at(fixture('negotiation/brackets-en.unres'));
    assert.equal(found.length, 8);   // 7 spans and one Option block
    assert.ok(found.every(d => d.severity === 3));
    assert.ok(found.some(d => d.covered === '[consider developing or further improving]' && d.message === 'OP2: bracketed text not yet agreed.'));
    assert.ok(found.some(d => d.covered === 'Option 1' && d.message === 'OP6: 2 options, none chosen yet.'));
    assert.ok(found.some(d => d.covered.startsWith('[Alt. 2') && d.message.startsWith('PP2:')));
  });

  it('is a warning at the final stage', () => {
    const found = at(fixture('negotiation/brackets-zh.unres'), 'final');
    assert.equal(found.length, 6);
    assert.ok(found.every(d => d.severity === 2));
    assert.ok(found.some(d => d.covered === '[在90天内]' && d.message === 'OP3：方括号内的文字尚未商定。'));
  });

  it('is silent on drafts without brackets', () => {
    assert.deepEqual(diagnose(fixture('resolution-en.unres'), RULE), []);
  });

  it('leaves citations and paragraph references inside brackets read and checked', () => {
    const text = 'The Security Council,\n[Recalling its resolution 2195 (2015)],\n1. Decides;\n2. [Requests a report on paragraph 7 above];\n3. Decides to remain seized.';
    const codes = diagnose(text).map(d => `${d.code} ${d.covered}`);
    assert.ok(codes.includes('citation-year-mismatch 2015'), codes.join('\n'));
    assert.ok(codes.includes('paragraph-reference 7'), codes.join('\n'));
    const zh = '安全理事会，\n[回顾其第2195(2015)号决议]，\n1. 决定；\n2. [请秘书长就上文第9段提出报告]；\n3. 决定继续积极处理此案。';
    const zhCodes = diagnose(zh).map(d => `${d.code} ${d.covered}`);
    assert.ok(zhCodes.includes('citation-year-mismatch 2015') && zhCodes.includes('paragraph-reference 9'), zhCodes.join('\n'));
  });
});
