// The glossary's names (core/data/glossary.ts) against an index anyone can check by reading it: a Map
// from each normalized name to its senses, in the order the entries give them. The glossary finds its
// names through the matcher's trie and makes each name's pattern when first asked for; both must
// give the same senses, marked anaphoric the same way, for every name, and none for other names.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { createGlossary, glossaryEntry, isAcronym, mergeGlossary, type GlossaryEntry, type TermKind } from '../../server/src/core/data/glossary';
import { normalizeName } from '../../server/src/core/text/termMatcher';
import type { DraftLanguage } from '../../server/src/core/types';

interface ReferenceSense { entry: GlossaryEntry; kind: TermKind; language: DraftLanguage; anaphoric: boolean }

const FIELDS = [['zhFull', 'full', 'zh'], ['zhShort', 'short', 'zh'], ['enFull', 'full', 'en'], ['enShort', 'short', 'en']] as const;

/** The senses of each normalized name, by a Map; anaphoric as the glossary defines it. */
function referenceIndex(entries: readonly GlossaryEntry[]): Map<string, ReferenceSense[]> {
  const index = new Map<string, ReferenceSense[]>();
  for (const entry of entries) {
    for (const [field, kind, language] of FIELDS) {
      for (const name of entry[field]) {
        const text = normalizeName(name);
        if (!text) continue;
        const senses = index.get(text) ?? [];
        if (senses.length === 0) index.set(text, senses);
        if (senses.at(-1)?.entry !== entry) senses.push({ entry, kind, language, anaphoric: false });
      }
    }
  }
  for (const [text, senses] of index) {
    for (const sense of senses) sense.anaphoric = sense.kind === 'short' && (senses.length > 1 || isHead(text, sense.entry));
  }
  return index;
}

/** 宪章 of 联合国宪章, `the Charter` of `Charter of the United Nations`: the head of a full name. */
function isHead(short: string, entry: GlossaryEntry): boolean {
  if (entry.zhFull.some(full => normalizeName(full) !== short && normalizeName(full).endsWith(short))) return true;
  const words = short.startsWith('the ') ? short.slice(4) : short;
  return !isAcronym(short) && entry.enFull.some(full => full !== words && ` ${full} `.includes(` ${words} `));
}

// Few characters, so that names repeat across entries and end one another; white space and
// full-width brackets, which normalizing removes or folds.
const zhName = fc.array(fc.constantFrom('联', '合', '国', '委员会', '（', '）', ' ', '\n'), { minLength: 1, maxLength: 5 }).map(p => p.join(''));
// Words that begin others (UN and UNODC, Council and Councils), acronyms and names that are not.
const enName = fc.array(fc.constantFrom('the', 'Council', 'Councils', 'UN', 'UNODC', 'UN-Women', 'CTED', "Da'esh", 'Charter', 'of'), { minLength: 1, maxLength: 4 }).map(p => p.join(' '));
const entry = fc.record({
  zhFull: fc.array(zhName, { maxLength: 2 }), zhShort: fc.array(zhName, { maxLength: 2 }),
  enFull: fc.array(enName, { maxLength: 2 }), enShort: fc.array(enName, { maxLength: 2 }),
  instrument: fc.constantFrom(undefined, true, false), alias: fc.option(fc.array(zhName, { maxLength: 2 }), { nil: undefined }),
}).map(fields => glossaryEntry({ ...fields, source: ['test'], evidence: [''] }, 'workspace'));

/**
 * The merge as the glossary file's documentation states it, entry by entry over the whole list: an
 * override replaces every entry sharing a Chinese or English full name or an acronym with it, in
 * the place of the first; a name field it leaves empty takes the first of theirs that has one;
 * sources and evidence add up, the override's first.
 */
function referenceMerge(base: readonly GlossaryEntry[], overrides: readonly GlossaryEntry[]): GlossaryEntry[] {
  const slots: (GlossaryEntry | undefined)[] = [...base];
  const acronyms = (entry: GlossaryEntry) => entry.enShort.filter(isAcronym);
  const shares = (a: GlossaryEntry, b: GlossaryEntry) => a.zhFull.some(n => b.zhFull.includes(n)) || a.enFull.some(n => b.enFull.includes(n)) || acronyms(a).some(n => acronyms(b).includes(n));
  for (const override of overrides) {
    const replaced = slots.flatMap((entry, slot) => (entry && shares(entry, override) ? [slot] : []));
    if (replaced.length === 0) { slots.push(override); continue; }
    const all = [override, ...replaced.map(slot => slots[slot]!)];
    const pick = (field: 'zhFull' | 'zhShort' | 'enFull' | 'enShort') => all.find(entry => entry[field].length > 0)?.[field] ?? override[field];
    for (const slot of replaced) slots[slot] = undefined;
    slots[replaced[0]] = glossaryEntry({
      zhFull: pick('zhFull'), zhShort: pick('zhShort'), enFull: pick('enFull'), enShort: pick('enShort'),
      source: all.flatMap(entry => entry.source), evidence: all.flatMap(entry => entry.source.map((_, i) => entry.evidence[i] ?? '')),
      instrument: all.find(entry => entry.instrument !== undefined)?.instrument,
      alias: all.some(entry => entry.alias) ? [...new Set(all.flatMap(entry => entry.alias ?? []))] : undefined,
    }, override.origin, override.file);
  }
  return slots.filter(entry => entry !== undefined);
}

