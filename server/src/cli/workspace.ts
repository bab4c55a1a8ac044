// The workspace files a draft is checked with: its glossary (.resolution-terms.json) and its record
// (.resolution-record.json), the nearest above it or those its configuration names. Each run, and
// each worker thread, reads them anew; the main thread reports their problems, once each.
import { relative } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { DraftLanguage } from '../core';
import { WorkspaceGlossaries } from '../workspaceGlossary';
import { WorkspaceRecords } from '../workspaceRecord';
import type { FileResult } from './formats/result';

export interface RunFiles {
  readonly glossaries: WorkspaceGlossaries;
  readonly records: WorkspaceRecords;
}

/** What a thread reads: the files, without reporting (the main thread does). */
export function silentRunFiles(): RunFiles {
  return { glossaries: new WorkspaceGlossaries(), records: new WorkspaceRecords() };
}

/** A file of problems (a broken configuration, glossary or record) as a result of its own, with the lines its problems are on. */
export function problemResult<Problem>(
  path: string, cwd: string, text: string, problems: readonly Problem[],
  toDiagnostics: (text: string, problems: readonly Problem[], language: DraftLanguage) => Diagnostic[], language: DraftLanguage,
): FileResult {
  const diagnostics = toDiagnostics(text, problems, language);
  const lines = text.split(/\r\n|\r|\n/);
  return { file: relative(cwd, path), diagnostics, sourceLines: Object.fromEntries(diagnostics.map(d => [d.range.start.line, lines[d.range.start.line]])) };
}

/** The note on stderr for each broken record file: resolint exits 2 on it, as on a bad option. */
export function brokenRecordNote(paths: readonly string[], cwd: string): string {
  return paths.map(path => `resolint: ${relative(cwd, path)}: broken, not used: the built-in record was used instead\n`).join('');
}
