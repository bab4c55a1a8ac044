// The pure core: text in, model and answers out. It knows nothing of the LSP connection, of the
// editor or of the file system; the server and resolint both call these verbs.
import type {
  CodeAction, CompletionItem, Diagnostic, DocumentHighlight, DocumentLink, DocumentSymbol, FoldingRange, Hover, InlayHint, Position, Range, WorkspaceEdit,
} from 'vscode-languageserver-types';
import { compareParity, type ParityComparison } from './compare/parity';
import { compareRevisions, type RevisionComparison } from './compare/revisions';
import { getInlayHints } from './features/inlayHints';
import { parityDiagnostics, type ParityDiagnosticOptions } from './features/parityDiagnostics';
import { getNegotiationActions } from './features/negotiationActions';
import { findParagraph, getParagraphSymbols, type ParagraphSymbol } from './features/paragraphNavigation';
import { securityCouncilRecord, type ResolutionRecord } from './data/record';
import { getCodeActions, getRenumberEdit, resolveCodeAction } from './features/codeActions';
import { doComplete } from './features/completion';
import { formatDataCurrency, getDataCurrency, type DataCurrency } from './features/dataCurrency';
import { getFoldingRanges } from './features/folding';
import { getDocumentLinks } from './features/links';
import { getDocumentSymbols } from './features/symbols';
import { checkInSteps, diagnose, type CancellationToken, type CheckOptions } from './features/diagnostics';
import { doHover } from './features/hover';
import { getGlossaryActions, type GlossaryTarget } from './features/glossaryActions';
import { findTermDefinitions, findTermHighlights, findTermReferences } from './features/termNavigation';
import { parseDocument, parseDocumentInSteps, type ParseOptions, type ResolutionDocument } from './parse/document';
import { RULES } from './rules';
import type { DraftStage, Rule, RuleContext, RuleLevels } from './rules/rule';
import type { DraftLanguage } from './types';

export interface ResolutionServiceOptions {
  /** Defaults to the built-in Security Council record. */
  record?: ResolutionRecord;
}

export interface RequestOptions {
  /** The interface language for messages and labels; defaults to the draft's language. */
  messageLanguage?: DraftLanguage;
  token?: CancellationToken;
  /** The record of the draft's workspace (the built-in one merged with its record file); defaults to the service's. */
  record?: ResolutionRecord;
  /** How far the draft is (brackets and proposal tags: information while negotiating, warnings at the final stage). */
  stage?: DraftStage;
  /** The document's uri, for the related information of diagnostics. */
  uri?: string;
  /** Rule levels from the draft's configuration: `off` rules do not run. */
  rules?: RuleLevels;
  /** Report resolint-disable comments that silence nothing (unused-disable). */
  reportUnusedDisable?: boolean;
}

export interface CodeActionRequestOptions extends RequestOptions {
  /** The client resolves code actions (codeAction/resolve with their edit). */
  resolveEdits?: boolean;
}

export interface DiagnosticOptions extends RequestOptions {
  /**
   * At most this many diagnostics (unResolution.maxDiagnostics in the editor): the most severe,
   * and one information diagnostic more that says how many are left out. No limit by default.
   */
  maxDiagnostics?: number;
}

