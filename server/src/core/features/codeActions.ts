import type { CodeAction, Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../parse/document';
import { renumberTitle } from '../rules/operativeNumbering';
import { findingsOf, type Finding, type Fix, type Rule, type RuleContext, type TextEdit as RuleEdit } from '../rules/rule';
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
  /**
   * The client resolves code actions (codeAction/resolve, with their edit): the actions whose edits
   * span the document (fix all, renumber) come without them, and resolveCodeAction makes them when
   * one is chosen. A draft with 100,000 findings otherwise sent 12 MB on each move of the cursor.
   */
  resolveEdits?: boolean;
}

/** What a code action left to resolve carries in its data: the document, the rule, which fixes. */
interface Deferred {
  readonly uri: string;
  readonly rule: string;
  /** Every fix of the rule (fix all), or its one whole-document fix. */
  readonly all: boolean;
}

function firstFix(findings: Iterable<Finding>): Fix | undefined {
  for (const finding of findings) if (finding.fix) return finding.fix;
  return undefined;
}

function* allFixEdits(findings: Iterable<Finding>): Generator<RuleEdit> {
  for (const finding of findings) if (finding.fix) yield* finding.fix.edits;
}

/** Whether the rule has two fixes at least: read no further than the second. */
function hasTwoFixes(findings: Iterable<Finding>): boolean {
  let fixes = 0;
  for (const finding of findings) if (finding.fix && ++fixes === 2) return true;
  return false;
}

/** The rule's findings that no directive of the draft silences; read lazily when the draft has no directive. */
function unsilenced(document: ResolutionDocument, rule: Rule, context: RuleContext): Iterable<Finding> {
  const findings = findingsOf(rule.check(document, context));
  return document.directives.length === 0 ? findings : applyDirectives(Array.from(findings), document.directives, document.lines, context);
}

function deferredEdits(document: ResolutionDocument, rule: Rule, all: boolean, context: RuleContext): TextEdit[] {
  const findings = unsilenced(document, rule, context);
  const edits = all ? allFixEdits(findings) : firstFix(findings)?.edits ?? [];
  return Array.from(edits, edit => ({ range: document.lines.rangeOf(edit.range), newText: edit.newText }));
}

/**
 * Quick fixes for our diagnostics in range (each fix travels in its diagnostic's data, or is the
 * rule's whole-document fix), for a rule marked fixAll one more action that applies all of that
 * rule's fixes in the document, and then the actions that disable a rule for the line or the file.
 */
export function getCodeActions(document: ResolutionDocument, uri: string, range: Range, diagnostics: readonly Diagnostic[], options: CodeActionOptions): CodeAction[] {
  const actions: CodeAction[] = [];
  const fixAllOffered = new Set<string>();
  // An action whose edits span the document: with them, or with what resolveCodeAction needs to make them.
  const spanning = (action: CodeAction, rule: Rule, all: boolean): CodeAction => options.resolveEdits
    ? { ...action, data: { uri, rule: rule.id, all } satisfies Deferred }
    : { ...action, edit: { changes: { [uri]: deferredEdits(document, rule, all, options.context) } } };
  const ours = diagnostics.filter(diagnostic => diagnostic.source === DIAGNOSTIC_SOURCE && overlaps(diagnostic.range, range));
  for (const diagnostic of ours) {
    const fix = (diagnostic.data as DiagnosticData | undefined)?.fix;
    if (!fix) continue;
    const rule = options.rules.find(r => r.id === diagnostic.code);
    const quickFix: CodeAction = { title: fix.title, kind: 'quickfix', diagnostics: [diagnostic], isPreferred: true };
    if (fix.edits) actions.push({ ...quickFix, edit: { changes: { [uri]: fix.edits } } });
    else if (rule && fix.wholeDocument) actions.push(spanning(quickFix, rule, false));
    if (rule?.fixAll && !fixAllOffered.has(rule.id)) {
      fixAllOffered.add(rule.id);
      if (hasTwoFixes(unsilenced(document, rule, options.context))) {
        actions.push(spanning({ title: fixAllTitle[options.context.messageLanguage](rule.id), kind: 'quickfix' }, rule, true));
      }
    }
  }
  const ruleIds = new Set(options.rules.map(rule => rule.id));
  return [...actions, ...getDisableActions(document, uri, ours, ruleIds, options.context.messageLanguage)];
}

/** A code action from getCodeActions with resolveEdits, with its edit made; any other as it is. */
export function resolveCodeAction(document: ResolutionDocument, action: CodeAction, options: CodeActionOptions): CodeAction {
  const deferred = action.data as Partial<Deferred> | undefined;
  const rule = options.rules.find(r => r.id === deferred?.rule);
  if (!rule || typeof deferred?.uri !== 'string' || action.edit) return action;
  return { ...action, edit: { changes: { [deferred.uri]: deferredEdits(document, rule, deferred.all === true, options.context) } } };
}

/** The "Renumber operative paragraphs" edit, or null when the numbering is already right. */
export function getRenumberEdit(document: ResolutionDocument, uri: string): WorkspaceEdit | null {
  const edits = renumberEdits(document);
  if (edits.length === 0) return null;
  return { changes: { [uri]: edits.map(edit => ({ range: document.lines.rangeOf(edit.range), newText: edit.newText })) } };
}

export { renumberTitle };
