// Paragraphs as the publication makes them. A draft is written a paragraph per line; text extracted
// from a PDF has each printed line on a line of its own, often with blank lines between, and many of
// them end with ， in the middle of a paragraph. A paragraph starts where the publication starts one:
// a number, a sub-item label or a list bullet; an indented line where paragraphs are indented; after
// a sentence end (；。:); or after a comma at the end of a line shorter than the page's lines when the
// next line opens with an opener. A line that opens with an opener word but continues the sentence
// before it (…关键作用，并⏎⏎重申安理会…) does not start one.
import { isOptionHeader, withoutNegotiationMarks } from '../negotiation/marks';
import { LINES_PER_STEP } from '../steps';
import { isCjk } from '../text/chars';
import type { DraftLanguage } from '../types';
import { isAdoptionLine, isSectionHeading, operativeNumber, SUB_ITEM_LABEL, type TextLine } from './lines';
import { operativeOpener, preambularOpener } from './openers';

/** A paragraph before classification: its lines, in order. */
export interface Block {
  readonly lines: TextLine[];
}

/** The marks that end a sentence or a clause: ；;。.：:!！?？ */
const STRONG_END_CODES = new Set([...'；;。.：:!！?？'].map(mark => mark.charCodeAt(0)));

/** Whether text ends with a mark of STRONG_END_CODES: its last character read, not the text searched. */
function endsStrongly(text: string): boolean {
  return STRONG_END_CODES.has(text.charCodeAt(text.length - 1));
}

function endsWithComma(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0xff0c || last === 44;
}

/** Display columns: a Chinese character takes two. */
function columns(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += isCjk(text.charCodeAt(i)) ? 2 : 1;
  return width;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether a line opens with a paragraph opener; English openers are capitalized (Recalling, Decides). */
export function opensParagraph(read: string, language: DraftLanguage): boolean {
  if (language === 'en' && !/^[*_]*[A-Z]/.test(read)) return false;
  return preambularOpener(read, language) !== undefined || operativeOpener(read, language) !== undefined;
}

/** Whether a line starts a paragraph whatever came before it: a number, a label, a bullet, a heading, the adoption. */
export function startsByItsForm(line: TextLine, language: DraftLanguage): boolean {
  return line.readStart > 0 || operativeNumber(line.read, language) !== undefined || SUB_ITEM_LABEL.test(line.read)
    || isSectionHeading(line.read) || isAdoptionLine(line.read);
}

/** What the lines of a text say about how it is laid out. */
interface Layout {
  /** Lines wrap inside paragraphs (a PDF extraction) rather than one paragraph a line. */
  readonly wrapped: boolean;
  /** The width of a full printed line. */
  readonly fullWidth: number;
  /** Indentation marks paragraph starts: the indentation most lines have. */
  readonly baseIndent?: number;
  /** Blank lines stand between paragraphs only, not after every printed line. */
  readonly blankLinesSeparate: boolean;
}

/** Widths below this are counted one by one; the few wider lines (a hostile draft's) are kept in a list. */
const COUNTED_WIDTHS = 4096;

/** The width at rank k (0-based) of the widths counted, as if they were sorted. */
function widthAtRank(counts: Uint32Array, wider: number[], k: number): number {
  let seen = 0;
  for (let width = 0; width < counts.length; width++) {
    seen += counts[width];
    if (seen > k) return width;
  }
  return wider.sort((a, b) => a - b)[k - seen];
}

/**
 * The layout of the lines, read a step of lines at a time (a draft of one-line paragraphs has 170,000
 * lines). Widths are counted in a histogram, from which the 90th percentile is read: no sort.
 */
function* layoutInSteps(lines: readonly TextLine[]): Generator<void, Layout> {
  const count = lines.length;
  const counts = new Uint32Array(COUNTED_WIDTHS);
  const wider: number[] = [];
  let unended = 0;
  let baseIndent = Infinity;
  let atBaseIndent = 0;
  let blanks = 0;
  for (let i = 0; i < count; i++) {
    if (i % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    const line = lines[i];
    if (i < count - 1 && !endsStrongly(line.read) && !endsWithComma(line.read)) unended++;
    const width = columns(line.read);
    if (width < COUNTED_WIDTHS) counts[width]++; else wider.push(width);
    if (line.indent < baseIndent) { baseIndent = line.indent; atBaseIndent = 1; } else if (line.indent === baseIndent) atBaseIndent++;
    if (line.blankBefore) blanks++;
  }
  // Paragraph starts indented: the lines that stand further in than the least indented ones are some, not most.
  const indented = count - atBaseIndent;
  return {
    wrapped: unended >= 2 && unended >= (count - 1) * 0.2,
    fullWidth: count > 0 ? widthAtRank(counts, wider, Math.floor((count - 1) * 0.9)) : 0,
    baseIndent: indented >= Math.max(2, count * 0.02) && indented <= count * 0.7 ? baseIndent : undefined,
    blankLinesSeparate: blanks >= 2 && blanks >= count * 0.1 && blanks < (count - 1) * 0.7,
  };
}

/** Whether `next` starts a new paragraph after `line`. */
function startsParagraph(line: TextLine, nextLine: TextLine, layout: Layout, language: DraftLanguage): boolean {
  // An option's header line stands alone, and the option starts after it.
  if (startsByItsForm(nextLine, language) || isOptionHeader(nextLine.read) || isOptionHeader(line.read)) return true;
  // Negotiation marks at a line's edges ([Alt. 2: …, (RU)]) are set aside when reading where paragraphs begin and end.
  const previous = withoutNegotiationMarks(line.read);
  const next = { ...nextLine, read: withoutNegotiationMarks(nextLine.read) };
  // An English paragraph opens with a capital or a number: a line opening in lower case or with a
  // figure goes on (a scan's full stop in a list: 1974. ⏎ 368 (1975) of 17 April).
  // A blank line after a paragraph's mark still separates where blank lines do (a scan's `faving noted`).
  const separated = layout.blankLinesSeparate && next.blankBefore && (endsStrongly(previous) || endsWithComma(previous));
  if (language === 'en' && /^[a-z0-9(]/.test(next.read) && !(separated && opensParagraph(capitalized(next.read), language))) return false;
  if (endsStrongly(previous) || separated) return true;
  if (layout.baseIndent !== undefined && next.indent > layout.baseIndent) return true;
  const opener = opensParagraph(next.read, language);
  if (endsWithComma(previous)) {
    if (!layout.wrapped) return true;
    const short = columns(previous) < layout.fullWidth * 0.9;
    if (opener && (short || language === 'en' || (layout.blankLinesSeparate && next.blankBefore))) return true;
    return layout.blankLinesSeparate && next.blankBefore && language === 'en' && /^[A-Z]/.test(next.read);
  }
  // No punctuation at the end: the sentence goes on. (A paragraph that lost its final comma reads as one
  // with the next; a line break typed inside a paragraph must not make two of it.)
  return false;
}

/** Groups lines into paragraphs, a few thousand lines at each next(); isBoundary: lines that always start one (a title line). */
export function* groupParagraphsInSteps(lines: readonly TextLine[], language: DraftLanguage, isBoundary: (line: TextLine) => boolean): Generator<void, Block[]> {
  const layout = yield* layoutInSteps(lines);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (i % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    const line = lines[i];
    if (i === 0 || isBoundary(line) || startsParagraph(lines[i - 1], line, layout, language)) blocks.push({ lines: [line] });
    else blocks[blocks.length - 1].lines.push(line);
  }
  return blocks;
}
