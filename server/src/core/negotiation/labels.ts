// Paragraph labels as delegates say them: PP1, PP2… for preambular paragraphs (which carry no
// number), OP1… for operative ones (the printed number where there is one), OP3(a), OP3(a)(ii) for
// sub-items. Read from the document's structure, with one thing of its own: the alternatives of one
// paragraph (a second paragraph opening [Alt. 2: …], or the paragraph under an `Option 2` header)
// count as one paragraph, and an Option header line alone counts as none.
import type { ResolutionDocument } from '../parse/document';
import type { OperativeParagraph, PreambularParagraph, SubItem } from '../parse/structure';
import type { OffsetRange } from '../types';
import { negotiationMarkup, type AlternativeGroup, type BracketSpan, type NegotiationMarkup, type OptionHeader } from './markup';
import { firstAbove, RangeIndex } from './rangeIndex';

export type SectionKind = 'PP' | 'OP';

export interface LabeledSubItem {
  readonly label: string;
  readonly item: SubItem;
  readonly children: readonly LabeledSubItem[];
}

export interface LabeledParagraph {
  readonly kind: SectionKind;
  /** PP3, OP12. */
  readonly label: string;
  /** The number in the label: the position for PP, the printed number (or else the position) for OP. */
  readonly number: number;
  /** The paragraphs of the structure it is made of: more than one when it has alternatives. */
  readonly parts: readonly PreambularParagraph[];
  readonly range: OffsetRange;
  /** Where the words of its first part begin. */
  readonly bodyStart: number;
  readonly subItems: readonly LabeledSubItem[];
}

function labelSubItems(prefix: string, items: readonly SubItem[]): LabeledSubItem[] {
  return items.map(item => {
    const label = `${prefix}(${item.label})`;
    return { label, item, children: labelSubItems(label, item.children) };
  });
}

/**
 * The markup, indexed for what labelling asks of every paragraph: a draft of 100,000 bracketed
 * paragraphs was labelled in time squared when each question scanned every span and header.
 */
class MarkupIndex {
  private readonly headerEnds: Int32Array;
  private readonly headersHolding: RangeIndex<OptionHeader>;
  private readonly spanByStart = new Map<number, BracketSpan>();
  private readonly optionBlocks: RangeIndex<AlternativeGroup>;

  constructor(private readonly markup: NegotiationMarkup) {
    // Header lines come in text order, one after another: their ends increase.
    this.headerEnds = Int32Array.from(markup.optionHeaders, header => header.range.end);
    this.headersHolding = new RangeIndex(markup.optionHeaders, header => header.range);
    for (const span of markup.spans) if (!this.spanByStart.has(span.range.start)) this.spanByStart.set(span.range.start, span);
    this.optionBlocks = new RangeIndex(markup.groups.filter(group => group.form === 'option'), group => group.range);
  }

  /** The index of the option header that stands right before `start` (after `after`), if any. */
  headerBefore(after: number, start: number): number | undefined {
    const last = firstAbove(this.headerEnds, start) - 1;
    const header = last >= 0 ? this.markup.optionHeaders[last] : undefined;
    return header && header.range.start >= after ? header.index : undefined;
  }

  /** Whether the paragraph is an option header line and nothing else. */
  isHeaderOnly(paragraph: PreambularParagraph): boolean {
    return this.headersHolding.firstHolding(paragraph.range.start, true, header => header.range.end >= paragraph.range.end) !== undefined;
  }

  /** A second or later alternative: it opens with [Alt. 2: …], or stands under `Option 2`. */
  isLaterAlternative(paragraph: PreambularParagraph, previousStart: number): boolean {
    const header = this.headerBefore(previousStart, paragraph.range.start + 1);
    if (header !== undefined) return header >= 2;
    return (this.spanByStart.get(paragraph.bodyStart)?.alternative?.index ?? 0) >= 2;
  }

  /** The Option block that a paragraph ending at `end` stands in, under one of its headers. */
  optionBlockAt(end: number): AlternativeGroup | undefined {
    return this.optionBlocks.firstHolding(end, false, block => block.alternatives[0].content.start <= end);
  }
}

