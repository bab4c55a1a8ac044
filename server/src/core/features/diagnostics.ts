import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../parse/document';
import type { Finding, Localized, Rule, RuleContext, Severity } from '../rules/rule';
import { FindingSelection } from './findingSelection';

export const DIAGNOSTIC_SOURCE = 'resolint';

/** The code of the information diagnostic that says how many diagnostics were left out. */
export const TRUNCATED_CODE = 'diagnostics-truncated';

/** The default of unResolution.maxDiagnostics: what a document publishes at most. */
export const DEFAULT_MAX_DIAGNOSTICS = 1000;

/** Rules are read this many findings at a time between two steps (see checkInSteps). */
const FINDINGS_PER_STEP = 256;

const LSP_SEVERITY: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

/** What a diagnostic carries for its quick fix, so code actions need not run the rules again. */
export interface DiagnosticData {
  /** No edits for a whole-document fix (renumbering): the code action computes them. */
  fix?: { title: string; edits?: TextEdit[]; wholeDocument?: true };
}

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export interface CheckOptions {
  /** At most this many diagnostics, the most severe kept, and one more that says how many are left out. */
  maxDiagnostics?: number;
  token?: CancellationToken;
}

const truncatedMessage: Localized<[number, number]> = {
  zh: (omitted, max) => `另有 ${omitted} 个问题未在此显示（编辑器最多显示 ${max} 个，按严重程度选取；见设置 unResolution.maxDiagnostics）。resolint 命令行会列出全部问题。`,
  en: (omitted, max) => `${omitted} more problems are not shown here (the editor shows the ${max} most severe; setting unResolution.maxDiagnostics). The resolint command line lists them all.`,
};

/** The information diagnostic at the start of a document whose diagnostics were cut to max. */
export function truncationNotice(omitted: number, max: number, context: Pick<RuleContext, 'messageLanguage'>): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: LSP_SEVERITY.information,
    code: TRUNCATED_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: truncatedMessage[context.messageLanguage](omitted, max),
  };
}

/**
 * Runs the rules in table order and makes their findings diagnostics, in steps: each next() reads
 * a few hundred findings (or converts as many), so that the server can answer requests between
 * steps however many findings a draft has; getDiagnostics runs every step at once. The diagnostics
 * come in text order; with maxDiagnostics, the most severe (then the first) are kept and a notice
 * says how many were left out. undefined when the token was cancelled.
 */
export function* checkInSteps(
  document: ResolutionDocument, rules: readonly Rule[], context: RuleContext, { maxDiagnostics = Infinity, token }: CheckOptions = {},
): Generator<void, Diagnostic[] | undefined> {
  const selection = new FindingSelection(maxDiagnostics);
  let sinceStep = 0;
  for (const rule of rules) {
    if (token?.isCancellationRequested) return undefined;
    for (const finding of rule.check(document, context)) {
      selection.add(finding, LSP_SEVERITY[finding.severity ?? rule.defaultSeverity]);
      if (++sinceStep < FINDINGS_PER_STEP) continue;
      sinceStep = 0;
      yield;
      if (token?.isCancellationRequested) return undefined;
    }
  }
  const ruleById = new Map(rules.map(rule => [rule.id, rule]));
  const diagnostics: Diagnostic[] = [];
  for (const finding of selection.inTextOrder()) {
    diagnostics.push(toDiagnostic(document, finding, ruleById.get(finding.ruleId)!));
    if (diagnostics.length % FINDINGS_PER_STEP === 0) yield;
  }
  if (selection.omitted > 0) diagnostics.push(truncationNotice(selection.omitted, maxDiagnostics, context));
  return diagnostics;
}

export function toDiagnostic(document: ResolutionDocument, finding: Finding, rule: Rule): Diagnostic {
  const fix = finding.fix;
  const data: DiagnosticData = !fix ? {}
    : fix.wholeDocument ? { fix: { title: fix.title, wholeDocument: true } }
      : { fix: { title: fix.title, edits: fix.edits.map(e => ({ range: document.lines.rangeOf(e.range), newText: e.newText })) } };
  return {
    range: document.lines.rangeOf(finding.range),
    severity: LSP_SEVERITY[finding.severity ?? rule.defaultSeverity],
    code: finding.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
}