export interface ResolutionService {
  readonly rules: readonly Rule[];
  readonly record: ResolutionRecord;
  /** options.glossary: the glossary of the draft's workspace (built-in by default). */
  parse(text: string, options?: ParseOptions): ResolutionDocument;
  /** The same parse, a reader at each next(), so that a server can answer requests in between; the generator returns the document. */
  parseInSteps(text: string, options?: ParseOptions): Generator<void, ResolutionDocument>;
  /** In text order; undefined when cancelled. */
  getDiagnostics(document: ResolutionDocument, options?: DiagnosticOptions): Diagnostic[] | undefined;
  /**
   * The same diagnostics, worked out a little at each next() (a few hundred findings), so that a
   * server can answer requests in between; the generator returns them.
   */
  getDiagnosticsInSteps(document: ResolutionDocument, options?: DiagnosticOptions): Generator<void, Diagnostic[] | undefined>;
  doHover(document: ResolutionDocument, position: Position, options?: RequestOptions): Hover | null;
  /** options.resolveEdits: actions whose edits span the document come without them (see resolveCodeAction). */
  getCodeActions(document: ResolutionDocument, uri: string, range: Range, diagnostics: readonly Diagnostic[], options?: CodeActionRequestOptions): CodeAction[];
  /** The edit of a code action getCodeActions left to resolve; any other action as it is. */
  resolveCodeAction(document: ResolutionDocument, action: CodeAction, options?: RequestOptions): CodeAction;
  getDocumentSymbols(document: ResolutionDocument): DocumentSymbol[];
  getFoldingRanges(document: ResolutionDocument): FoldingRange[];
  /** A link to the official text of every document the draft cites. */
  getDocumentLinks(document: ResolutionDocument, options?: RequestOptions): DocumentLink[];
  doComplete(document: ResolutionDocument, position: Position, options?: RequestOptions): CompletionItem[];
  /** Renumbers operative paragraphs and the references to them; null when nothing changes. */
  getRenumberEdit(document: ResolutionDocument, uri: string): WorkspaceEdit | null;
  /** From the name of a UN body to the draft's definition of it. */
  findDefinition(document: ResolutionDocument, position: Position): Range[];
  findReferences(document: ResolutionDocument, position: Position, includeDeclaration: boolean): Range[];
  getDocumentHighlights(document: ResolutionDocument, position: Position): DocumentHighlight[];
  /** How current the data is: per source, the count and the newest resolution; options.record adds the workspace's. */
  getDataCurrency(options?: RequestOptions): DataCurrency & { text: string };
  /** "Add to the workspace glossary" for definitions in range that no glossary has. */
  getGlossaryActions(document: ResolutionDocument, range: Range, target: GlossaryTarget, options?: RequestOptions): CodeAction[];
  /** Paragraph labels (PP1, OP3(a)) before the paragraphs in range, or in the whole draft. */
  getInlayHints(document: ResolutionDocument, range?: Range): InlayHint[];
  /** The paragraph a query names (OP12, PP3, 执行部分第12段, 序言部分第3段), or null. */
  findParagraph(document: ResolutionDocument, query: string): Range | null;
  /** The draft's paragraphs as symbols, those the query names when it names one. */
  getParagraphSymbols(document: ResolutionDocument, query: string): ParagraphSymbol[];
  /** What changed from one revision of a draft to the next, paragraph by paragraph. */
  compareRevisions(earlier: ResolutionDocument, later: ResolutionDocument): RevisionComparison;
  /** Whether the Chinese and English texts of a draft say the same, paragraph by paragraph. */
  compareParity(left: ResolutionDocument, right: ResolutionDocument): ParityComparison;
  /** The parity mismatches as parity-mismatch diagnostics on each text, each linked to the other. */
  getParityDiagnostics(left: ResolutionDocument, right: ResolutionDocument, options?: ParityDiagnosticOptions): { left: Diagnostic[]; right: Diagnostic[] };
}

