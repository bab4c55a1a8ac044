// The Chinese and the English text of one draft, side by side: the preambular and operative
// paragraphs of each are paired by what both texts share (compare/align.ts, with a similarity of its
// own: cited resolutions, symbols, figures, dates, sub-item letters, names of UN bodies, opening
// formulas, the printed number, and the proportion of their lengths), so that a paragraph missing on one side does not shift
// every later pair. Then each pair must cite the same resolutions with the same years, the same
// symbols, figures and dates, and have the same sub-items; a paragraph without a partner is reported too.
import { labeledParagraphs, type LabeledParagraph, type SectionKind } from '../negotiation/labels';
import type { ResolutionDocument } from '../parse/document';
import type { OffsetRange } from '../types';
import { align } from './align';
import { paragraphContent, type ParagraphContent, type Values } from './parityContent';
import { sameDate } from './parityDates';

export type ParityKind = 'paragraph' | 'citations' | 'symbols' | 'figures' | 'dates' | 'subItems';

/** One side of a mismatch. */
export interface ParityPlace {
  /** PP3, OP2; null on the side that lacks the paragraph. */
  readonly label: string | null;
  /** Where to show it: the first item that differs, the paragraph's first line, or where a missing paragraph would stand. */
  readonly range: OffsetRange;
  /**
   * What this side has that the other has not: resolutions (2341 (2017)), symbols, figures, dates
   * (2001-09-28, 2017-12, --12-31); all its sub-item labels; for a paragraph, its opening words.
   */
  readonly values: readonly string[];
}

export interface ParityMismatch {
  readonly kind: ParityKind;
  readonly section: SectionKind;
  readonly left: ParityPlace;
  readonly right: ParityPlace;
}

export interface SectionCounts {
  readonly PP: number;
  readonly OP: number;
}

export interface ParityComparison {
  readonly counts: { readonly left: SectionCounts; readonly right: SectionCounts };
  readonly mismatches: readonly ParityMismatch[];
}

/** The least similarity of two paragraphs to be paired in order; moved pairs need more. */
const THRESHOLD = 0.15;
const MOVED_THRESHOLD = 0.5;
/**
 * Past this many pairs of paragraphs to weigh (500 on each side: no resolution comes near it, a
 * hostile file of one-line paragraphs can), paragraphs are paired by position, which costs what they do.
 */
const MAX_WEIGHED_PAIRS = 250_000;
/** How much a paragraph's features weigh against the proportion of its length. */
const FEATURE_WEIGHT = 0.7;
/** Two paragraphs with nothing to compare are as alike as their lengths say, from this base. */
const FEATURELESS_BASE = 0.35;

/**
 * What two paragraphs may share, each with its weight: what is written the same in both languages
 * (resolutions, symbols, dates) weighs most; the printed number least, as a paragraph missing from a
 * translation renumbers every later one.
 */
function features(content: ParagraphContent): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [key, { years }] of content.resolutions) {
    weights.set(`r:${key}`, 2);
    for (const year of years) weights.set(`c:${key}(${year})`, 1);
  }
  for (const key of content.symbols.keys()) weights.set(`s:${key}`, 2);
  for (const key of content.dates.keys()) weights.set(`d:${key}`, 2);
  for (const key of content.figures.keys()) weights.set(`n:${key}`, 1.5);
  if (content.opening) weights.set(`v:${content.opening}`, 1.5);
  for (const term of content.terms) weights.set(`t:${term}`, 1);
  for (const { label } of content.subItems) weights.set(`i:${label}`, 0.5);
  if (content.paragraph.kind === 'OP') weights.set(`o:${content.paragraph.number}`, 0.5);
  return weights;
}

/** The weighted Dice coefficient: twice the weight shared over the weight of both. */
function dice(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [key, weight] of a) {
    total += weight;
    if (b.has(key)) shared += weight;
  }
  for (const weight of b.values()) total += weight;
  return (2 * shared) / total;
}

function similarity(left: readonly ParagraphContent[], right: readonly ParagraphContent[]) {
  const leftFeatures = left.map(features);
  const rightFeatures = right.map(features);
  const total = (contents: readonly ParagraphContent[]) => contents.reduce((sum, c) => sum + c.length, 0);
  const ratio = total(right) > 0 ? total(left) / total(right) : 1;
  return (i: number, j: number): number => {
    const a = left[i].length;
    const b = right[j].length * ratio;
    const lengths = a > 0 && b > 0 ? Math.min(a, b) / Math.max(a, b) : 0;
    const fa = leftFeatures[i];
    const fb = rightFeatures[j];
    const shared = fa.size + fb.size === 0 ? FEATURELESS_BASE / FEATURE_WEIGHT : dice(fa, fb);
    return FEATURE_WEIGHT * shared + (1 - FEATURE_WEIGHT) * lengths;
  };
}

