// Shared by the tests: fixtures, a `|` cursor marker, and the core's answers in short form.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createResolutionService } from '../server/src/core';

export const service = createResolutionService();

/** A table of the official texts' answer key (test/fixtures/official/*.tsv), one record per row by column name. */
export function officialTable(name: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(join(__dirname, 'fixtures', 'official', name), 'utf8').trimEnd().split('\n');
  const columns = head.split('\t');
  return rows.map(row => Object.fromEntries(row.split('\t').map((cell, i) => [columns[i], cell])));
}

export function fixture(name: string): string {
  return readFileSync(join(__dirname, 'fixtures', name), 'utf8');
}

/** 'ab|c' → { text: 'abc', offset: 2 }: tests read like the text they check. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0 || marked.indexOf('|', offset + 1) >= 0) throw new Error(`expected one | in ${marked}`);
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/** The diagnostics of a text, optionally only one rule's, with the text each one covers. */
export function diagnose(text: string, code?: string, messageLanguage?: 'zh' | 'en') {
  const document = service.parse(text);
  const diagnostics = service.getDiagnostics(document, { messageLanguage }) ?? [];
  return diagnostics
    .filter(d => code === undefined || d.code === code)
    .map(d => ({ ...d, covered: text.slice(document.lines.offsetAt(d.range.start), document.lines.offsetAt(d.range.end)) }));
}

/** The one finding of a rule in a text; fails when there is none or more than one. */
export function onlyFinding(text: string, code: string, messageLanguage?: 'zh' | 'en') {
  const found = diagnose(text, code, messageLanguage);
  if (found.length !== 1) throw new Error(`expected one ${code} in ${JSON.stringify(text)}, got ${found.length}: ${found.map(d => d.message).join(' / ')}`);
  return found[0];
}

/** The code actions for diagnostics less the comments that disable a rule, which every finding offers. */
export function fixActions(...[document, uri, range, diagnostics, options]: Parameters<typeof service.getCodeActions>) {
  return service.getCodeActions(document, uri, range, diagnostics, options).filter(a => !JSON.stringify(a.edit ?? {}).includes('resolint-disable'));
}

/** Applies the quick fix of a diagnostic to the text, as the editor gets it: through a code action. */
export function applyFix(text: string, diagnostic: Diagnostic): string {
  const document = service.parse(text);
  const uri = 'file:///draft.unres';
  const action = fixActions(document, uri, diagnostic.range, [diagnostic]).find(a => a.diagnostics?.includes(diagnostic));
  const changes = action?.edit?.changes?.[uri];
  if (!changes) throw new Error('diagnostic has no fix');
  const edits = changes
    .map(e => ({ start: document.lines.offsetAt(e.range.start), end: document.lines.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  return edits.reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}
