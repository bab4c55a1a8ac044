// The structure of a resolution: the title line (安全理事会， / The Security Council,), preambular
// paragraphs, and numbered operative paragraphs with sub-items (a), (b) and (i), (ii).
import type { DraftLanguage, OffsetRange } from '../types';
import { groupParagraphs, OPERATIVE_NUMBER, SUB_ITEM_LABEL, textLines, type Block, type TextLine } from './paragraphs';

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
  readonly number: number;
  readonly numberRange: OffsetRange;
}

export interface ResolutionStructure {
  /** The title line; absent when the text is not a resolution (a letter, a report). */
  readonly title?: OffsetRange;
  readonly preamble: readonly PreambularParagraph[];
  readonly operative: readonly OperativeParagraph[];
}

const TITLE = /^(?:安全理事会|大会|经济及社会理事会|The Security Council|The General Assembly|The Economic and Social Council)\s*[，,]?$/;

export function isTitleLine(line: TextLine): boolean {
  return TITLE.test(line.text);
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

/** Builds the structure from the paragraphs that follow the title line. */
function classify(blocks: readonly Block[]): Pick<ResolutionStructure, 'preamble' | 'operative'> {
  const preamble: PreambularParagraph[] = [];
  const operative: OperativeParagraph[] = [];
  let previousEnd = '';
  for (const block of blocks) {
    const range = blockRange(block);
    const lastText = previousEnd;
    previousEnd = block.lines[block.lines.length - 1].text;
    const first = block.lines[0];
    const number = OPERATIVE_NUMBER.exec(first.text);
    const label = SUB_ITEM_LABEL.exec(first.text);
    const owner: PreambularParagraph[] = operative.length > 0 ? operative : preamble;
    const parent = owner[owner.length - 1];
    if (number) {
      const start = first.range.start;
      operative.push({
        number: Number(number[1]),
        numberRange: { start, end: start + number[1].length },
        range,
        bodyStart: start + number[0].length,
        subItems: [],
      });
    } else if (label && parent) {
      const start = first.range.start;
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
    } else if (operative.length > 0) {
      // Unnumbered text after the operative part began: the rest of the last paragraph, unless that
      // paragraph closed the resolution with 。 (what follows is an annex or a footnote).
      if (/[。.]$/.test(lastText)) break;
      owner[owner.length - 1] = extend(parent, range.end);
    } else {
      preamble.push({ range, bodyStart: first.range.start, subItems: [] });
    }
  }
  return { preamble, operative };
}

/** Any title line at all: one search, so that letters and reports cost no line splitting. */
const ANY_TITLE = /^[ \t\u3000]*(?:安全理事会|大会|经济及社会理事会|The Security Council|The General Assembly|The Economic and Social Council)[ \t\u3000]*[，,]?[ \t\u3000]*$/m;

/** Finds the first title line and reads the resolution that follows it. */
export function parseStructure(text: string, language: DraftLanguage): ResolutionStructure {
  if (!ANY_TITLE.test(text)) return { preamble: [], operative: [] };
  const lines = textLines(text);
  const titleIndex = lines.findIndex(isTitleLine);
  if (titleIndex < 0) return { preamble: [], operative: [] };
  const body = lines.slice(titleIndex + 1);
  const blocks = groupParagraphs(body, language, isTitleLine);
  const nextTitle = blocks.findIndex(block => isTitleLine(block.lines[0]));
  const { preamble, operative } = classify(nextTitle < 0 ? blocks : blocks.slice(0, nextTitle));
  return { title: lines[titleIndex].range, preamble, operative };
}
