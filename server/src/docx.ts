// Word drafts (.docx): their paragraphs as text to check, one paragraph a line. The document is read
// by mammoth (loaded on the first .docx: dist/mammoth.js), which gives each paragraph's runs and, for
// a paragraph in a list, its list level, not the number Word prints: numbers are counted here.
// Tracked changes are read as accepted (mammoth reads insertions and drops deletions); comments,
// footnotes, headers and footers are not part of the text. Nothing is ever written to a .docx.
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { DraftLanguage } from './core';

export interface DocxParagraph {
  /** The paragraph as Word shows it, its automatic number included ("1. 决定……"). */
  readonly text: string;
  /** For a paragraph of a numbered list: its level (0 = the list's top level) and the label counted for it. */
  readonly numbering?: { readonly level: number; readonly label: string };
}

export interface DocxText {
  readonly paragraphs: readonly DocxParagraph[];
  /** The paragraphs joined by "\n": line i is paragraph i. */
  readonly text: string;
}

export type DocxUnreadableReason = 'encrypted' | 'legacyWord' | 'notWord' | 'damaged';

/** A file that cannot be read as a Word document, and why. */
export class DocxUnreadable extends Error {
  constructor(readonly reason: DocxUnreadableReason, readonly detail?: string) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
  }
}

/** The code of the diagnostic that says a .docx could not be read. */
export const DOCX_UNREADABLE = 'docx-unreadable';

const MESSAGES: Record<DocxUnreadableReason, Record<DraftLanguage, (detail: string) => string>> = {
  encrypted: {
    en: () => 'This Word document is protected by a password (Word then encrypts the whole file), so it cannot be read. Save a copy without the password and check that copy.',
    zh: () => '该Word文档设有密码（Word会加密整个文件），无法读取。请另存一份不设密码的副本，再检查该副本。',
  },
  legacyWord: {
    en: () => 'This is a Word 97–2003 document (.doc) or another older Office file, not a .docx. Save it as .docx in Word and check that.',
    zh: () => '这是Word 97–2003文档（.doc）或其他旧版Office文件，不是.docx。请在Word中另存为.docx后再检查。',
  },
  notWord: {
    en: detail => `This file is not a Word document (.docx)${detail ? `: ${detail}` : ''}.`,
    zh: detail => `该文件不是Word文档（.docx）${detail ? `：${detail}` : ''}。`,
  },
  damaged: {
    en: detail => `This Word document is damaged and cannot be read${detail ? ` (${detail})` : ''}.`,
    zh: detail => `该Word文档已损坏，无法读取${detail ? `（${detail}）` : ''}。`,
  },
};

export function docxUnreadableMessage(problem: DocxUnreadable, language: DraftLanguage): string {
  return MESSAGES[problem.reason][language](problem.detail ?? '');
}

/** The one error of a .docx that could not be read, at its start. */
export function docxUnreadableDiagnostic(problem: DocxUnreadable, language: DraftLanguage): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 1,
    code: DOCX_UNREADABLE,
    source: 'resolint',
    message: docxUnreadableMessage(problem, language),
  };
}

export function isDocxFile(name: string): boolean {
  return /\.docx$/i.test(name);
}

/**
 * The note `resolint --fix` prints for a file it does not fix, or undefined when it may fix it:
 * a .docx is never written (its findings are still listed).
 */
export function fixSkipNote(file: string): string | undefined {
  return isDocxFile(file) ? `${file}: not fixed: resolint never writes a Word document; its findings are listed` : undefined;
}

