// Quick fixes that silence a rule where the drafter decides the finding is wanted: a
// resolint-disable-next-line comment above the line, or a resolint-disable-file comment at the top.
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../parse/document';
import type { Localized } from '../rules/rule';
import type { DraftLanguage } from '../types';

const forLine: Localized<[string]> = { zh: id => `在本行停用 ${id}`, en: id => `Disable ${id} for this line` };
const forFile: Localized<[string]> = { zh: id => `在本文件中停用 ${id}`, en: id => `Disable ${id} in this file` };

/** For each diagnostic of a rule in `ruleIds`: the line action once per rule and line, the file action once per rule. */
export function getDisableActions(
  document: ResolutionDocument, uri: string, diagnostics: readonly Diagnostic[], ruleIds: ReadonlySet<string>, language: DraftLanguage,
): CodeAction[] {
  const eol = document.text.includes('\r\n') ? '\r\n' : '\n';
  const offered = new Set<string>();
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const id = String(diagnostic.code);
    const line = diagnostic.range.start.line;
    if (!ruleIds.has(id) || offered.has(`${id}:${line}`)) continue;
    offered.add(`${id}:${line}`);
    const insert = (at: { line: number; character: number }, comment: string) =>
      ({ changes: { [uri]: [{ range: { start: at, end: at }, newText: `<!-- ${comment} ${id} -->${eol}` }] } });
    actions.push({ title: forLine[language](id), kind: 'quickfix', diagnostics: [diagnostic], edit: insert({ line, character: 0 }, 'resolint-disable-next-line') });
    if (offered.has(id)) continue;
    offered.add(id);
    actions.push({ title: forFile[language](id), kind: 'quickfix', diagnostics: [diagnostic], edit: insert({ line: 0, character: 0 }, 'resolint-disable-file') });
  }
  return actions;
}
