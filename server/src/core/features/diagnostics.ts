import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../parse/document';
import { DIAGNOSTIC_SOURCE } from '../types';

export { DIAGNOSTIC_SOURCE } from '../types';
import type { Finding, Rule, RuleContext, RuleLevels, Severity } from '../rules/rule';
import { applyDirectives, UNUSED_DISABLE } from './suppressions';


const LSP_SEVERITY: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

/** What a diagnostic carries for its quick fix, so code actions need not run the rules again. */
export interface DiagnosticData {
  fix?: { title: string; edits: TextEdit[] };
}

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** Runs the rules in table order; stops between rules once the request is cancelled. */
export function runRules(document: ResolutionDocument, rules: readonly Rule[], context: RuleContext, token?: CancellationToken): Finding[] | undefined {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (token?.isCancellationRequested) return undefined;
    findings.push(...rule.check(document, context));
  }
  return findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

export interface DiagnoseOptions {
  /** Levels by rule id (a configuration): `off` rules do not run; a level replaces all of a rule's severities. */
  readonly levels?: RuleLevels;
  /** Report resolint-disable comments that silence nothing. */
  readonly reportUnusedDisable?: boolean;
  readonly token?: CancellationToken;
  /** The document's uri, for related information (the other end of a bracket); without it, none is given. */
  readonly uri?: string;
}

/** The rules that are not off, their findings less those the draft's directives silence; undefined when cancelled. */
export function diagnose(document: ResolutionDocument, rules: readonly Rule[], context: RuleContext, options: DiagnoseOptions = {}): Diagnostic[] | undefined {
  const { levels, reportUnusedDisable, token, uri } = options;
  const active = levels ? rules.filter(rule => levels[rule.id] !== 'off') : rules;
  const findings = runRules(document, active, context, token);
  if (!findings) return undefined;
  const kept = applyDirectives(findings, document.directives, document.lines, { messageLanguage: context.messageLanguage, reportUnused: reportUnusedDisable });
  const byId = new Map<string, Pick<Rule, 'defaultSeverity'>>([...rules.map(rule => [rule.id, rule] as const), [UNUSED_DISABLE.id, UNUSED_DISABLE]]);
  return kept.map(finding => toDiagnostic(document, finding, byId.get(finding.ruleId)!, levels?.[finding.ruleId], uri));
}

/**
 * level: the configured level of the finding's rule, which wins over the rule's own severities.
 * uri: the document's, for related information (the other end of a bracket); without it, none is given.
 */
export function toDiagnostic(document: ResolutionDocument, finding: Finding, rule: Pick<Rule, 'defaultSeverity'>, level?: Severity | 'off', uri?: string): Diagnostic {
  const fix = finding.fix;
  const data: DiagnosticData = fix
    ? { fix: { title: fix.title, edits: fix.edits.map(e => ({ range: document.lines.rangeOf(e.range), newText: e.newText })) } }
    : {};
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
