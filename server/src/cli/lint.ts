// Checking one draft: the text and what its configuration says in, its diagnostics (and fixed text)
// out. The same function runs in the main thread and in the worker threads.
import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createResolutionService, fileKind, shouldCheck, type DraftDetection, type DraftLanguage, type RuleLevels } from '../core';
import { looksBinary } from '../core/limits';
import { WorkspaceGlossaries } from '../workspaceGlossary';
import { fixText } from './fix';

export interface LintTask {
  /** As printed; its extension decides the kind of file. */
  readonly file: string;
  /** The absolute path, from which the workspace glossary is looked for. */
  readonly path: string;
  readonly text: string;
  readonly explicit: boolean;
  readonly detection: DraftDetection;
  /** The draft's language when the configuration names it. */
  readonly language?: DraftLanguage;
  /** The glossary file the configuration names; undefined: the nearest .resolution-terms.json. */
  readonly glossary?: string;
  readonly levels: RuleLevels;
  readonly messageLanguage?: DraftLanguage;
  readonly reportUnusedDisable: boolean;
  readonly fix: boolean;
}

export interface LintOutcome {
  /** Every diagnostic, hints included (what is printed is chosen later). */
  readonly diagnostics: Diagnostic[];
  /** With fix: the fixed text, and the fixes by rule id, when something changed. */
  readonly fixedText?: string;
  readonly fixes?: Readonly<Record<string, number>>;
}

const service = createResolutionService();

/** glossaries: the workspace glossaries of this run (each run, and each worker thread, reads them anew). */
export function lint(task: LintTask, glossaries: WorkspaceGlossaries): LintOutcome {
  const glossary = glossaries.glossaryFor(task.path, task.glossary);
  const kind = fileKind(task.file);
  const check = (text: string) => {
    const document = service.parse(text, { glossary, language: task.language });
    const checked = shouldCheck(document, task.explicit && kind === 'other' ? 'draft' : kind, task.detection);
    const diagnostics = checked
      ? service.getDiagnostics(document, { messageLanguage: task.messageLanguage, rules: task.levels, reportUnusedDisable: task.reportUnusedDisable }) ?? []
      : [];
    return { document, diagnostics };
  };
  if (!task.fix) return { diagnostics: check(task.text).diagnostics as Diagnostic[] };
  const fixed = fixText(task.text, check);
  const changed = fixed.text !== task.text;
  return { diagnostics: fixed.checked.diagnostics as Diagnostic[], ...changed ? { fixedText: fixed.text, fixes: fixed.fixes } : {} };
}

/** The text of a draft as editors show it (no byte-order mark), or undefined for a binary file or one that is not UTF-8. */
export function decodeDraft(bytes: Uint8Array): string | undefined {
  // isUtf8 checks natively, several times faster than a fatal TextDecoder on many files.
  if (!isUtf8(bytes)) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (looksBinary(text)) return undefined;
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
