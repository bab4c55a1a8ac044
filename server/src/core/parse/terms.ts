// The terms part of the parsed model: every name of a UN body or instrument in the draft, the
// entity it refers to, and the definitions the draft writes. One pass of the glossary's matcher
// finds the names; a draft's own definitions add a second, small pass for the names they introduce.
import type { Glossary, GlossaryEntry, GlossaryPattern, TermKind, TermSense } from '../data/glossary';
import { addLongest, normalizeName, TermMatcher, type RawMatch } from '../text/termMatcher';
import type { TextView } from '../text/view';
import type { DraftLanguage, OffsetRange } from '../types';
import { runToEnd } from '../steps';
import { findDefinitions, type FoundDefinition } from './termDefinitions';

export type TermDefinition = FoundDefinition;

/** A use of a name, the full name of a definition, or a short form a definition introduces. */
export type TermRole = 'use' | 'definitionFull' | 'definitionAlias';

/** Every field is present (undefined or false where it does not apply), in this order: one shape for all. */
export interface TermOccurrence {
  readonly range: OffsetRange;
  readonly entry: GlossaryEntry;
  readonly kind: TermKind;
  readonly language: DraftLanguage;
  /** The name as written, normalized (反恐执行局 for 反恐执行⏎⏎局). */
  readonly form: string;
  readonly role: TermRole;
  /** For the roles definitionFull and definitionAlias. */
  readonly definition: TermDefinition | undefined;
  /** A short form that refers back to a name written before it (《宪章》 after 《联合国宪章》); see TermSense. */
  readonly anaphoric: boolean;
}

export interface DocumentTerms {
  /** Sorted by start; they do not overlap. */
  readonly occurrences: readonly TermOccurrence[];
  /** In text order. */
  readonly definitions: readonly TermDefinition[];
  /** Occurrences of each entity, in text order. */
  readonly byEntry: ReadonlyMap<GlossaryEntry, readonly TermOccurrence[]>;
}

/** A national or international body of the same kind: 突尼斯国家反恐怖主义委员会, 国际反恐中心. */
const QUALIFIERS = ['国际', '国家', '区域', '地区', '全国'];
const CJK = /[\u3400-\u9fff]/;

function qualified(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return QUALIFIERS.includes(text.slice(i - 2, i));
}

/**
 * Glossary names kept as references: not after a qualifier, and a short form not straight after
 * another body's full name, whose own body it then names (独立国家联合体反恐中心).
 */
function* glossaryMatchesInSteps(text: string, glossary: Glossary): Generator<void, RawMatch[]> {
  const kept: RawMatch[] = [];
  for (const match of yield* glossary.matcher.scanInSteps(text)) {
    const pattern = glossary.pattern(match.pattern);
    if (CJK.test(pattern.text[0]) && qualified(text, match.start)) continue;
    const previous = kept[kept.length - 1];
    if (previous && previous.normEnd === match.normStart && pattern.senses.every(s => s.kind === 'short') &&
      glossary.pattern(previous.pattern).senses.some(p => p.kind === 'full' && !pattern.senses.some(s => s.entry === p.entry))) continue;
    kept.push(match);
  }
  return kept;
}

/**
 * Names the draft's definitions add to the glossary, found in a second, small pass over the text.
 * Their pattern numbers follow the glossary's: pattern base + i is patterns[i].
 */
function draftMatches(text: string, definitions: readonly TermDefinition[], glossary: Glossary): { matches: RawMatch[]; patterns: GlossaryPattern[] } {
  const base = glossary.patternCount;
  const senses = new Map<string, TermSense>();
  for (const definition of definitions.filter(d => d.novel)) {
    const language: DraftLanguage = CJK.test(definition.full.form) ? 'zh' : 'en';
    const names = [...definition.aliases.map(a => [a.form, 'short'] as const), [definition.full.form, 'full'] as const];
    for (const [form, kind] of names) {
      if (!glossary.patternOf(form) && !senses.has(form)) senses.set(form, { entry: definition.entry, kind, language, anaphoric: false });
    }
  }
  if (senses.size === 0) return { matches: [], patterns: [] };
  const patterns = [...senses].map(([name, sense]) => ({ text: name, senses: [sense] }));
  const matches = new TermMatcher([...senses.keys()]).scan(text).map(m => ({ start: m.start, end: m.end, normStart: m.normStart, normEnd: m.normEnd, pattern: base + m.pattern }));
  return { matches, patterns };
}

function mergeMatches(base: RawMatch[], extra: RawMatch[]): RawMatch[] {
  if (extra.length === 0) return base;
  const merged: RawMatch[] = [];
  for (const m of [...base, ...extra].sort((a, b) => a.normStart - b.normStart || b.normEnd - a.normEnd)) addLongest(merged, m);
  return merged;
}

/** The sense of a name here: unambiguous, or else the entity introduced last; undefined if none was. */
function senseOf(senses: readonly TermSense[], introducedAt: ReadonlyMap<GlossaryEntry, number>): TermSense | undefined {
  if (senses.length === 1 && !senses[0].anaphoric) return senses[0];
  let best: TermSense | undefined;
  let bestAt = -2;
  for (const sense of senses) {
    const at = introducedAt.get(sense.entry) ?? (sense.anaphoric ? undefined : -1);
    if (at !== undefined && at > bestAt) { best = sense; bestAt = at; }
  }
  return best;
}

