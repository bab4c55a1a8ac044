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

  it('holds the resolutions of the 2026-12-01 update: 2804, 2807, 2819 and 2821', () => {
    assert.deepEqual(record.get(2804)?.adopted, { year: 2025, month: 11, day: 25 });
    assert.deepEqual(record.get(2807)?.adopted, { year: 2025, month: 12, day: 12 });
    assert.deepEqual(record.get(2819)?.adopted, { year: 2026, month: 4, day: 14 });
    assert.match(record.get(2819)!.source, /Tractatenblad 2026 nr\. 45/);
    assert.match(record.get(2821)!.source, /^one source/);
  });

  it('knows where it ends and what it lacks', () => {
    assert.equal(record.last.number, 2821);
    assert.deepEqual(record.last.adopted, { year: 2026, month: 5, day: 29 });
    assert.equal(record.get(2818), undefined);
    assert.equal(record.get(2820), undefined);
    assert.ok(record.isGap(2818) && record.isGap(2820) && !record.isGap(2341) && !record.isGap(2822));
    assert.equal(record.get(0), undefined);
    assert.equal(record.get(1.5), undefined);
  });

  it('finds the neighbours of a number: in a gap, past the end, and of a known number', () => {
    const numbers = (n: number) => { const { before, after } = record.neighbours(n); return [before?.number, after?.number]; };
    assert.deepEqual(numbers(2820), [2819, 2821]);
    assert.deepEqual(numbers(2818), [2817, 2819]);
    assert.deepEqual(numbers(2900), [2821, undefined]);
    assert.deepEqual(numbers(2341), [2340, 2342]);
    assert.deepEqual(numbers(1), [undefined, 2]);
  });

  it('names its source: the built-in data, with the date of its revision', () => {
    assert.deepEqual(record.sources.map(s => [s.kind, s.count, s.last?.number, s.revised]), [['builtin', 2819, 2821, '2026-12-01']]);
  });

  it('names its sources and their revision in the generated file header', () => {
    const generated = readFileSync(join(__dirname, '../../server/src/core/data/unscRecord.generated.ts'), 'utf8');
    const header = generated.split('\n').slice(0, 7).join('\n');
    assert.match(header, /revised on 2026-12-01[^]*unsc\.tsv[^]*unsc_recent\.tsv: 21 rows, S\/RES\/2799-2821[^]*UN Digital Library/);
    assert.match(header, /missing from the record: 2818, 2820\./);
  });
});
