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

describe(`${RULE}: numbers not in the data, against their neighbours`, () => {
  it('reports 2820(2025): not in the data, but 2819 and 2821 were adopted in 2026; fix: 2026', () => {
    const text = 'Recalling resolution 2820 (2025),';
    const diagnostic = onlyFinding(text, RULE, 'en');
    assert.equal(diagnostic.severity, 1);
    assert.equal(diagnostic.covered, '2025');
    assert.equal(diagnostic.message, 'Resolution 2820 is not in the data, but its neighbours 2819 and 2821 were adopted in 2026: the year cannot be 2025.');
    const fixed = applyFix(text, diagnostic);
    assert.equal(fixed, 'Recalling resolution 2820 (2026),');
    assert.deepEqual(diagnose(fixed, RULE), []);
    assert.equal(onlyFinding('回顾第2820(2025)号决议，', RULE).message, '数据中没有第2820号决议，但其前后的第2819号和第2821号决议都是2026年通过的：年份不可能是2025。');
  });

  it('reports a year before the last known one for a number after it, without a fix', () => {
    const diagnostic = onlyFinding('第2830(2025)号决议', RULE, 'en');
    assert.equal(diagnostic.covered, '2025');
    assert.match(diagnostic.message, /^Resolution 2830 is not in the data, but the last known, 2821, was adopted on 29 May 2026: the year cannot be 2025\.$/);
    assert.equal((diagnostic.data as { fix?: unknown }).fix, undefined);
  });

  it('is silent on a number not in the data whose year its neighbours allow', () => {
    assert.deepEqual(diagnose('第2820(2026)号决议和resolution 2818 (2026) and 第2830(2027)号决议', RULE), []);
  });
});
