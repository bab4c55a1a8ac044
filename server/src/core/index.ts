// The pure core: text in, model and answers out. It knows nothing of the LSP connection, of the
// editor or of the file system; the server and resolint both call these verbs.
import type { CodeAction, Diagnostic, Hover, Position, Range } from 'vscode-languageserver-types';
import { securityCouncilRecord, type ResolutionRecord } from './data/record';
import { getCodeActions } from './features/codeActions';
import { runRules, toDiagnostic, type CancellationToken } from './features/diagnostics';
import { doHover } from './features/hover';
import { parseDocument, type ResolutionDocument } from './parse/document';
import { RULES } from './rules';
import type { Rule } from './rules/rule';
import type { DraftLanguage } from './types';

export interface ResolutionServiceOptions {
  /** Defaults to the built-in Security Council record. */
  record?: ResolutionRecord;
}

export interface RequestOptions {
  /** The interface language for messages and labels; defaults to the draft's language. */
  messageLanguage?: DraftLanguage;
  token?: CancellationToken;
}

export interface ResolutionService {
  readonly rules: readonly Rule[];
  readonly record: ResolutionRecord;
  parse(text: string): ResolutionDocument;
  /** undefined when cancelled. */
  getDiagnostics(document: ResolutionDocument, options?: RequestOptions): Diagnostic[] | undefined;
  doHover(document: ResolutionDocument, position: Position, options?: RequestOptions): Hover | null;
  getCodeActions(uri: string, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[];
}

export function createResolutionService(options: ResolutionServiceOptions = {}): ResolutionService {
  const record = options.record ?? securityCouncilRecord();
  const ruleById = new Map(RULES.map(rule => [rule.id, rule]));
  return {
    rules: RULES,
    record,
    parse: parseDocument,
    getDiagnostics(document, { messageLanguage = document.language, token } = {}) {
      const findings = runRules(document, RULES, { record, messageLanguage }, token);
      return findings?.map(finding => toDiagnostic(document, finding, ruleById.get(finding.ruleId)!));
    },
    doHover(document, position, { messageLanguage = document.language } = {}) {
      return doHover(document, document.lines.offsetAt(position), { record, messageLanguage });
    },
    getCodeActions,
  };
}

export { fileKind, shouldCheck, type DraftDetection, type FileKind } from './applicability';
export type { ResolutionDocument } from './parse/document';
export type { Citation, CitationItem, DraftLanguage } from './types';
