// RangeIndex answers what a scan of the items in order answers, on any ranges (nested, overlapping,
// touching, empty, out of order) and any offset.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { RangeIndex } from '../../../server/src/core/negotiation/rangeIndex';
import type { OffsetRange } from '../../../server/src/core/types';

const range = fc.tuple(fc.nat(60), fc.nat(30)).map(([start, length]): OffsetRange => ({ start, end: start + length }));

describe('RangeIndex', () => {
  it('finds the first range holding an offset, as a scan does, with either end rule and a test', () => {
    fc.assert(fc.property(fc.array(range, { maxLength: 25 }), fc.boolean(), fc.integer({ min: -2, max: 95 }), fc.boolean(), fc.nat(3), (ranges, sorted, offset, endInclusive, parity) => {
      const items = sorted ? [...ranges].sort((a, b) => a.start - b.start) : ranges;
      const test = (item: OffsetRange) => (item.start + item.end) % 4 !== parity;
      const index = new RangeIndex(items, item => item);
      const scanned = items.find(item => item.start <= offset && (endInclusive ? offset <= item.end : offset < item.end) && test(item));
      assert.equal(index.firstHolding(offset, endInclusive, test), scanned);
      assert.equal(index.firstHolding(offset, endInclusive), items.find(item => item.start <= offset && (endInclusive ? offset <= item.end : offset < item.end)));
      assert.equal(index.firstStartingFrom(offset), items.find(item => item.start >= offset));
      const probe = { start: offset, end: offset + (parity * 3) };
      assert.equal(index.someOverlapping(probe), items.some(item => item.start < probe.end && item.end > probe.start), `overlapping ${JSON.stringify(probe)}`);
    }), { numRuns: 3000 });
  });
});
