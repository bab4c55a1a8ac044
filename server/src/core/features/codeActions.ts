import type { CodeAction, Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../parse/document';
import { renumberTitle } from '../rules/operativeNumbering';
import type { Rule, RuleContext } from '../rules/rule';
import type { DraftLanguage } from '../types';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from './diagnostics';
import { getDisableActions } from './disableActions';
import { applyDirectives } from './suppressions';
import { renumberEdits } from '../rules/renumber';

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
 * Quick fixes for our diagnostics in range (each fix travels in its diagnostic's data), for a rule
 * marked fixAll one more action that applies all of that rule's fixes in the document, and then the
 * actions that disable a rule for the line or the file.
 */
export function getCodeActions(document: ResolutionDocument, uri: string, range: Range, diagnostics: readonly Diagnostic[], options: CodeActionOptions): CodeAction[] {
  const actions: CodeAction[] = [];
  const fixAllOffered = new Set<string>();
  const ours = diagnostics.filter(diagnostic => diagnostic.source === DIAGNOSTIC_SOURCE && overlaps(diagnostic.range, range));
  for (const diagnostic of ours) {
    const fix = (diagnostic.data as DiagnosticData | undefined)?.fix;
    if (!fix) continue;
    actions.push({ title: fix.title, kind: 'quickfix', diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [uri]: fix.edits } } });
    const rule = options.rules.find(r => r.id === diagnostic.code);
    if (rule?.fixAll && !fixAllOffered.has(rule.id)) {
      fixAllOffered.add(rule.id);
      const findings = applyDirectives(rule.check(document, options.context), document.directives, document.lines, options.context);
      const edits: TextEdit[] = findings.flatMap(finding => finding.fix?.edits ?? [])
        .map(edit => ({ range: document.lines.rangeOf(edit.range), newText: edit.newText }));
      if (edits.length > 1) actions.push({ title: fixAllTitle[options.context.messageLanguage](rule.id), kind: 'quickfix', edit: { changes: { [uri]: edits } } });
    }
  }
  const ruleIds = new Set(options.rules.map(rule => rule.id));
  return [...actions, ...getDisableActions(document, uri, ours, ruleIds, options.context.messageLanguage)];
}

/** The "Renumber operative paragraphs" edit, or null when the numbering is already right. */
export function getRenumberEdit(document: ResolutionDocument, uri: string): WorkspaceEdit | null {
  const edits = renumberEdits(document);
  if (edits.length === 0) return null;
  return { changes: { [uri]: edits.map(edit => ({ range: document.lines.rangeOf(edit.range), newText: edit.newText })) } };
}

export { renumberTitle };
