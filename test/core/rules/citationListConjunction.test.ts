import { strict as assert } from 'node:assert';
import { diagnose, onlyFinding } from '../../helpers';

const RULE = 'citation-list-conjunction';

describe(RULE, () => {
  it('notes 、 before the last item, as information without a fix: adopted texts write lists so', () => {
    const finding = onlyFinding('回顾第1540(2004)、1673(2006)、1810(2008)号决议，', RULE);
    assert.equal(finding.severity, 3);
    assert.equal(finding.covered, '、');
    assert.equal(finding.range.start.character, 'Recall第1540(2004)、1673(2006)'.length - 4);
    assert.equal((finding.data as { fix?: unknown }).fix, undefined);
  });

  it('is silent on a list joined by 和, 及 or 以及, and on one continued by a second citation', () => {
    for (const text of ['第1373(2001)、1624(2005)和2178(2014)号决议', '第1373(2001)及2178(2014)号决议', '第1373(2001)以及2178(2014)号决议',
      '第2121(2013)、2127(2013)号决议及第2272(2016)号决议']) {
      assert.deepEqual(diagnose(text, RULE), [], text);
    }
  });

  it('reads the last separator through the line breaks of a PDF extraction', () => {
    assert.equal(onlyFinding('第1540(2004)、\n\n1673(2006)、\n\n1810(2008)号决\n\n议', RULE).covered, '、');
  });
});