function labelSection(kind: SectionKind, paragraphs: readonly PreambularParagraph[], markup: MarkupIndex): LabeledParagraph[] {
  const labeled: LabeledParagraph[] = [];
  let previousStart = paragraphs[0]?.range.start ?? 0;
  for (const paragraph of paragraphs) {
    if (markup.isHeaderOnly(paragraph)) continue;
    const last = labeled[labeled.length - 1];
    if (last && markup.isLaterAlternative(paragraph, previousStart)) {
      labeled[labeled.length - 1] = { ...last, parts: [...last.parts, paragraph], range: { start: last.range.start, end: paragraph.range.end } };
    } else {
      const printed = (paragraph as Partial<OperativeParagraph>).number;
      const number = kind === 'OP' && printed !== undefined && Number.isFinite(printed) && printed > 0 ? printed : labeled.length + 1;
      const label = `${kind}${number}`;
      labeled.push({ kind, label, number, parts: [paragraph], range: paragraph.range, bodyStart: paragraph.bodyStart, subItems: labelSubItems(label, paragraph.subItems) });
    }
    previousStart = paragraph.range.start;
  }
  // An Option block ends with the paragraph under its last header, which the structure may leave out.
  return labeled.map(p => {
    const block = markup.optionBlockAt(p.range.end);
    return block ? { ...p, range: { start: p.range.start, end: block.range.end } } : p;
  });
}

interface Labels {
  readonly paragraphs: readonly LabeledParagraph[];
  readonly byRange: RangeIndex<LabeledParagraph>;
}

const cache = new WeakMap<ResolutionDocument, Labels>();

function labels(document: ResolutionDocument): Labels {
  let labels = cache.get(document);
  if (!labels) {
    const markup = new MarkupIndex(negotiationMarkup(document));
    const paragraphs = [
      ...labelSection('PP', document.structure.preamble, markup),
      ...labelSection('OP', document.structure.operative, markup),
    ];
    labels = { paragraphs, byRange: new RangeIndex(paragraphs, paragraph => paragraph.range) };
    cache.set(document, labels);
  }
  return labels;
}

/** The labeled paragraphs of a draft: preambular, then operative, in order. */
export function labeledParagraphs(document: ResolutionDocument): readonly LabeledParagraph[] {
  return labels(document).paragraphs;
}

type FoundLabel = { label: string; range: OffsetRange; anchor: number; paragraph: LabeledParagraph };

/** The first of items (in text order, one after another) that ends at or after offset. */
function firstEndingFrom(items: readonly LabeledSubItem[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid].item.range.end >= offset) high = mid; else low = mid + 1;
  }
  return low;
}

/**
 * Every label of a draft with its range, sub-items included: what navigation and hints go by. Given
 * `within`, only the paragraphs and sub-items that meet it are walked (the labels of a screenful, of a
 * draft with 250,000), and others may come too: the caller filters.
 */
export function* allLabels(document: ResolutionDocument, within?: OffsetRange): Generator<FoundLabel> {
  const walk = function* (paragraph: LabeledParagraph, items: readonly LabeledSubItem[]): Generator<FoundLabel> {
    for (let i = within ? firstEndingFrom(items, within.start) : 0; i < items.length; i++) {
      const item = items[i];
      if (within && item.item.range.start > within.end) return;
      yield { label: item.label, range: item.item.range, anchor: item.item.range.start, paragraph };
      yield* walk(paragraph, item.children);
    }
  };
  const { paragraphs, byRange } = labels(document);
  const indices = within ? byRange.indicesMeeting(within) : paragraphs.keys();
  for (const i of indices) {
    const paragraph = paragraphs[i];
    yield { label: paragraph.label, range: paragraph.range, anchor: paragraph.range.start, paragraph };
    yield* walk(paragraph, paragraph.subItems);
  }
}

/** The labeled paragraph whose range holds offset. */
export function paragraphAt(document: ResolutionDocument, offset: number): LabeledParagraph | undefined {
  return labels(document).byRange.firstHolding(offset, true);
}
