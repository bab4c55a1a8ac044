import { strict as assert } from 'node:assert';
import { applyFix, diagnose } from '../../helpers';

const RULE = 'citation-date-mismatch';

describe(RULE, () => {
  it('reports a Chinese date that is not the adoption date, with the recorded one as fix', () => {
    const text = '回顾2001年9月29日第1373(2001)号决议，';
    const [diagnostic] = diagnose(text, RULE);
    assert.equal(diagnostic.severity, 1);
    assert.equal(diagnostic.covered, '2001年9月29日');
    assert.match(diagnostic.message, /2001年9月28日/);
    assert.equal(applyFix(text, diagnostic), '回顾2001年9月28日第1373(2001)号决议，');
  });

  it('reports an English date, fixed in English', () => {
    const text = 'Reaffirming its resolution 1373 (2001) of 12 September 2001,';
    const [diagnostic] = diagnose(text, RULE);
    assert.equal(diagnostic.covered, '12 September 2001');
    assert.equal(applyFix(text, diagnostic), 'Reaffirming its resolution 1373 (2001) of 28 September 2001,');
  });

  it('checks a General Assembly resolution the data holds, in either language', () => {
    const en = 'Recalling its resolution 60/288 of 8 October 2006,';
    const [finding] = diagnose(en, RULE);
    assert.equal(finding.covered, '8 October 2006');
    assert.match(finding.message, /^General Assembly resolution 60\/288 was adopted on 8 September 2006/);
    assert.equal(applyFix(en, finding), 'Recalling its resolution 60/288 of 8 September 2006,');
    const zh = '回顾大会2017年6月16日第71/291号决议，';
    assert.equal(applyFix(zh, diagnose(zh, RULE)[0]), '回顾大会2017年6月15日第71/291号决议，');
  });

  it('leaves an Assembly resolution the data lacks unchecked: most adopted without a vote are missing', () => {
    assert.deepEqual(diagnose('resolution 2625 (XXV) of 1 January 1970', RULE), []);
    assert.deepEqual(diagnose('resolution 60/288 of 8 September 2006', RULE), []);
  });

  it('is silent on the right date and on dates not attached to a citation', () => {
    assert.deepEqual(diagnose('2001年9月28日第1373(2001)号决议', RULE), []);
    assert.deepEqual(diagnose('resolution 1373 (2001) of 28 September 2001', RULE), []);
    assert.deepEqual(diagnose('2017年12月14日安全理事会关于反恐怖主义的第1373(2001)号决议', RULE), []);
  });
});
