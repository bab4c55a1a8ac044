// mergeGlossary grows with the entries it merges, not with their number squared (issue 9: 50,000
// entries took 413 s). Its growth is counted, not timed: every read of an entry's names goes through
// a Proxy that counts it. And it merges as the first, quadratic version did (kept here as the oracle).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { builtinGlossary, createGlossary, mergeGlossary, type GlossaryEntry } from '../../server/src/core';
import { isAcronym } from '../../server/src/core/data/glossary';

/** The merge as it was first written: every override compared with every entry. */
function quadraticMerge(base: readonly GlossaryEntry[], overrides: readonly GlossaryEntry[]): GlossaryEntry[] {
  const shared = (x: readonly string[], y: readonly string[]) => x.some(n => y.includes(n));
  const sameEntity = (a: GlossaryEntry, b: GlossaryEntry) => shared(a.zhFull, b.zhFull) || shared(a.enFull, b.enFull)
    || shared(a.enShort.filter(isAcronym), b.enShort.filter(isAcronym));
  const entries = [...base];
  for (const override of overrides) {
    const same = entries.filter(entry => sameEntity(entry, override));
    const merged = same.reduce((acc: GlossaryEntry, entry) => {
      const pick = (field: 'zhFull' | 'zhShort' | 'enFull' | 'enShort') => (acc[field].length > 0 ? acc[field] : entry[field]);
      return {
        zhFull: pick('zhFull'), zhShort: pick('zhShort'), enFull: pick('enFull'), enShort: pick('enShort'),
        source: [...acc.source, ...entry.source], evidence: [...acc.evidence, ...entry.evidence],
        instrument: acc.instrument ?? entry.instrument, origin: acc.origin, file: acc.file,
      };
    }, override);
    const at = same.length > 0 ? entries.indexOf(same[0]) : entries.length;
    for (const entry of same) entries.splice(entries.indexOf(entry), 1);
    entries.splice(Math.min(at, entries.length), 0, merged);
  }
  return entries;
}

/** Entries whose names come from small pools, so that many of them name one entity. */
const names = (pool: string[]) => fc.uniqueArray(fc.constantFrom(...pool), { maxLength: 2 });
const entry = (origin: GlossaryEntry['origin']) => fc.record({
  zhFull: names(['甲组织', '乙组织', '丙组织', '丁组织']),
  zhShort: names(['甲', '乙', '丙']),
  enFull: names(['Alpha Organization', 'Beta Organization', 'Gamma Organization']),
  enShort: names(['AO', 'BO', 'the Office']),
  sources: fc.integer({ min: 1, max: 2 }),
  instrument: fc.option(fc.boolean(), { nil: undefined }),
}).map(({ sources, instrument, ...fields }, ): GlossaryEntry => ({
  ...fields,
  source: Array.from({ length: sources }, (_, i) => `${origin} source ${i}`),
  evidence: Array.from({ length: sources }, (_, i) => `evidence ${i}`),
  ...(instrument === undefined ? {} : { instrument }),
  origin,
  ...(origin === 'workspace' ? { file: 'terms.json' } : {}),
}));

/** Entries that count every read of their fields into counter.reads. */
function counted(entries: GlossaryEntry[], counter: { reads: number }): GlossaryEntry[] {
  return entries.map(e => new Proxy(e, { get(target, key, receiver) { counter.reads++; return Reflect.get(target, key, receiver); } }));
}

/** n workspace entries, every third one naming again (by its acronym) the entity of the one before. */
function workspaceEntries(n: number): GlossaryEntry[] {
  return Array.from({ length: n }, (_, i) => {
    const id = i % 3 === 2 ? i - 1 : i;
    return {
      zhFull: [`合成组织${i}`], zhShort: [], enFull: [`Synthetic Organization ${i}`], enShort: [`SO${id.toString(36).toUpperCase()}X`],
      source: ['test'], evidence: [''], origin: 'workspace' as const, file: 'terms.json',
    };
  });
}

describe('mergeGlossary', () => {
  it('merges as the quadratic definition does: same entities, names, sources and order', () => {
    fc.assert(fc.property(fc.array(entry('builtin'), { maxLength: 6 }), fc.array(entry('workspace'), { minLength: 1, maxLength: 6 }), (base, overrides) => {
      const valid = (e: GlossaryEntry) => e.zhFull.length + e.enFull.length > 0;
      const baseEntries = base.filter(valid);
      const merged = mergeGlossary(createGlossary(baseEntries), overrides.filter(valid));
      // Fields left undefined are no difference (mergeGlossary writes every field of an entry it makes).
      const written = (entries: readonly GlossaryEntry[]) => JSON.parse(JSON.stringify(entries));
      assert.deepEqual(written(merged.entries), written(quadraticMerge(baseEntries, overrides.filter(valid))));
    }), { seed: 9, numRuns: 400 });
  });

  it('reads each entry a bounded number of times: four times the entries, at most about four times the reads', () => {
    const reads = (n: number) => {
      const counter = { reads: 0 };
      const merged = mergeGlossary(builtinGlossary(), counted(workspaceEntries(n), counter));
      assert.equal(merged.entries.length, builtinGlossary().entries.length + n - Math.floor(n / 3));
      return counter.reads;
    };
    const small = reads(1000);
    const large = reads(4000);
    // Linear: 4×. The quadratic merge read every entry for every override: 16× here.
    assert.ok(large <= small * 4.5, `${small} reads for 1,000 entries, ${large} for 4,000`);
  });
});