export function createResolutionService(options: ResolutionServiceOptions = {}): ResolutionService {
  const record = options.record ?? securityCouncilRecord();
  const checkOptions = (document: ResolutionDocument, request: DiagnosticOptions): [RuleContext, CheckOptions] => {
    const { messageLanguage = document.language, token, record: recordOfDraft = record, stage, uri, rules: levels, reportUnusedDisable, maxDiagnostics } = request;
    return [{ record: recordOfDraft, messageLanguage, stage }, { levels, reportUnusedDisable, token, uri, maxDiagnostics }];
  };
  return {
    rules: RULES,
    record,
    parse: parseDocument,
    parseInSteps: parseDocumentInSteps,
    getDiagnostics(document, request = {}) {
      return diagnose(document, RULES, ...checkOptions(document, request));
    },
    getDiagnosticsInSteps(document, request = {}) {
      return checkInSteps(document, RULES, ...checkOptions(document, request));
    },
    doHover(document, position, { messageLanguage = document.language, record: recordOfDraft = record } = {}) {
      return doHover(document, document.lines.offsetAt(position), { record: recordOfDraft, messageLanguage });
    },
    getCodeActions(document, uri, range, diagnostics, { messageLanguage = document.language, record: recordOfDraft = record, resolveEdits } = {}) {
      const offsets = { start: document.lines.offsetAt(range.start), end: document.lines.offsetAt(range.end) };
      return [
        ...getCodeActions(document, uri, range, diagnostics, { rules: RULES, context: { record: recordOfDraft, messageLanguage }, resolveEdits }),
        ...getNegotiationActions(document, uri, offsets, messageLanguage),
      ];
    },
    resolveCodeAction(document, action, { messageLanguage = document.language, record: recordOfDraft = record } = {}) {
      return resolveCodeAction(document, action, { rules: RULES, context: { record: recordOfDraft, messageLanguage } });
    },
    getDocumentSymbols,
    getFoldingRanges,
    getDocumentLinks(document, { messageLanguage = document.language, record: recordOfDraft = record } = {}) {
      return getDocumentLinks(document, { record: recordOfDraft, messageLanguage });
    },
    doComplete(document, position, { record: recordOfDraft = record } = {}) {
      return doComplete(document, document.lines.offsetAt(position), { record: recordOfDraft });
    },
    getRenumberEdit,
    findDefinition: (document, position) => findTermDefinitions(document, document.lines.offsetAt(position)),
    findReferences: (document, position, includeDeclaration) => findTermReferences(document, document.lines.offsetAt(position), includeDeclaration),
    getDocumentHighlights: (document, position) => findTermHighlights(document, document.lines.offsetAt(position)),
    getDataCurrency({ messageLanguage = 'en', record: recordOfDraft = record } = {}) {
      const currency = getDataCurrency(recordOfDraft, record);
      return { ...currency, text: formatDataCurrency(currency, messageLanguage) };
    },
    getGlossaryActions(document, range, target, { messageLanguage = document.language } = {}) {
      const offsets = { start: document.lines.offsetAt(range.start), end: document.lines.offsetAt(range.end) };
      return getGlossaryActions(document, offsets, target, messageLanguage);
    },
    getInlayHints(document, range) {
      return getInlayHints(document, range && { start: document.lines.offsetAt(range.start), end: document.lines.offsetAt(range.end) });
    },
    findParagraph,
    getParagraphSymbols,
    compareRevisions,
    compareParity,
    getParityDiagnostics(left, right, { leftUri, rightUri, messageLanguage } = {}) {
      return parityDiagnostics(compareParity(left, right), left, right, { leftUri, rightUri, messageLanguage });
    },
  };
}

export { fileKind, shouldCheck, type DraftDetection, type FileKind } from './applicability';
export type { ResolutionDocument } from './parse/document';
export { builtinGlossary, createGlossary, mergeGlossary, type Glossary, type GlossaryEntry } from './data/glossary';
export { mergeRecord, securityCouncilRecord, type RecordedResolution, type RecordSource, type ResolutionRecord } from './data/record';
export {
  isBrokenRecordFile, parseRecordFile, RECORD_CONTRADICTION, RECORD_FILE_NAME, RECORD_INVALID, recordFileDiagnostics,
  type RecordFile, type RecordFileProblem,
} from './data/recordFile';
export { GLOSSARY_FILE_NAME, glossaryFileDiagnostics, parseGlossaryFile, type GlossaryFile, type GlossaryFileProblem } from './data/glossaryFile';
export type { GlossaryTarget } from './features/glossaryActions';
export type { DataCurrency, DataSourceCurrency } from './features/dataCurrency';
export { findTerms } from './parse/terms';
export { findCitations } from './parse/citations';
export { createView } from './text/viewBuilder';
export type { TextView } from './text/view';
export type { Citation, CitationItem, DraftLanguage } from './types';
export type { DraftStage } from './rules/rule';
export { formatJson, formatMarkdown, formatText } from './compare/report';
export type { ParagraphChange, RevisionComparison } from './compare/revisions';
export type { ParityComparison, ParityMismatch, ParityKind } from './compare/parity';
export { PARITY_CODE, PARITY_MISMATCH, type ParityDiagnosticOptions } from './features/parityDiagnostics';
export { align, textSimilarity, type AlignOptions, type Alignment } from './compare/align';
export {
  CONFIG_DIAGNOSTIC_CODE, CONFIG_FILE_NAMES, DEFAULT_CONFIGURATION, configFileDiagnostics, extendsProblem, mergeSettings, parseConfigFile, resolvedConfiguration,
  type ConfigFile, type ConfigFileSettings, type ResolvedConfiguration,
} from './data/configFile';
export type { FileProblem } from './data/jsonFile';
export { parseDirectives, type Directive } from './parse/directives';
export { UNUSED_DISABLE } from './features/suppressions';
export type { RuleLevel, RuleLevels, Severity } from './rules/rule';
