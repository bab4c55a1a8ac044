import { strict as assert } from 'node:assert';
import { diagnose, fixture, onlyFinding } from '../../helpers';

const RULE = 'citation-unknown';

describe(RULE, () => {
  it('informs that a number in a gap is not in the data, between its neighbours', () => {
    const diagnostic = onlyFinding('Recalling resolution 2820 (2026),', RULE, 'en');
    assert.equal(diagnostic.severity, 3);
    assert.equal(diagnostic.covered, '2820 (2026)');
    assert.match(diagnostic.message, /^Resolution 2820 is not in the data \(between 2819 and 2821\)/);
    assert.match(onlyFinding('回顾第2818(2026)号决议，', RULE).message, /^数据中没有第2818号决议（介于第2817号和第2819号之间）/);
  });

  it('informs that a number after the last known is newer than the data', () => {
    const diagnostic = onlyFinding('第2830(2026)号决议', RULE, 'en');
    assert.equal(diagnostic.severity, 3);
    assert.match(diagnostic.message, /^Resolution 2830 is newer than the data \(last known: 2821, 29 May 2026\)/);
    assert.match(onlyFinding('第2830号决议', RULE).message, /^第2830号决议比数据新（已知最后一项：第2821号，2026年5月29日）/);
  });

  it('leaves a year its neighbours rule out to citation-year-mismatch', () => {
    assert.deepEqual(diagnose('第2820(2025)号决议', RULE), []);
    assert.deepEqual(diagnose('第2830(2001)号决议', RULE), []);
  });

  it('is silent on recorded numbers, the newly recorded ones, other organs and the corpus', () => {
    assert.deepEqual(diagnose('第2341(2017)号决议和resolution 1 (1946)', RULE), []);
    assert.deepEqual(diagnose('第2804(2025)、2807(2025)、2819(2026)和2821(2026)号决议', RULE), []);
    assert.deepEqual(diagnose('经社理事会第9999号决议', RULE), []);
    assert.deepEqual(diagnose(fixture('corpus-003.txt'), RULE), []);
  });
});
