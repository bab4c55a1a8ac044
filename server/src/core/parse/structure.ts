// The structure of a resolution: the title line (安全理事会， / The Security Council,), preambular
// paragraphs, and operative paragraphs with sub-items (a), (b) and (i), (ii). Operative paragraphs are
// numbered, but a resolution with a single one leaves it unnumbered (Decides to call an emergency
// special session…); the resolution ends at the line recording its adoption.
import { trailingRunStart } from '../text/chars';
import { simplifyRun } from '../text/traditional';
import type { TextView } from '../text/view';
import type { DraftLanguage, OffsetRange } from '../types';
import { LINES_PER_STEP } from '../steps';
import { isAdoptionLine, isSectionHeading, operativeNumber, SUB_ITEM_LABEL, textLinesInSteps, type TextLine } from './lines';
import { groupParagraphsInSteps, opensParagraph, type Block } from './paragraphs';

export interface SubItem {
  readonly label: string;
  readonly labelRange: OffsetRange;
  readonly range: OffsetRange;
  readonly children: SubItem[];
}

export interface PreambularParagraph {
  readonly range: OffsetRange;
  /** Where the words begin. */
  readonly bodyStart: number;
  readonly subItems: SubItem[];
}

export interface OperativeParagraph extends PreambularParagraph {
  /** As printed; for an unnumbered paragraph, or a number a scan garbled (Z.), its place in the order. */
  readonly number: number;
  /** Empty at the paragraph's start when it is unnumbered. */
  readonly numberRange: OffsetRange;
  /** The single operative paragraph of a resolution, which is printed without a number. */
  readonly unnumbered?: boolean;
}

export interface ResolutionStructure {
  /** The title line; absent when the text is not a resolution (a letter, a report). */
  readonly title?: OffsetRange;
  readonly preamble: readonly PreambularParagraph[];
  readonly operative: readonly OperativeParagraph[];
}

const TITLE = /^(?:安全理事会|大会|经济及社会理事会|The Security Council|The General Assembly|The Economic and Social Council)\s*[，,]?$/;

export function isTitleLine(line: TextLine): boolean {
  return TITLE.test(line.read);
}

function blockRange(block: Block): OffsetRange {
  return { start: block.lines[0].range.start, end: block.lines[block.lines.length - 1].range.end };
}

function isRoman(label: string, letterItems: readonly SubItem[]): boolean {
  // (i) follows (h) as a letter; elsewhere, inside a lettered item, it is a roman numeral.
  if (!/^[ivxl]+$/.test(label) || letterItems.length === 0) return false;
  return !(label === 'i' && letterItems[letterItems.length - 1].label === 'h');
}

function extend<T extends { range: OffsetRange }>(item: T, end: number): T {
  return { ...item, range: { start: item.range.start, end } };
}

/**
 * Builds the structure from the paragraphs that follow the title line, up to the adoption line, a
 * few thousand paragraphs at each next().
 */