describe('the glossary against a Map of its names', () => {
  it('gives every name the senses of the Map, anaphoric alike, and other names none', () => {
    fc.assert(fc.property(fc.array(entry, { minLength: 1, maxLength: 40 }), fc.array(fc.oneof(zhName, enName), { maxLength: 10 }), (entries, others) => {
      const glossary = createGlossary(entries);
      const reference = referenceIndex(entries);
      for (const [text, senses] of reference) {
        const pattern = glossary.patternOf(text);
        assert.ok(pattern, text);
        assert.equal(pattern.text, text);
        assert.deepEqual(pattern.senses.map(s => ({ ...s })), senses, text);
        // One pattern for a name, however it is asked for.
        assert.equal(glossary.patternOf(text), pattern);
      }
      for (const other of others) assert.equal(glossary.patternOf(other)?.text, reference.has(normalizeName(other)) ? normalizeName(other) : undefined, other);
    }), { numRuns: 300, seed: 20261202 });
  });

  it('reports each match with the pattern of the name found', () => {
    fc.assert(fc.property(fc.array(entry, { minLength: 1, maxLength: 40 }), entries => {
      const glossary = createGlossary(entries);
      const names = [...referenceIndex(entries).keys()];
      const text = names.join('，');
      for (const match of glossary.matcher.scan(text)) {
        const pattern = glossary.pattern(match.pattern);
        assert.equal(pattern.text, normalizeName(text.slice(match.start, match.end)));
        assert.equal(glossary.patternOf(pattern.text), pattern);
      }
    }), { numRuns: 200, seed: 20261205 });
  });

  it('merges a workspace file as the entry-by-entry reference does', () => {
    fc.assert(fc.property(fc.array(entry, { maxLength: 15 }), fc.array(entry, { minLength: 1, maxLength: 30 }), (base, overrides) => {
      // Sources of one or two, evidence for some of them.
      const sourced = (entries: GlossaryEntry[], tag: string) => entries.map((e, i) => glossaryEntry({ ...e, source: i % 3 ? [`${tag} ${i}`] : [`${tag} ${i}`, `${tag} ${i}b`], evidence: i % 2 ? [`${tag} evidence ${i}`] : [] }, e.origin));
      const [baseEntries, workspaceEntries] = [sourced(base, 'base'), sourced(overrides, 'workspace')];
      assert.deepEqual(mergeGlossary(createGlossary(baseEntries), workspaceEntries).entries, referenceMerge(baseEntries, workspaceEntries));
    }), { numRuns: 300, seed: 20261206 });
  });
});

describe('the glossary at its edges', () => {
  it('takes for acronyms names of two capitals or more, in one word of 2 to 15 characters', () => {
    const acronyms = ['UN', 'CTED', 'UN-Women', 'ISIL', 'AB&C', 'ABCDEFGHIJKLMNO'];
    const others = ['U', 'Un', 'uN', "Da'esh", 'A1', 'the Charter', 'UN ODC', ' UNODC', 'UNODC ', 'ABCDEFGHIJKLMNOP', '联合国'];
    assert.deepEqual(acronyms.filter(name => !isAcronym(name)), []);
    assert.deepEqual(others.filter(isAcronym), []);
  });

  it('holds no name longer than the matcher reads, and works without any name at all', () => {
    const long = '联合国'.repeat(200);
    const longest = '联'.repeat(512);
    assert.equal(createGlossary([glossaryEntry({ zhFull: [longest], zhShort: [], enFull: [], enShort: [], source: ['test'], evidence: [''] }, 'workspace')]).patternOf(longest)?.text, longest);
    const glossary = createGlossary([glossaryEntry({ zhFull: [long, '反恐怖主义委员会'], zhShort: ['反恐委'], enFull: [], enShort: [], source: ['test'], evidence: [''] }, 'workspace')]);
    assert.equal(glossary.patternOf(long), undefined);
    assert.equal(glossary.patternCount, 2);
    assert.equal(glossary.patternOf('反恐委')?.senses[0].kind, 'short');
    assert.deepEqual(glossary.matcher.scan(`${long}，反恐怖主义委员会`).map(m => glossary.pattern(m.pattern).text), ['反恐怖主义委员会']);
    const empty = createGlossary([glossaryEntry({ zhFull: [' '], zhShort: [], enFull: [], enShort: [], source: ['test'], evidence: [''] }, 'workspace')]);
    assert.equal(empty.patternCount, 0);
    assert.deepEqual(empty.matcher.scan('反恐怖主义委员会'), []);
    assert.equal(empty.patternOf('反恐怖主义委员会'), undefined);
  });
});
