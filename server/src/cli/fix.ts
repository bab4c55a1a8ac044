// resolint --fix: the fixes that cannot change what a draft means, applied until nothing changes.
// A changed year or date may mean a wrong number, not a wrong year: those fixes stay in the editor,
// where the drafter reads them one by one.
import { createTwoFilesPatch } from 'diff';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../core';
import type { DiagnosticData } from '../core/features/diagnostics';

export const SAFE_FIX_RULES: ReadonlySet<string> = new Set(['citation-form', 'punctuation-width', 'preamble-punctuation', 'operative-punctuation', 'operative-numbering']);

/** A fixed text would stop changing long before this; the bound keeps two fixes that undo each other from looping. */
const MAX_PASSES = 10;

export interface Checked {
  readonly document: ResolutionDocument;
  readonly diagnostics: readonly Diagnostic[];
  /** The edits of a rule's whole-document fix (renumbering), which its diagnostics carry by title only. */
  readonly wholeDocumentEdits?: (ruleId: string) => readonly TextEdit[];
}

export interface FixResult {
  readonly text: string;
  /** Fixes applied, by rule id; empty when nothing changed. */
  readonly fixes: Readonly<Record<string, number>>;
  /** The check of the fixed text. */
  readonly checked: Checked;
}

/**
 * Applies the safe fixes of `check(text)`, then checks again and applies those of the new text, until
 * none is left. In one pass a fix whose edits overlap an earlier fix waits for the next pass.
 */
export function fixText(text: string, check: (text: string) => Checked): FixResult {
  const fixes: Record<string, number> = {};
  let checked = check(text);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits: { start: number; end: number; newText: string }[] = [];
    for (const diagnostic of checked.diagnostics) {
      const fix = (diagnostic.data as DiagnosticData | undefined)?.fix;
      if (!fix || !SAFE_FIX_RULES.has(String(diagnostic.code))) continue;
      const { lines } = checked.document;
      const own = (fix.edits ?? checked.wholeDocumentEdits?.(String(diagnostic.code)) ?? []).map(e => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }));
      if (own.some(e => edits.some(taken => e.start < taken.end && taken.start < e.end || (e.start === e.end && e.start === taken.start)))) continue;
      edits.push(...own);
      fixes[String(diagnostic.code)] = (fixes[String(diagnostic.code)] ?? 0) + 1;
    }
    if (edits.length === 0) break;
    edits.sort((a, b) => b.start - a.start);
    text = edits.reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
    checked = check(text);
  }
  return { text, fixes, checked };
}

/** What --fix-dry-run prints for one file: a unified diff, empty when nothing changes. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 });
}
