import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../parse/document';
import type { Finding, Rule, RuleContext, Severity } from '../rules/rule';

export const DIAGNOSTIC_SOURCE = 'resolint';

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

/** uri: the document's, for related information (the other end of a bracket); without it, none is given. */
export function toDiagnostic(document: ResolutionDocument, finding: Finding, rule: Rule, uri?: string): Diagnostic {
  const fix = finding.fix;
  const data: DiagnosticData = fix
    ? { fix: { title: fix.title, edits: fix.edits.map(e => ({ range: document.lines.rangeOf(e.range), newText: e.newText })) } }
    : {};
  return {
    range: document.lines.rangeOf(finding.range),
    severity: LSP_SEVERITY[finding.severity ?? rule.defaultSeverity],
    code: finding.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    ...(uri && finding.related ? { relatedInformation: finding.related.map(r => ({ location: { uri, range: document.lines.rangeOf(r.range) }, message: r.message })) } : {}),
    data,
  };
}
