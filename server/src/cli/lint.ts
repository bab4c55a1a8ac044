// Checking one draft, from its path (or the text of standard input) and what its configuration says:
// reading (a Word draft through mammoth, one paragraph a line), the check, fixing (written here) and
// the source lines its findings are on. The same function runs in the main thread and in the worker
// threads, so that the main thread neither reads nor holds the texts of many files.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { createResolutionService, fileKind, shouldCheck, type DraftDetection, type DraftLanguage, type DraftStage, type ResolutionDocument, type RuleLevels } from '../core';
import { looksBinary } from '../core/limits';
import { DocxUnreadable, docxUnreadableDiagnostic, isDocxFile, readDocx, withExcerpts, type DocxParagraph } from '../docx';
import { utf8Text } from '../utf8';
import { fixText, unifiedDiff } from './fix';
import { reported, severityCounts, type FileResult, type Finding, type RenderedFile, type Reporting } from './formats/result';
import { formatTextFile, painter } from './formats/text';
import { describeFileError } from './inputs';
import type { RunFiles } from './workspace';

export interface LintTask {
  /** As printed; its extension decides the kind of file. */
  readonly file: string;
  /** The absolute path, from which the workspace glossary is looked for. */
  readonly path: string;
  /** Standard input, already read; otherwise the file is read from path. */
  readonly stdin?: Uint8Array;
  readonly explicit: boolean;
  readonly detection: DraftDetection;
  /** The draft's language when the configuration names it. */
  readonly language?: DraftLanguage;
  /** The glossary file the configuration names; undefined: the nearest .resolution-terms.json. */
  readonly glossary?: string;
  /** The record file the configuration names; undefined: the nearest .resolution-record.json. */
  readonly record?: string;
  /** final (--final, or the configuration's stage): brackets and proposal tags left are warnings. */
  readonly stage: DraftStage;
  readonly levels: RuleLevels;
  readonly messageLanguage?: DraftLanguage;
  readonly reportUnusedDisable: boolean;
  /** write: apply the safe fixes to the file; diff: describe them; stdin: return the fixed text. */
  readonly fix?: 'write' | 'diff' | 'stdin';
  /** Keep each diagnostic's quick fix (`data`): only the json format prints it, and it is half of what a thread sends back. */
  readonly keepData?: boolean;
  /**
   * Write the text format's lines for the file here (in the worker thread that checks it), with its
   * colours and what --hints and --quiet leave: the thread then sends back a string and counts instead
   * of every finding and source line, and the main thread has little to read, hold and format.
   */
  readonly render?: Reporting & { readonly color: boolean };
}

export interface LintOutcome {
  /** Why the file could not be read. */
  readonly error?: string;
  readonly skipped?: 'binary';
  /** Every diagnostic, hints included (what is printed is chosen later); those of a Word draft with their excerpt. */
  readonly diagnostics: Finding[];
  /** The lines the diagnostics start on, by 0-based number: the source lines of the text format. */
  readonly lines: Readonly<Record<number, string>>;
  /** With the task's render: the file's text-format lines; diagnostics and lines are then empty. */
  readonly rendered?: RenderedFile;
  /** Fixes applied (or that --fix-dry-run would apply), by rule id, when something changed. */
  readonly fixes?: Readonly<Record<string, number>>;
  readonly diff?: string;
  readonly fixedText?: string;
}

const service = createResolutionService();
const BOM = 0xfeff;

/** The text of a draft as editors show it (no byte-order mark), or undefined for a binary file or one that is not UTF-8. */
export function decodeDraft(bytes: Uint8Array): string | undefined {
  const text = utf8Text(bytes);
  if (text === undefined || looksBinary(text)) return undefined;
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}

/** The line each finding starts on, for code frames: read from the document's line index, not by splitting the text. */
function linesOf({ lines }: ResolutionDocument, diagnostics: readonly Diagnostic[]): Record<number, string> {
  const shown: Record<number, string> = {};
  for (const { range: { start: { line } } } of diagnostics) {
    shown[line] ??= lines.text.slice(lines.offsetAt({ line, character: 0 }), lines.offsetAt({ line, character: Number.MAX_SAFE_INTEGER }));
  }
  return shown;
}

/**
 * The text to check from a file's bytes: a Word draft's paragraphs, one a line (it rejects with
 * DocxUnreadable), or a text file's; undefined for a binary file or one that is not UTF-8.
 */
