import { strict as assert } from 'node:assert';
import { applyFix, diagnose, fixture, onlyFinding } from '../../helpers';

const RULE = 'citation-year-mismatch';

describe(RULE, () => {
  it('reports 2195(2015): resolution 2195 was adopted in 2014', () => {
    const diagnostic = onlyFinding('回顾第2195(2015)号决议，', RULE);
    assert.equal(diagnostic.severity, 1);
    assert.equal(diagnostic.covered, '2015');
    assert.match(diagnostic.message, /2014年12月19日/);
  });

  it('reports the wrong item of a list, and only that one', () => {
    const found = diagnose('第1373(2001)、1624(2006)和2178(2014)号决议', RULE);
    assert.deepEqual(found.map(d => d.covered), ['2006']);
  });

  it('reports English citations with an English date', () => {
    const [diagnostic] = diagnose('Recalling resolution 2195 (2015),', RULE);
    assert.equal(diagnostic.covered, '2015');
    assert.match(diagnostic.message, /19 December 2014/);
  });

  it('offers the recorded year as a quick fix', () => {
    const text = '回顾第2195(2015)号决议，';
    const [diagnostic] = diagnose(text, RULE);
    const fixed = applyFix(text, diagnostic);
    assert.equal(fixed, '回顾第2195(2014)号决议，');
    assert.deepEqual(diagnose(fixed, RULE), []);
  });

  it('is silent on correct years, year-less citations and other organs', () => {
    assert.deepEqual(diagnose('第2341(2017)号决议、第1373号决议', RULE), []);
    assert.deepEqual(diagnose('经社理事会第1296(1999)号决议', RULE), []);
  });

  it('is silent on the official texts of the corpus', () => {
    assert.deepEqual(diagnose(fixture('corpus-003.txt'), RULE), []);
    assert.deepEqual(diagnose(fixture('corpus-004.txt'), RULE), []);
  });
});
