// The pure core: text in, model and answers out. It knows nothing of the LSP connection, of the
// editor or of the file system; the server and resolint both call these verbs.
import type {
  CodeAction, CompletionItem, Diagnostic, DocumentHighlight, DocumentSymbol, FoldingRange, Hover, Position, Range, WorkspaceEdit,
} from 'vscode-languageserver-types';
import { securityCouncilRecord, type ResolutionRecord } from './data/record';
import { getCodeActions, getRenumberEdit, resolveCodeAction } from './features/codeActions';
import { doComplete } from './features/completion';
import { getFoldingRanges } from './features/folding';
import { getDocumentSymbols } from './features/symbols';
import { checkInSteps, type CancellationToken } from './features/diagnostics';
import { doHover } from './features/hover';
import { getGlossaryActions, type GlossaryTarget } from './features/glossaryActions';
import { findTermDefinitions, findTermHighlights, findTermReferences } from './features/termNavigation';
import { parseDocument, type ParseOptions, type ResolutionDocument } from './parse/document';
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
  doComplete(document: ResolutionDocument, position: Position): CompletionItem[];
  /** Renumbers operative paragraphs and the references to them; null when nothing changes. */
  getRenumberEdit(document: ResolutionDocument, uri: string): WorkspaceEdit | null;
  /** From the name of a UN body to the draft's definition of it. */
  findDefinition(document: ResolutionDocument, position: Position): Range[];
  findReferences(document: ResolutionDocument, position: Position, includeDeclaration: boolean): Range[];
  getDocumentHighlights(document: ResolutionDocument, position: Position): DocumentHighlight[];
  /** "Add to the workspace glossary" for definitions in range that no glossary has. */
  getGlossaryActions(document: ResolutionDocument, range: Range, target: GlossaryTarget, options?: RequestOptions): CodeAction[];
}

export function createResolutionService(options: ResolutionServiceOptions = {}): ResolutionService {
  const record = options.record ?? securityCouncilRecord();
  const steps = (document: ResolutionDocument, { messageLanguage = document.language, token, maxDiagnostics }: DiagnosticOptions = {}) =>
    checkInSteps(document, RULES, { record, messageLanguage }, { token, maxDiagnostics });
  return {
    rules: RULES,
    record,
    parse: parseDocument,
    getDiagnostics(document, { messageLanguage, token, maxDiagnostics } = {}) {
      const run = steps(document, { messageLanguage, token, maxDiagnostics });
      for (;;) {
        const step = run.next();
        if (step.done) return step.value;
      }
    },
    getDiagnosticsInSteps: steps,
    doHover(document, position, { messageLanguage = document.language } = {}) {
      return doHover(document, document.lines.offsetAt(position), { record, messageLanguage });
    },
    getCodeActions(document, uri, range, diagnostics, { messageLanguage = document.language, resolveEdits } = {}) {
      return getCodeActions(document, uri, range, diagnostics, { rules: RULES, context: { record, messageLanguage }, resolveEdits });
    },
    resolveCodeAction(document, action, { messageLanguage = document.language } = {}) {
      return resolveCodeAction(document, action, { rules: RULES, context: { record, messageLanguage } });
    },
    getDocumentSymbols,
    getFoldingRanges,
    doComplete(document, position) {
      return doComplete(document, document.lines.offsetAt(position), { record });
    },
    getRenumberEdit,
    findDefinition: (document, position) => findTermDefinitions(document, document.lines.offsetAt(position)),
    findReferences: (document, position, includeDeclaration) => findTermReferences(document, document.lines.offsetAt(position), includeDeclaration),
    getDocumentHighlights: (document, position) => findTermHighlights(document, document.lines.offsetAt(position)),
    getGlossaryActions(document, range, target, { messageLanguage = document.language } = {}) {
      const offsets = { start: document.lines.offsetAt(range.start), end: document.lines.offsetAt(range.end) };
      return getGlossaryActions(document, offsets, target, messageLanguage);
    },
  };
}

export { fileKind, shouldCheck, type DraftDetection, type FileKind } from './applicability';
export type { ResolutionDocument } from './parse/document';
export { builtinGlossary, createGlossary, mergeGlossary, type Glossary, type GlossaryEntry } from './data/glossary';
export { GLOSSARY_FILE_NAME, glossaryFileDiagnostics, parseGlossaryFile, type GlossaryFile, type GlossaryFileProblem } from './data/glossaryFile';
export type { GlossaryTarget } from './features/glossaryActions';
export { findTerms } from './parse/terms';
export type { Citation, CitationItem, DraftLanguage } from './types';