/** The names and definitions of the view, their ranges in the original text. */
export function findTerms(view: TextView, glossary: Glossary): DocumentTerms {
  return runToEnd(findTermsInSteps(view, glossary));
}

/** findTerms in three steps: the glossary's names found, the draft's own definitions and uses read, their ranges mapped. */
export function* findTermsInSteps(view: TextView, glossary: Glossary): Generator<void, DocumentTerms> {
  const matches = yield* glossaryMatchesInSteps(view.text, glossary);
  yield;
  const inView = termsOfMatches(view.text, matches, glossary);
  yield;
  const range = (r: OffsetRange) => view.toOriginalRange(r);
  const mapped = new Map<TermDefinition, TermDefinition>(inView.definitions.map(d => [d, {
    ...d, range: range(d.range), full: { ...d.full, range: range(d.full.range) }, aliases: d.aliases.map(a => ({ ...a, range: range(a.range) })),
  }]));
  // New objects rather than the view's changed in place: a definition written into an occurrence made
  // without one changes the shape V8 knows them by, and every occurrence made after took a slow path.
  const occurrences = inView.occurrences.map((o): TermOccurrence => ({
    range: range(o.range), entry: o.entry, kind: o.kind, language: o.language, form: o.form, role: o.role,
    definition: o.definition && mapped.get(o.definition)!, anaphoric: o.anaphoric,
  }));
  return { occurrences, definitions: [...mapped.values()], byEntry: groupByEntry(occurrences) };
}

function groupByEntry(occurrences: readonly TermOccurrence[]): Map<GlossaryEntry, TermOccurrence[]> {
  const byEntry = new Map<GlossaryEntry, TermOccurrence[]>();
  for (const o of occurrences) {
    const list = byEntry.get(o.entry);
    if (list) list.push(o); else byEntry.set(o.entry, [o]);
  }
  return byEntry;
}

/** The names and definitions of a text, in its own offsets, from the glossary's names found in it. */
function termsOfMatches(text: string, matches: RawMatch[], glossary: Glossary): Omit<DocumentTerms, 'byEntry'> {
  const { definitions, appositions } = findDefinitions(text, matches, glossary);
  // The draft's own names follow the glossary's, without a copy of its list (160,000 names in a large one).
  const own = draftMatches(text, definitions, glossary);
  const all = mergeMatches(matches, own.matches);
  const base = glossary.patternCount;
  const patternAt = (index: number) => (index < base ? glossary.pattern(index) : own.patterns[index - base]);

  // What a definition or an apposition covers is replaced by its own occurrences.
  interface Block { readonly start: number; readonly end: number; readonly occurrences: readonly TermOccurrence[] }
  const languageOf = (form: string): DraftLanguage => (CJK.test(form) ? 'zh' : 'en');
  const blocks: Block[] = [
    ...definitions.map(d => ({
      ...d.range,
      occurrences: [
        { range: d.full.range, entry: d.entry, kind: 'full' as const, language: languageOf(d.full.form), form: d.full.form, role: 'definitionFull' as const, definition: d, anaphoric: false },
        ...d.aliases.map(a => ({ range: a.range, entry: d.entry, kind: 'short' as const, language: languageOf(a.form), form: a.form, role: 'definitionAlias' as const, definition: d, anaphoric: false })),
      ],
    })),
    ...appositions.map(a => ({ ...a.range, occurrences: [{ range: a.range, entry: a.entry, kind: 'short' as const, language: languageOf(a.form), form: a.form, role: 'use' as const, definition: undefined, anaphoric: false }] })),
  ].sort((x, y) => x.start - y.start);
  // Anaphoric short forms name the entity whose full name or definition came last before them.
  const introducedAt = new Map<GlossaryEntry, number>();
  const occurrences: TermOccurrence[] = [];
  const addBlock = (block: Block) => {
    for (const o of block.occurrences) {
      if (o.role !== 'use') introducedAt.set(o.entry, block.start);
      occurrences.push(o);
    }
  };
  let b = 0;
  for (const item of all) {
    while (b < blocks.length && blocks[b].end <= item.start) addBlock(blocks[b++]);
    if (b < blocks.length && blocks[b].start < item.end) continue;
    const pattern = patternAt(item.pattern);
    const sense = senseOf(pattern.senses, introducedAt);
    if (!sense) continue;
    if (sense.kind === 'full') introducedAt.set(sense.entry, item.start);
    occurrences.push({ range: { start: item.start, end: item.end }, entry: sense.entry, kind: sense.kind, language: sense.language, form: pattern.text, role: 'use', definition: undefined, anaphoric: sense.anaphoric });
  }
  while (b < blocks.length) addBlock(blocks[b++]);
  return { occurrences, definitions };
}

/** The occurrence at an offset (its end included, as hovers are), by binary search. */
export function occurrenceAt(terms: DocumentTerms, offset: number): TermOccurrence | undefined {
  const list = terms.occurrences;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const { start, end } = list[mid].range;
    if (offset < start) high = mid - 1; else if (offset > end) low = mid + 1; else return list[mid];
  }
  return undefined;
}

export { normalizeName };
