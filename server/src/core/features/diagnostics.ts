import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../parse/document';
import { DIAGNOSTIC_SOURCE } from '../types';
import { PAUSE, type Finding, type Rule, type RuleContext, type RuleLevels, type Severity } from '../rules/rule';
import { FindingSelection } from './findingSelection';
import { applyDirectives, UNUSED_DISABLE } from './suppressions';
import { LSP_SEVERITY, truncationNotice } from '../truncation';
import { runToEnd } from '../steps';

export { DIAGNOSTIC_SOURCE } from '../types';
export { DEFAULT_MAX_DIAGNOSTICS, TRUNCATED_CODE, truncationNotice } from '../truncation';

/** Rules are read this many findings at a time between two steps (see checkInSteps). */
const FINDINGS_PER_STEP = 256;
/** Findings are weighed for the selection this many at a step (a draft may have 400,000). */
const SELECTED_PER_STEP = 8192;

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
  readonly maxDiagnostics?: number;
  /** Levels by rule id (a configuration): `off` rules do not run; a level replaces all of a rule's severities. */
  readonly levels?: RuleLevels;
  /** Report resolint-disable comments that silence nothing. */
  readonly reportUnusedDisable?: boolean;
  readonly token?: CancellationToken;
  /** The document's uri, for related information (the other end of a bracket); without it, none is given. */
  readonly uri?: string;
}

/**
 * Runs the rules that are not off, in table order, and makes their findings diagnostics, less those
 * the draft's directives silence. It works in steps: each next() reads a few hundred findings (or
 * converts as many), so that the server can answer requests between steps however many findings a
 * draft has; diagnose runs every step at once. Findings are collected one by one, never spread into
 * a call. The diagnostics come in text order; with maxDiagnostics, the most severe (then the first)
 * are kept and a notice says how many were left out. undefined when the token was cancelled.
 */
export function* checkInSteps(
  document: ResolutionDocument, rules: readonly Rule[], context: RuleContext, options: CheckOptions = {},
): Generator<void, Diagnostic[] | undefined> {
  const { maxDiagnostics = Infinity, levels, reportUnusedDisable, token, uri } = options;
  const active = levels ? rules.filter(rule => levels[rule.id] !== 'off') : rules;
  const ruleById = new Map<string, Pick<Rule, 'defaultSeverity'>>([...rules.map(rule => [rule.id, rule] as const), [UNUSED_DISABLE.id, UNUSED_DISABLE]]);
  const levelOf = (finding: Finding) => levels?.[finding.ruleId];
  const selection = new FindingSelection(maxDiagnostics);
  const select = (finding: Finding) => {
    const level = levelOf(finding);
    selection.add(finding, LSP_SEVERITY[level && level !== 'off' ? level : finding.severity ?? ruleById.get(finding.ruleId)!.defaultSeverity]);
  };
  // Without directives every finding is weighed as it comes, and only the kept ones stay in memory
  // (a hostile draft has 400,000 findings, which held in the heap made for long pauses of the
  // collector). Directives need all the findings of the draft first: they sort them.
  const held: Finding[] | undefined = document.directives.length > 0 ? [] : undefined;
  let sinceStep = 0;
  for (const rule of active) {
    // A step ends after each rule too: a few rules that each read the whole draft add up.
    yield;
    if (token?.isCancellationRequested) return undefined;
    for (const finding of rule.check(document, context)) {
      if (finding !== PAUSE) {
        if (held) held.push(finding); else select(finding);
        if (++sinceStep < FINDINGS_PER_STEP) continue;
      }
      sinceStep = 0;
      yield;
      if (token?.isCancellationRequested) return undefined;
    }
  }
  if (held) {
    const unsilenced = applyDirectives(held, document.directives, document.lines, { messageLanguage: context.messageLanguage, reportUnused: reportUnusedDisable });
    for (let i = 0; i < unsilenced.length; i++) {
      select(unsilenced[i]);
      if (i % SELECTED_PER_STEP === SELECTED_PER_STEP - 1) yield;
    }
  }
  const diagnostics: Diagnostic[] = [];
  for (const finding of selection.inTextOrder()) {
    diagnostics.push(toDiagnostic(document, finding, ruleById.get(finding.ruleId)!, levelOf(finding), uri));
    if (diagnostics.length % FINDINGS_PER_STEP === 0) yield;
  }
  if (selection.omitted > 0) diagnostics.push(truncationNotice(selection.omitted, maxDiagnostics, context));
  return diagnostics;
}

/** checkInSteps run to its end at once. */
export function diagnose(document: ResolutionDocument, rules: readonly Rule[], context: RuleContext, options: CheckOptions = {}): Diagnostic[] | undefined {
  return runToEnd(checkInSteps(document, rules, context, options));
}

/**
 * level: the configured level of the finding's rule, which wins over the rule's own severities.
 * uri: the document's, for related information (the other end of a bracket); without it, none is given.
 */
export function toDiagnostic(document: ResolutionDocument, finding: Finding, rule: Pick<Rule, 'defaultSeverity'>, level?: Severity | 'off', uri?: string): Diagnostic {
  const fix = finding.fix;
  const data: DiagnosticData = !fix ? {}
    : fix.wholeDocument ? { fix: { title: fix.title, wholeDocument: true } }
      : { fix: { title: fix.title, edits: fix.edits.map(e => ({ range: document.lines.rangeOf(e.range), newText: e.newText })) } };
  return {
    range: document.lines.rangeOf(finding.range),
    severity: LSP_SEVERITY[level && level !== 'off' ? level : finding.severity ?? rule.defaultSeverity],
    code: finding.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    ...(uri && finding.related ? { relatedInformation: finding.related.map(r => ({ location: { uri, range: document.lines.rangeOf(r.range) }, message: r.message })) } : {}),
    data,
  };
}