function* classify(blocks: readonly Block[], language: DraftLanguage): Generator<void, Pick<ResolutionStructure, 'preamble' | 'operative'>> {
  const preamble: PreambularParagraph[] = [];
  const operative: OperativeParagraph[] = [];
  let previousEnd = '';
  /** Inside a list of dashes that a paragraph ending with a colon opens (S/RES/764 (1992)). */
  let dashes = false;
  for (let index = 0; index < blocks.length; index++) {
    if (index % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    const block = blocks[index];
    const range = blockRange(block);
    const first = block.lines[0];
    if (isAdoptionLine(first.read)) break;
    if (isSectionHeading(first.read)) continue;
    const lastText = previousEnd;
    previousEnd = block.lines[block.lines.length - 1].read;
    const start = first.range.start + first.readStart;
    const number = operativeNumber(first.read, language);
    const label = SUB_ITEM_LABEL.exec(first.read);
    const owner: PreambularParagraph[] = operative.length > 0 ? operative : preamble;
    const parent = owner[owner.length - 1];
    dashes = first.readStart > 0 && parent !== undefined && (dashes || /[：:]$/.test(lastText)) && !opensParagraph(first.read, language);
    if (number) {
      const printed = number.number ?? (operative.length > 0 ? operative[operative.length - 1].number + 1 : 1);
      const digits = number.number === undefined ? number.length : String(number.number).length;
      operative.push({
        number: printed,
        numberRange: { start, end: start + digits },
        range,
        bodyStart: start + number.length,
        subItems: [],
      });
    } else if (label && parent) {
      const item: SubItem = { label: label[1], labelRange: { start, end: start + label[0].trimEnd().length }, range, children: [] };
      const letters = parent.subItems;
      if (isRoman(label[1], letters)) {
        // Pushed, not copied: a copy per item made a list of 100,000 (i) items quadratic.
        const letter = letters[letters.length - 1];
        letter.children.push(item);
        letters[letters.length - 1] = extend(letter, range.end);
      } else {
        letters.push(item);
      }
      owner[owner.length - 1] = extend(parent, range.end);
    } else if (dashes) {
      owner[owner.length - 1] = extend(parent, range.end);
    } else if (operative.length > 0) {
      // Unnumbered text after the operative part began: the rest of the last paragraph, unless that
      // paragraph closed the resolution with 。 (what follows is an annex or a footnote).
      if (/[。.]$/.test(lastText)) break;
      owner[owner.length - 1] = extend(parent, range.end);
    } else {
      preamble.push({ range, bodyStart: start, subItems: [] });
    }
  }
  return operative.length === 0 ? withUnnumberedOperative(preamble, previousEnd.slice(0, trailingRunStart(previousEnd, '”"’」)）*_'))) : { preamble, operative };
}

/**
 * A resolution without numbered paragraphs has a single operative paragraph, printed without a number:
 * the last paragraph, when it ends the resolution with 。 (itself, or its last sub-item) rather than
 * with the comma of a preambular paragraph.
 */
function withUnnumberedOperative(paragraphs: PreambularParagraph[], lastLine: string): Pick<ResolutionStructure, 'preamble' | 'operative'> {
  const last = paragraphs[paragraphs.length - 1];
  if (!last || !/[。.]$/.test(lastLine)) return { preamble: paragraphs, operative: [] };
  const at = { start: last.bodyStart, end: last.bodyStart };
  return { preamble: paragraphs.slice(0, -1), operative: [{ ...last, number: 1, numberRange: at, unnumbered: true }] };
}

const TITLE_START = /^[安大经T]/;

/** Any organ a title line names, in the view (where a title cut by a line break is whole): letters and reports without one cost no line splitting. */
const ANY_TITLE_NAME = /安全理事会|大会|经济及社会理事会|The Security Council|The General Assembly|The Economic and Social Council/;

/**
 * The first title line: one line, or a title a line break cut in two (安⏎全理事会，), whose pieces carry
 * no punctuation until the last. last: the index of its last line.
 */
function findTitle(lines: readonly TextLine[]): { range: OffsetRange; last: number } | undefined {
  for (let i = 0; i < lines.length; i++) {
    // A title starts with the organ's first character: other lines are passed without joining any.
    if (!TITLE_START.test(lines[i].read)) continue;
    let read = '';
    for (let k = i; k < Math.min(lines.length, i + 3); k++) {
      read += lines[k].read;
      if (TITLE.test(read)) return { range: { start: lines[i].range.start, end: lines[k].range.end }, last: k };
      if (/[，,。.；;：:]$/.test(read) || read.length > 40) break;
    }
  }
  return undefined;
}

/**
 * Finds the first title line and reads the resolution that follows it, page furniture left out; a
 * few thousand lines at each next().
 */
export function* parseStructureInSteps(view: TextView, language: DraftLanguage): Generator<void, ResolutionStructure> {
  const text = view.original;
  if (!ANY_TITLE_NAME.test(view.text)) return { preamble: [], operative: [] };
  const lines = yield* textLinesInSteps(text, view.removed, view.traditional ? simplifyRun : undefined);
  const title = findTitle(lines);
  if (!title) return { preamble: [], operative: [] };
  const titleIndex = title.last;
  // The resolution ends at its adoption line or annex; what follows (footnotes, an annex) is laid out otherwise.
  const end = lines.findIndex((line, i) => i > titleIndex && isAdoptionLine(line.read));
  const body = lines.slice(titleIndex + 1, end < 0 ? undefined : end);
  yield;
  const blocks = yield* groupParagraphsInSteps(body, language, isTitleLine);
  const nextTitle = blocks.findIndex(block => isTitleLine(block.lines[0]));
  const { preamble, operative } = yield* classify(nextTitle < 0 ? blocks : blocks.slice(0, nextTitle), language);
  return { title: title.range, preamble, operative };
}
