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

  it('is silent on the right date and on dates not attached to a citation', () => {
    assert.deepEqual(diagnose('2001年9月28日第1373(2001)号决议', RULE), []);
    assert.deepEqual(diagnose('resolution 1373 (2001) of 28 September 2001', RULE), []);
    assert.deepEqual(diagnose('2017年12月14日安全理事会关于反恐怖主义的第1373(2001)号决议', RULE), []);
  });
});
