// FindingSelection keeps, of findings reported one by one, the `max` most severe (then the first in
// the text) and gives them in text order: compared here with sorting every finding, which is what it
// spares the server.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { FindingSelection } from '../../server/src/core/features/findingSelection';
import type { Finding } from '../../server/src/core/rules/rule';

const reported = fc.array(fc.record({ start: fc.nat(50), length: fc.nat(3), severity: fc.integer({ min: 1, max: 4 }) }), { maxLength: 120 });

describe('FindingSelection', () => {
  it('keeps what sorting all findings by severity, then position, and taking the first max would keep', () => {
    fc.assert(fc.property(reported, fc.integer({ min: 1, max: 130 }), (list, max) => {
      const findings = list.map(({ start, length, severity }, order) => ({
        finding: { ruleId: `r${order}`, range: { start, end: start + length }, message: '' } as Finding, severity, order,
      }));
      const selection = new FindingSelection(max);
      for (const { finding, severity } of findings) selection.add(finding, severity);
      const byPosition = (a: typeof findings[0], b: typeof findings[0]) =>
        a.finding.range.start - b.finding.range.start || a.finding.range.end - b.finding.range.end || a.order - b.order;
      const expected = findings.slice()
        .sort((a, b) => a.severity - b.severity || byPosition(a, b))
        .slice(0, max)
        .sort(byPosition)
        .map(f => f.finding.ruleId);
      assert.deepEqual(selection.inTextOrder().map(f => f.ruleId), expected);
      assert.equal(selection.omitted, Math.max(0, findings.length - max));
    }), { seed: 9, numRuns: 500 });
  });

  it('without a limit keeps every finding, ties in the order reported', () => {
    const selection = new FindingSelection();
    const at = (ruleId: string, start: number): Finding => ({ ruleId, range: { start, end: start + 1 }, message: '' });
    for (const finding of [at('b', 5), at('a', 1), at('c', 5), at('d', 0)]) selection.add(finding, 2);
    assert.deepEqual(selection.inTextOrder().map(f => f.ruleId), ['d', 'a', 'b', 'c']);
    assert.equal(selection.omitted, 0);
  });
});
