import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { service } from '../helpers';

describe('the Security Council record', () => {
  const record = service.record;

  it('holds adoption dates and titles', () => {
    assert.deepEqual(record.get(2341)?.adopted, { year: 2017, month: 2, day: 13 });
    assert.equal(record.get(2195)?.adopted.year, 2014);
    assert.match(record.get(1373)!.titleEn, /terrorist acts/);
  });

  it('knows where it ends and what it lacks', () => {
    assert.equal(record.last.number, 2817);
    assert.deepEqual(record.last.adopted, { year: 2026, month: 3, day: 11 });
    assert.equal(record.get(2804), undefined);
    assert.ok(record.isGap(2804) && record.isGap(2807) && !record.isGap(2341));
    assert.equal(record.get(0), undefined);
    assert.equal(record.get(1.5), undefined);
  });

  it('names its sources in the generated file header', () => {
    const generated = readFileSync(join(__dirname, '../../server/src/core/data/unscRecord.generated.ts'), 'utf8');
    assert.match(generated.split('\n').slice(0, 6).join('\n'), /unsc\.tsv[^]*unsc_recent\.tsv[^]*UN Digital Library/);
  });
});
