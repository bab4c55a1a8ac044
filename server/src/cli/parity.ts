// resolint --parity ZH EN: whether the Chinese and the English text of a draft say the same
// (core/compare/parity.ts). Text: a line per mismatch with the place in each file and the message as
// the first file reads it; json: both texts' counts and each mismatch with both places. A file may be
// a Word draft, read as resolint reads one (negotiation.ts).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createResolutionService, type DraftLanguage, type ResolutionDocument } from '../core';
import type { ReadText } from './negotiation';

const service = createResolutionService();

const WORDS = {
  zh: {
    counts: (pp: string, op: string) => `序言部分 ${pp} 段，执行部分 ${op} 段`,
    agree: '两个文本一致。',
    mismatches: (n: number) => `共 ${n} 处不一致。`,
  },
  en: {
    counts: (pp: string, op: string) => `preambular paragraphs ${pp}, operative paragraphs ${op}`,
    agree: 'The texts agree.',
    mismatches: (n: number) => `${n} mismatch${n === 1 ? '' : 'es'}.`,
  },
} as const;

/** 0-based LSP position as files are cited on a terminal: line:column, 1-based. */
const at = (file: string, position: { line: number; character: number }) => `${file}:${position.line + 1}:${position.character + 1}`;

/** Exit status 0 when the texts agree, 1 when they differ. lang: of the messages; default the first text's language. */
export async function parityCommand(
  leftFile: string, rightFile: string, format: 'text' | 'json', lang: DraftLanguage | undefined, cwd: string, read: ReadText, write: (text: string) => void,
): Promise<number> {
  const left = service.parse(await read(leftFile));
  const right = service.parse(await read(rightFile));
  const language = lang ?? left.language;
  const comparison = service.compareParity(left, right);
  const uri = (file: string) => pathToFileURL(resolve(cwd, file)).href;
  const diagnostics = service.getParityDiagnostics(left, right, { leftUri: uri(leftFile), rightUri: uri(rightFile), messageLanguage: language });
  const { counts, mismatches } = comparison;
  if (format === 'json') {
    const side = (file: string, document: ResolutionDocument, which: 'left' | 'right') => ({
      file, language: document.language, preambular: counts[which].PP, operative: counts[which].OP,
    });
    write(JSON.stringify({
      left: side(leftFile, left, 'left'),
      right: side(rightFile, right, 'right'),
      mismatches: mismatches.map((mismatch, i) => ({
        kind: mismatch.kind, section: mismatch.section,
        left: { label: mismatch.left.label, values: mismatch.left.values, range: diagnostics.left[i].range, message: diagnostics.left[i].message },
        right: { label: mismatch.right.label, values: mismatch.right.values, range: diagnostics.right[i].range, message: diagnostics.right[i].message },
      })),
    }, null, 2) + '\n');
  } else {
    const words = WORDS[language];
    write(`${leftFile} ↔ ${rightFile}: ${words.counts(`${counts.left.PP} ↔ ${counts.right.PP}`, `${counts.left.OP} ↔ ${counts.right.OP}`)}\n`);
    diagnostics.left.forEach((diagnostic, i) => {
      write(`${at(leftFile, diagnostic.range.start)}  ${at(rightFile, diagnostics.right[i].range.start)}  ${diagnostic.message}  ${diagnostic.code}\n`);
    });
    write(`${mismatches.length === 0 ? words.agree : words.mismatches(mismatches.length)}\n`);
  }
  return mismatches.length === 0 ? 0 : 1;
}
