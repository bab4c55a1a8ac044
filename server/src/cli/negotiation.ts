// resolint --compare REV1 REV2 and resolint --brackets FILE...: the negotiation commands. Their
// arguments are parsed with the others (args.ts); a revision may be a Word draft, read as resolint
// reads one (a line a paragraph).
import { createResolutionService, type DraftLanguage } from '../core';
import { compareRevisions } from '../core/compare/revisions';
import { formatJson, formatMarkdown, formatText } from '../core/compare/report';
import { openBrackets } from '../core/negotiation/openBrackets';
import type { CompareFormat } from './args';

const service = createResolutionService();

/** A draft's text; it throws, with a message naming the file, when the file cannot be read as one. */
export type ReadText = (file: string) => Promise<string>;

/** What changed from one revision to the next, in the later one's language unless lang says otherwise. Exit status 0 whatever changed. */
export async function compareCommand(
  earlierFile: string, laterFile: string, format: CompareFormat, lang: DraftLanguage | undefined, read: ReadText, write: (text: string) => void,
): Promise<number> {
  const earlier = service.parse(await read(earlierFile));
  const later = service.parse(await read(laterFile));
  const comparison = compareRevisions(earlier, later);
  const language = lang ?? later.language;
  write(format === 'json' ? formatJson(comparison)
    : format === 'markdown' ? formatMarkdown(comparison, language, { earlier: earlierFile, later: laterFile })
      : formatText(comparison, language));
  return 0;
}

/** Every open bracket and Option block of each file, one line each (`file:line:col LABEL text`) or as JSON. Exit status 0. */
export async function bracketsCommand(files: readonly string[], format: 'text' | 'json', read: ReadText, write: (text: string) => void): Promise<number> {
  const listed: { file: string; brackets: ReturnType<typeof openBrackets> }[] = [];
  for (const file of files) listed.push({ file, brackets: openBrackets(service.parse(await read(file))) });
  if (format === 'json') {
    write(JSON.stringify(listed, null, 2) + '\n');
  } else {
    for (const { file, brackets } of listed) {
      for (const b of brackets) write(`${file}:${b.line}:${b.column} ${b.label || '-'} ${b.excerpt}\n`);
    }
  }
  return 0;
}
