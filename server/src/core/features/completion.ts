// Completion: the year of a cited resolution from the record, and paragraph openers that fit where
// the cursor stands (preamble or operative part).
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import type { ResolutionRecord } from '../data/record';
import { formatDate, resolutionSymbol } from '../format';
import {
  CHINESE_OPERATIVE_OPENERS, CHINESE_PREAMBULAR_OPENERS, ENGLISH_OPERATIVE_OPENERS, ENGLISH_PREAMBULAR_OPENERS,
} from '../parse/openers';
import type { ResolutionDocument } from '../parse/document';
import { OPERATIVE_NUMBER } from '../parse/lines';
import { termCompletion } from './termCompletion';

export interface CompletionOptions {
  record: ResolutionRecord;
}

/** 第2341( → 2017)号决议;  、2341（ → 2017）号决议;  resolution 2341 ( → 2017);  S/RES/2341( → 2017) */
const CHINESE_OPEN_YEAR = /(?:第|、|和|及)\s*(\d{1,5})\s*([(（])$/;
const ENGLISH_OPEN_YEAR = /(?:\bresolutions?\s+|,\s*|\band\s+|S\/RES\/)(\d{1,5})\s*\($/;

function yearCompletion(document: ResolutionDocument, before: string, record: ResolutionRecord): CompletionItem[] {
  const chinese = CHINESE_OPEN_YEAR.exec(before);
  const english = chinese ? null : ENGLISH_OPEN_YEAR.exec(before);
  const number = Number((chinese ?? english)?.[1]);
  const recorded = number ? record.get(number) : undefined;
  if (!recorded) return [];
  const year = recorded.adopted.year;
  const close = chinese?.[2] === '（' ? '）' : ')';
  const text = chinese ? `${year}${close}号决议` : `${year})`;
  return [{
    label: text,
    kind: CompletionItemKind.Value,
    detail: `${resolutionSymbol(number, year)} · ${formatDate(recorded.adopted, document.language)}`,
    documentation: recorded.titleEn,
    insertText: text,
    preselect: true,
  }];
}

/** Operative when the line is numbered or the cursor is past the first operative paragraph. */
function inOperativePart(document: ResolutionDocument, offset: number, lineBefore: string): boolean {
  if (OPERATIVE_NUMBER.test(lineBefore.trimStart())) return true;
  const first = document.structure.operative[0];
  return first !== undefined && offset >= first.range.start;
}

function openerCompletion(document: ResolutionDocument, offset: number, lineBefore: string): CompletionItem[] {
  const structure = document.structure;
  if (!structure.title || offset <= structure.title.end) return [];
  // Only at the start of a paragraph: nothing typed yet, a number, or the first characters of a word.
  const typed = lineBefore.trimStart().replace(OPERATIVE_NUMBER, '');
  if (!/^[\p{L}]{0,6}$/u.test(typed)) return [];
  const operative = inOperativePart(document, offset, lineBefore);
  const zh = document.language === 'zh';
  const openers = operative
    ? (zh ? CHINESE_OPERATIVE_OPENERS : ENGLISH_OPERATIVE_OPENERS)
    : (zh ? CHINESE_PREAMBULAR_OPENERS : ENGLISH_PREAMBULAR_OPENERS);
  return openers.map((opener, index) => ({
    label: opener,
    kind: CompletionItemKind.Keyword,
    detail: operative ? (zh ? '执行段落' : 'operative paragraph') : (zh ? '序言段落' : 'preambular paragraph'),
    insertText: zh ? opener : `${opener} `,
    insertTextFormat: InsertTextFormat.PlainText,
    sortText: String(index).padStart(3, '0'),
  }));
}

export function doComplete(document: ResolutionDocument, offset: number, { record }: CompletionOptions): CompletionItem[] {
  const text = document.text;
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const lineBefore = text.slice(lineStart, offset);
  // A citation broken over lines keeps its number on the line before: look back a little further.
  const before = text.slice(Math.max(0, offset - 40), offset);
  const years = yearCompletion(document, before, record);
  return years.length > 0 ? years : [...openerCompletion(document, offset, lineBefore), ...termCompletion(document, offset)];
}
