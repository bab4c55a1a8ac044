// resolint --compare REV1 REV2 and resolint --brackets FILE...: the negotiation commands. Their
// arguments are parsed with the others (args.ts); a revision may be a Word draft, read as resolint
// reads one (a line a paragraph).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createResolutionService, type DraftLanguage } from '../core';
import { compareRevisions } from '../core/compare/revisions';
import { formatJson, formatMarkdown, formatText } from '../core/compare/report';
import { openBrackets } from '../core/negotiation/openBrackets';
import { DocxUnreadable, docxUnreadableMessage } from '../docx';
import type { CompareFormat } from './args';
import { describeFileError } from './inputs';
import { readDraft } from './lint';

const service = createResolutionService();

/** A draft's text; it throws, with a message naming the file, when the file cannot be read as one. */
export type ReadText = (file: string) => Promise<string>;

/** Why a draft of a negotiation command cannot be read: exit status 2, on stderr. */
class UnreadableDraft extends Error {}

/**
 * Runs a command with a reader of drafts (text, or Word read as resolint reads it) whose failure ends
 * the command with a note on stderr and exit status 2. language: of the note on a .docx.
 */
export async function withDraftReader(command: (read: ReadText) => Promise<number>, language: DraftLanguage, cwd: string, writeError: (text: string) => void): Promise<number> {
  const read: ReadText = async file => {
    const path = resolve(cwd, file);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new UnreadableDraft(`cannot read ${file}: ${describeFileError(error, path)}`);
    }
    try {
      const draft = await readDraft(file, bytes);
      if (draft === undefined) throw new UnreadableDraft(`${file}: binary, or not UTF-8 text`);
      return draft.text;
    } catch (error) {
      if (error instanceof DocxUnreadable) throw new UnreadableDraft(`${file}: ${docxUnreadableMessage(error, language)}`);
      throw error;
    }
  };
  try {
    return await command(read);
  } catch (error) {
    if (!(error instanceof UnreadableDraft)) throw error;
    writeError(`resolint: ${error.message}\n`);
    return 2;
  }
}

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