export async function readDraft(file: string, bytes: Uint8Array): Promise<{ text: string; paragraphs?: readonly DocxParagraph[] } | undefined> {
  if (!isDocxFile(file)) {
    const text = decodeDraft(bytes);
    return text === undefined ? undefined : { text };
  }
  return readDocx(bytes);
}

function render(file: string, { diagnostics, lines }: Pick<LintOutcome, 'diagnostics' | 'lines'>, options: Reporting & { readonly color: boolean }): RenderedFile {
  const result: FileResult = { file, diagnostics: reported(diagnostics, options), sourceLines: lines };
  return { text: formatTextFile(result, painter(options.color)), counts: severityCounts(result) };
}

/** files: the workspace files of this run (each run, and each worker thread, reads them anew). */
export async function lint(task: LintTask, files: RunFiles): Promise<LintOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = task.stdin ?? readFileSync(task.path);
  } catch (error) {
    return { error: describeFileError(error, task.path), diagnostics: [], lines: {} };
  }
  let read;
  try {
    read = await readDraft(task.file, bytes);
  } catch (error) {
    // A broken, encrypted or non-Word .docx: one error on it, and the other files are still checked.
    if (error instanceof DocxUnreadable) return { diagnostics: [docxUnreadableDiagnostic(error, task.messageLanguage ?? 'en')], lines: {} };
    throw error;
  }
  if (read === undefined) return { skipped: 'binary', diagnostics: [], lines: {} };
  const { text, paragraphs } = read;
  const glossaryFile = files.glossaries.fileFor(task.path, task.glossary);
  const record = files.records.recordFor(task.path, task.record);
  const uri = pathToFileURL(task.path).href;

  // A .docx named explicitly is a draft; one found in a folder is checked when it reads like a UN text, as a .txt.
  const kind = paragraphs ? (task.explicit ? 'draft' : 'text') : fileKind(task.file);
  const check = (draft: string) => {
    const document = service.parse(draft, { glossary: glossaryFile?.glossary, language: task.language });
    const checked = shouldCheck(document, task.explicit && kind === 'other' ? 'draft' : kind, task.detection);
    const diagnostics = checked
      ? service.getDiagnostics(document, {
        messageLanguage: task.messageLanguage, rules: task.levels, reportUnusedDisable: task.reportUnusedDisable, record, stage: task.stage, uri,
      }) ?? []
      : [];
    // Made once per rule and text: every finding of operative-numbering has the same renumbering.
    const wholeDocument = new Map<string, readonly TextEdit[]>();
    const wholeDocumentEdits = (rule: string) => wholeDocument.get(rule) ?? wholeDocument.set(rule,
      service.resolveCodeAction(document, { title: rule, data: { uri, rule, all: false } }, { record }).edit?.changes?.[uri] ?? []).get(rule)!;
    return { document, diagnostics, wholeDocumentEdits };
  };
  const kept = (diagnostics: readonly Diagnostic[]): Finding[] => {
    const shown = task.keepData ? diagnostics as Diagnostic[] : diagnostics.map(({ data: _, ...rest }) => rest);
    return paragraphs ? withExcerpts(shown, paragraphs) : shown;
  };
  // A Word draft is never fixed: the main thread gives its task no fix, and notes it.
  if (!task.fix || paragraphs) {
    const checked = check(text);
    const diagnostics = kept(checked.diagnostics);
    const outcome = { diagnostics, lines: linesOf(checked.document, diagnostics) };
    return task.render ? { diagnostics: [], lines: {}, rendered: render(task.file, outcome, task.render) } : outcome;
  }
  const fixed = fixText(text, check);
  const diagnostics = kept(fixed.checked.diagnostics);
  const outcome = { diagnostics, lines: linesOf(fixed.checked.document, diagnostics) };
  if (task.fix === 'stdin') return { ...outcome, fixedText: fixed.text, ...fixed.text !== text && { fixes: fixed.fixes } };
  if (fixed.text === text) return outcome;
  if (task.fix === 'diff') return { ...outcome, fixes: fixed.fixes, diff: unifiedDiff(task.file, text, fixed.text) };
  // The byte-order mark the file had is kept.
  writeFileSync(task.path, (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : '') + fixed.text);
  return { ...outcome, fixes: fixed.fixes };
}