const ZIP = [0x50, 0x4b];
/** The signature of an OLE compound file: Word 97–2003 documents, and any password-protected .docx. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted Office document keeps its package in, named in UTF-16LE in the OLE directory. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

const startsWith = (bytes: Uint8Array, signature: number[]): boolean => signature.every((byte, i) => bytes[i] === byte);

/** The paragraphs of a .docx (a path, or the file's bytes). Rejects with DocxUnreadable. */
export async function readDocx(input: string | Uint8Array): Promise<DocxText> {
  const bytes = typeof input === 'string' ? await readFile(input) : input;
  if (startsWith(bytes, OLE)) {
    throw new DocxUnreadable(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'legacyWord');
  }
  if (!startsWith(bytes, ZIP)) throw new DocxUnreadable('notWord');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on the first .docx, see above
  const mammoth = require('mammoth') as typeof import('mammoth');
  let body: MammothElement | undefined;
  try {
    await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, {
      transformDocument: (document: MammothElement) => (body = document),
      // Images are not read (mammoth would otherwise inline every one as base64).
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    // mammoth's words for a zip without word/document.xml (a workbook, a presentation, an ODF file).
    throw new DocxUnreadable(/main document part/i.test(message) ? 'notWord' : 'damaged', message.split('\n')[0]);
  }
  const paragraphs = numberParagraphs(paragraphsOf(body!));
  return { paragraphs, text: paragraphs.map(p => p.text).join('\n') };
}

/** The part of mammoth's document model read here. */
interface MammothElement {
  readonly type: string;
  readonly value?: string;
  readonly children?: readonly MammothElement[];
  readonly numbering?: { readonly level: string; readonly isOrdered: boolean } | null;
}

interface RawParagraph {
  readonly text: string;
  readonly list?: { readonly level: number; readonly ordered: boolean };
}

/** Every paragraph in document order, those in table cells included. */
function paragraphsOf(element: MammothElement, out: RawParagraph[] = []): RawParagraph[] {
  if (element.type === 'paragraph') {
    const list = element.numbering ? { level: Number(element.numbering.level) || 0, ordered: element.numbering.isOrdered } : undefined;
    out.push({ text: textOf(element), list });
  } else {
    for (const child of element.children ?? []) paragraphsOf(child, out);
  }
  return out;
}

/** A paragraph's text: a tab stays a tab, a line break inside the paragraph becomes a space. */
function textOf(element: MammothElement): string {
  switch (element.type) {
    case 'text': return element.value ?? '';
    case 'tab': return '\t';
    case 'break': return ' ';
    default: return (element.children ?? []).map(textOf).join('');
  }
}

/**
 * Numbers as a UN resolution prints them, counted from list levels: 1. 2. 3. at the top level,
 * (a) (b) under it, (i) (ii) under those. A number counts on across unnumbered paragraphs (Word's
 * own behaviour within one list); a new top-level number restarts the levels below it. mammoth does
 * not say which list a paragraph belongs to or where a list restarts, so all lists count as one.
 */
function numberParagraphs(raw: readonly RawParagraph[]): DocxParagraph[] {
  const counters: number[] = [];
  return raw.map(({ text, list }) => {
    if (!list?.ordered) return { text };
    counters.length = list.level + 1;
    counters[list.level] = (counters[list.level] ?? 0) + 1;
    for (let level = 0; level < list.level; level++) counters[level] ??= 1;
    const label = levelLabel(list.level, counters[list.level]);
    return { text: `${label} ${text}`, numbering: { level: list.level, label } };
  });
}

function levelLabel(level: number, count: number): string {
  if (level === 0) return `${count}.`;
  if (level === 1) return `(${'abcdefghijklmnopqrstuvwxyz'[(count - 1) % 26].repeat(Math.ceil(count / 26))})`;
  if (level === 2) return `(${roman(count)})`;
  return `(${count})`;
}

function roman(count: number): string {
  const numerals: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = count;
  let out = '';
  for (const [value, numeral] of numerals) for (; rest >= value; rest -= value) out += numeral;
  return out;
}

const EXCERPT_CONTEXT = 12;
/** A long range is shown by its start. */
const EXCERPT_RANGE = 40;

/**
 * A short excerpt of paragraph text around [start, end) for a drafter to find the place in Word:
 * up to 12 characters either side (and the first 40 of a longer range), "…" where it is cut, never
 * inside a surrogate pair.
 */
export function paragraphExcerpt(text: string, start: number, end: number): string {
  const low = (i: number) => (i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00 ? i - 1 : i);
  const from = low(Math.max(0, start - EXCERPT_CONTEXT));
  const to = low(Math.min(text.length, Math.min(Math.max(end, start + 1), start + EXCERPT_RANGE) + EXCERPT_CONTEXT));
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/** Each diagnostic of a Word draft with the excerpt of its paragraph (line i is paragraph i). */
export function withExcerpts(diagnostics: Diagnostic[], paragraphs: readonly DocxParagraph[]): (Diagnostic & { excerpt: string })[] {
  return diagnostics.map(d => {
    const text = paragraphs[d.range.start.line]?.text ?? '';
    const end = d.range.end.line === d.range.start.line ? d.range.end.character : text.length;
    return { ...d, excerpt: paragraphExcerpt(text, d.range.start.character, end) };
  });
}
