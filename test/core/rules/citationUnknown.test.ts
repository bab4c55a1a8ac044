import { strict as assert } from 'node:assert';
import { diagnose, fixture, service } from '../../helpers';

const RULE = 'citation-unknown';
const last = service.record.last;

describe(RULE, () => {
  it('warns about a number the record lacks when it cannot be newer than the record', () => {
    const text = `第${last.number + 50}(2001)号决议`;
    const [diagnostic] = diagnose(text, RULE);
    assert.equal(diagnostic.severity, 2);
    assert.equal(diagnostic.covered, `${last.number + 50}(2001)`);
    assert.match(diagnostic.message, new RegExp(`第${last.number}号决议`));
  });

  it('only informs about a number past the end of the record with a year not before its last year', () => {
    const [diagnostic] = diagnose(`resolution ${last.number + 3} (${last.adopted.year})`, RULE);
    assert.equal(diagnostic.severity, 3);
    assert.match(diagnostic.message, new RegExp(`ends at resolution ${last.number}`));
    assert.equal(diagnose(`第${last.number + 3}号决议`, RULE)[0].severity, 3);
  });

  it('only informs about a known gap of the record', () => {
    const gap = [2804, 2807].find(n => service.record.isGap(n))!;
    const [diagnostic] = diagnose(`第${gap}(2025)号决议`, RULE);
    assert.equal(diagnostic.severity, 3);
    assert.match(diagnostic.message, /缺口/);
  });

  it('is silent on recorded numbers, other organs and the corpus', () => {
    assert.deepEqual(diagnose('第2341(2017)号决议和resolution 1 (1946)', RULE), []);
    assert.deepEqual(diagnose('经社理事会第9999号决议', RULE), []);
    assert.deepEqual(diagnose(fixture('corpus-003.txt'), RULE), []);
  });
});