/** The paragraph's first line: where a finding about the whole paragraph is shown. */
function firstLine(document: ResolutionDocument, paragraph: LabeledParagraph): OffsetRange {
  const lineEnd = document.text.indexOf('\n', paragraph.range.start);
  const end = lineEnd < 0 || lineEnd > paragraph.range.end ? paragraph.range.end : lineEnd;
  return { start: paragraph.range.start, end: document.text[end - 1] === '\r' ? end - 1 : end };
}

function opening(document: ResolutionDocument, paragraph: LabeledParagraph): string {
  const { view } = document;
  const text = view.text.slice(view.toView(paragraph.bodyStart), view.toView(paragraph.range.end)).replace(/\s+/g, document.language === 'zh' ? '' : ' ').trim();
  const length = document.language === 'zh' ? 30 : 80;
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

interface Side {
  readonly document: ResolutionDocument;
  readonly contents: readonly ParagraphContent[];
}

/** A resolution as a message shows it: 2341 (2017), 1373, A/RES/71/291. */
function resolutionText(key: string, years: ReadonlySet<number>): string[] {
  const number = key.replace(/^S\/RES\//, '');
  return years.size === 0 || key.startsWith('A/') ? [number] : [...years].sort().map(year => `${number} (${year})`);
}

/** Resolutions cited on one side only, or with a year the other side does not give it. */
function citationDifference(a: ParagraphContent, b: ParagraphContent): { values: string[]; range?: OffsetRange } {
  const values: string[] = [];
  let range: OffsetRange | undefined;
  for (const [key, { years, range: at, marked }] of a.resolutions) {
    // One named only (the 1267 (1999) Committee) may be written otherwise in the other language (1267委员会).
    if (!marked) continue;
    const other = b.resolutions.get(key);
    const differs = !other || (years.size > 0 && other.years.size > 0 && [...years].some(year => !other.years.has(year)));
    if (!differs) continue;
    values.push(...resolutionText(key, years));
    range ??= at;
  }
  return { values, range };
}

/** Values on one side only; figures that are a resolution cited on either side (the 1540 Committee) left out. */
function valueDifference(a: Values, b: Values, ignore: ReadonlySet<string> = new Set()): { values: string[]; range?: OffsetRange } {
  const values: string[] = [];
  let range: OffsetRange | undefined;
  for (const [key, at] of a) {
    if (b.has(key) || ignore.has(key)) continue;
    values.push(key);
    range ??= at;
  }
  return { values, range };
}

/** Numbers of the resolutions either paragraph cites or names: a figure equal to one names it (1540委员会, the 1540 Committee). */
function resolutionNumbers(...contents: ParagraphContent[]): Set<string> {
  return new Set(contents.flatMap(c => [...c.resolutions.keys()].map(key => key.replace(/^S\/RES\//, ''))));
}

/** Dates on one side that no date of the other side can be (compare/parityDates.ts). */
function dateDifference(a: Values, b: Values): { values: string[]; range?: OffsetRange } {
  const values: string[] = [];
  let range: OffsetRange | undefined;
  for (const [key, at] of a) {
    if ([...b.keys()].some(other => sameDate(key, other))) continue;
    values.push(key);
    range ??= at;
  }
  return { values, range };
}

/** The mismatches of two paired paragraphs. */
function comparePair(left: Side, right: Side, a: ParagraphContent, b: ParagraphContent): ParityMismatch[] {
  const mismatches: ParityMismatch[] = [];
  const section = a.paragraph.kind;
  const place = (side: Side, content: ParagraphContent, values: string[], range?: OffsetRange): ParityPlace =>
    ({ label: content.paragraph.label, range: range ?? firstLine(side.document, content.paragraph), values });
  const report = (kind: ParityKind, x: { values: string[]; range?: OffsetRange }, y: { values: string[]; range?: OffsetRange }) => {
    if (x.values.length > 0 || y.values.length > 0) mismatches.push({ kind, section, left: place(left, a, x.values, x.range), right: place(right, b, y.values, y.range) });
  };
  report('citations', citationDifference(a, b), citationDifference(b, a));
  report('symbols', valueDifference(a.symbols, b.symbols), valueDifference(b.symbols, a.symbols));
  const cited = resolutionNumbers(a, b);
  report('figures', valueDifference(a.figures, b.figures, cited), valueDifference(b.figures, a.figures, cited));
  report('dates', dateDifference(a.dates, b.dates), dateDifference(b.dates, a.dates));
  const labels = (c: ParagraphContent) => c.subItems.map(s => s.label);
  if (labels(a).join() !== labels(b).join()) {
    const differing = labels(a).findIndex((label, i) => labels(b)[i] !== label);
    const at = (c: ParagraphContent, i: number) => (i >= 0 ? c.subItems[i]?.range : undefined);
    const firstDifference = differing >= 0 ? differing : labels(a).length;
    mismatches.push({
      kind: 'subItems', section,
      left: place(left, a, labels(a), at(a, firstDifference)),
      right: place(right, b, labels(b), at(b, firstDifference)),
    });
  }
  return mismatches;
}

/** Where a paragraph missing on this side would stand: after the partner of the paragraph before it. */
function missingPlace(side: Side, partnerOfPrevious: number | undefined): OffsetRange {
  const { document, contents } = side;
  const paragraph = partnerOfPrevious !== undefined ? contents[partnerOfPrevious]?.paragraph : contents[0]?.paragraph;
  if (paragraph) return firstLine(document, paragraph);
  const title = document.structure.title;
  return title ?? { start: 0, end: 0 };
}

/** The paragraphs paired by content (compare/align.ts), or by position past MAX_WEIGHED_PAIRS. */
function pairParagraphs(left: readonly ParagraphContent[], right: readonly ParagraphContent[]): { left: number; right: number }[] {
  if (left.length * right.length > MAX_WEIGHED_PAIRS) {
    return Array.from({ length: Math.min(left.length, right.length) }, (_, i) => ({ left: i, right: i }));
  }
  const indices = (n: number) => Array.from({ length: n }, (_, i) => i);
  const alignment = align(indices(left.length), indices(right.length), { similarity: similarity(left, right), threshold: THRESHOLD });
  return alignment.pairs.filter(pair => !pair.moved || pair.similarity >= MOVED_THRESHOLD);
}

function compareSection(left: ResolutionDocument, right: ResolutionDocument, kind: SectionKind): ParityMismatch[] {
  const sideOf = (document: ResolutionDocument): Side => ({
    document, contents: labeledParagraphs(document).filter(p => p.kind === kind).map(p => paragraphContent(document, p)),
  });
  const l = sideOf(left);
  const r = sideOf(right);
  const pairs = pairParagraphs(l.contents, r.contents);
  const rightOf = new Map(pairs.map(pair => [pair.left, pair.right]));
  const leftOf = new Map(pairs.map(pair => [pair.right, pair.left]));
  const mismatches: { at: number; mismatch: ParityMismatch }[] = [];
  for (const pair of pairs) {
    for (const mismatch of comparePair(l, r, l.contents[pair.left], r.contents[pair.right])) mismatches.push({ at: pair.left, mismatch });
  }
  const before = (map: Map<number, number>, i: number) => {
    for (let k = i - 1; k >= 0; k--) if (map.has(k)) return map.get(k);
    return undefined;
  };
  for (let i = 0; i < l.contents.length; i++) {
    if (rightOf.has(i)) continue;
    const paragraph = l.contents[i].paragraph;
    mismatches.push({ at: i, mismatch: {
      kind: 'paragraph', section: kind,
      left: { label: paragraph.label, range: firstLine(left, paragraph), values: [opening(left, paragraph)] },
      right: { label: null, range: missingPlace(r, before(rightOf, i)), values: [] },
    } });
  }
  for (let j = 0; j < r.contents.length; j++) {
    if (leftOf.has(j)) continue;
    const paragraph = r.contents[j].paragraph;
    const previous = before(leftOf, j);
    mismatches.push({ at: previous === undefined ? -0.5 : previous + 0.5, mismatch: {
      kind: 'paragraph', section: kind,
      left: { label: null, range: missingPlace(l, previous), values: [] },
      right: { label: paragraph.label, range: firstLine(right, paragraph), values: [opening(right, paragraph)] },
    } });
  }
  return mismatches.sort((a, b) => a.at - b.at).map(m => m.mismatch);
}

function counts(document: ResolutionDocument): SectionCounts {
  const paragraphs = labeledParagraphs(document);
  return { PP: paragraphs.filter(p => p.kind === 'PP').length, OP: paragraphs.filter(p => p.kind === 'OP').length };
}

/** The mismatches of two language versions of one draft, preambular paragraphs first. */
export function compareParity(left: ResolutionDocument, right: ResolutionDocument): ParityComparison {
  return {
    counts: { left: counts(left), right: counts(right) },
    mismatches: [...compareSection(left, right, 'PP'), ...compareSection(left, right, 'OP')],
  };
}
