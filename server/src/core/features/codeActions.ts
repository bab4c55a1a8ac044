import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from './diagnostics';

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Quick fixes for our diagnostics in range: the fix travels in each diagnostic's data. */
export function getCodeActions(uri: string, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const fix = (diagnostic.data as DiagnosticData | undefined)?.fix;
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || !fix || !overlaps(diagnostic.range, range)) continue;
    actions.push({
      title: fix.title,
      kind: 'quickfix',
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [uri]: fix.edits } },
    });
  }
  return actions;
}
