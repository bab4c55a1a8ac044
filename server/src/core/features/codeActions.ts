import type { CodeAction, Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../parse/document';
import { renumberTitle } from '../rules/operativeNumbering';
import type { Finding, Fix, Rule, RuleContext, TextEdit as RuleEdit } from '../rules/rule';
import type { DraftLanguage } from '../types';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from './diagnostics';
import { renumberEdits } from './renumber';

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

const fixAllTitle: Record<DraftLanguage, (id: string) => string> = {
  zh: id => `修正本文件中所有 ${id} 问题`,
  en: id => `Fix all ${id} problems in this file`,
};

export interface CodeActionOptions {
  rules: readonly Rule[];
  context: RuleContext;
}

/**
 * Quick fixes for our diagnostics in range (each fix travels in its diagnostic's data), and for a
 * rule marked fixAll one more action that applies all of that rule's fixes in the document.
 */
export function getCodeActions(document: ResolutionDocument, uri: string, range: Range, diagnostics: readonly Diagnostic[], options: CodeActionOptions): CodeAction[] {
  const actions: CodeAction[] = [];
  const fixAllOffered = new Set<string>();
  const lspEdits = (edits: Iterable<RuleEdit>): TextEdit[] => Array.from(edits, edit => ({ range: document.lines.rangeOf(edit.range), newText: edit.newText }));
  for (const diagnostic of diagnostics) {
    const fix = (diagnostic.data as DiagnosticData | undefined)?.fix;
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || !fix || !overlaps(diagnostic.range, range)) continue;
    const rule = options.rules.find(r => r.id === diagnostic.code);
    // A whole-document fix is the same on every finding of the rule: the first finding's.
    const edits = fix.edits ?? (rule && fix.wholeDocument ? lspEdits(firstFix(rule.check(document, options.context))?.edits ?? []) : []);
    if (edits.length > 0) actions.push({ title: fix.title, kind: 'quickfix', diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [uri]: edits } } });
    if (rule?.fixAll && !fixAllOffered.has(rule.id)) {
      fixAllOffered.add(rule.id);
      const all = lspEdits(allFixEdits(rule.check(document, options.context)));
      if (all.length > 1) actions.push({ title: fixAllTitle[options.context.messageLanguage](rule.id), kind: 'quickfix', edit: { changes: { [uri]: all } } });
    }
  }
  return actions;
}

function firstFix(findings: Iterable<Finding>): Fix | undefined {
  for (const finding of findings) if (finding.fix) return finding.fix;
  return undefined;
}

function* allFixEdits(findings: Iterable<Finding>): Generator<RuleEdit> {
  for (const finding of findings) if (finding.fix) yield* finding.fix.edits;
}

/** The "Renumber operative paragraphs" edit, or null when the numbering is already right. */
export function getRenumberEdit(document: ResolutionDocument, uri: string): WorkspaceEdit | null {
  const edits = renumberEdits(document);
  if (edits.length === 0) return null;
  return { changes: { [uri]: edits.map(edit => ({ range: document.lines.rangeOf(edit.range), newText: edit.newText })) } };
}

export { renumberTitle };
