// Paragraph labels as delegates say them: PP1, PP2… for preambular paragraphs (which carry no
// number), OP1… for operative ones (the printed number where there is one), OP3(a), OP3(a)(ii) for
// sub-items. Read from the document's structure, with one thing of its own: the alternatives of one
// paragraph (a second paragraph opening [Alt. 2: …], or the paragraph under an `Option 2` header)
// count as one paragraph, and an Option header line alone counts as none.
import type { ResolutionDocument } from '../parse/document';
import type { OperativeParagraph, PreambularParagraph, SubItem } from '../parse/structure';
import type { OffsetRange } from '../types';
import { negotiationMarkup, type NegotiationMarkup } from './markup';

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

/** The option header that stands right before `start` (after `after`), if any. */
function headerBefore(markup: NegotiationMarkup, after: number, start: number): number | undefined {
  const header = markup.optionHeaders.filter(h => h.range.start >= after && h.range.end <= start).pop();
  return header?.index;
}

function isHeaderOnly(markup: NegotiationMarkup, paragraph: PreambularParagraph): boolean {
  return markup.optionHeaders.some(h => h.range.start <= paragraph.range.start && h.range.end >= paragraph.range.end);
}

/** A second or later alternative: it opens with [Alt. 2: …], or stands under `Option 2`. */
function isLaterAlternative(markup: NegotiationMarkup, paragraph: PreambularParagraph, previousStart: number): boolean {
  const header = headerBefore(markup, previousStart, paragraph.range.start + 1);
  if (header !== undefined) return header >= 2;
  const opening = markup.spans.find(s => s.range.start === paragraph.bodyStart);
  return (opening?.alternative?.index ?? 0) >= 2;
}

function labelSection(kind: SectionKind, paragraphs: readonly PreambularParagraph[], markup: NegotiationMarkup): LabeledParagraph[] {
  const labeled: LabeledParagraph[] = [];
  let previousStart = paragraphs[0]?.range.start ?? 0;
  for (const paragraph of paragraphs) {
    if (isHeaderOnly(markup, paragraph)) continue;
    const last = labeled[labeled.length - 1];
    if (last && isLaterAlternative(markup, paragraph, previousStart)) {
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
    const block = markup.groups.find(g => g.form === 'option' && g.range.start <= p.range.end && g.range.end > p.range.end && g.alternatives[0].content.start <= p.range.end);
    return block ? { ...p, range: { start: p.range.start, end: block.range.end } } : p;
  });
}

const cache = new WeakMap<ResolutionDocument, readonly LabeledParagraph[]>();

/** The labeled paragraphs of a draft: preambular, then operative, in order. */
export function labeledParagraphs(document: ResolutionDocument): readonly LabeledParagraph[] {
  let labeled = cache.get(document);
  if (!labeled) {
    const markup = negotiationMarkup(document);
    labeled = [
      ...labelSection('PP', document.structure.preamble, markup),
      ...labelSection('OP', document.structure.operative, markup),
    ];
    cache.set(document, labeled);
  }
  return labeled;
}

/** Every label of a draft with its range, sub-items included: what navigation and hints go by. */
export function* allLabels(document: ResolutionDocument): Generator<{ label: string; range: OffsetRange; anchor: number; paragraph: LabeledParagraph }> {
  const walk = function* (paragraph: LabeledParagraph, items: readonly LabeledSubItem[]): Generator<{ label: string; range: OffsetRange; anchor: number; paragraph: LabeledParagraph }> {
    for (const item of items) {
      yield { label: item.label, range: item.item.range, anchor: item.item.range.start, paragraph };
      yield* walk(paragraph, item.children);
    }
  };
  for (const paragraph of labeledParagraphs(document)) {
    yield { label: paragraph.label, range: paragraph.range, anchor: paragraph.range.start, paragraph };
    yield* walk(paragraph, paragraph.subItems);
  }
}

/** The labeled paragraph whose range holds offset. */
export function paragraphAt(document: ResolutionDocument, offset: number): LabeledParagraph | undefined {
  return labeledParagraphs(document).find(p => p.range.start <= offset && offset <= p.range.end);
}
