// The language server: thin handlers that find the document, call the core and return.
import {
  CodeActionKind, TextDocumentSyncKind, TextDocuments,
  type CancellationToken, type Connection, type Diagnostic, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createResolutionService, fileKind, shouldCheck, type DraftLanguage, type FileKind, type ResolutionDocument } from './core';
import { ModelCache } from './documents';
import { FileGuard, skipNotice } from './fileGuard';
import { SettingsCache } from './settings';
import { runInSlices } from './slices';
import { TermFeatures } from './termFeatures';
import { WindowedHover } from './window';

/** The server command behind the editor's "Renumber operative paragraphs". */
export const RENUMBER_COMMAND = 'unResolution.server.renumberOperativeParagraphs';

/** Diagnostics wait this long after the last keystroke, so typing is not slowed by validation. */
const DIAGNOSTICS_DELAY_MS = 50;

export function startServer(connection: Connection): void {
  const service = createResolutionService();
  const documents = new TextDocuments(TextDocument);
  // Binary files and files over unResolution.maxFileSize are not parsed; hover on them reads a window.
  const guard = new FileGuard();
  // Names of UN bodies: each draft's workspace glossary, navigation, "Add to the workspace glossary".
  const terms = new TermFeatures(connection, documents, service);
  const models = new ModelCache(service, document => guard.reason(document) !== undefined, uri => terms.glossaryFor(uri));
  const windowed = new WindowedHover(service);
  const settings = new SettingsCache(connection);
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  let messageLanguage: DraftLanguage | undefined;
  /** The client resolves a code action's edit when it is chosen: fix-all edits are not sent with every list. */
  let resolveEdits = false;

  const kindOf = (document: TextDocument): FileKind => {
    const byLanguage = fileKind(document.languageId);
    return byLanguage === 'other' ? fileKind(document.uri) : byLanguage;
  };

  async function validate(uri: string, version: number): Promise<void> {
    const document = documents.get(uri);
    if (!document || document.version !== version) return;
    const { draftDetection, maxFileSize, maxDiagnostics } = await settings.get(uri);
    // Stale: a newer version arrived while the settings were read; its own run is scheduled.
    if (documents.get(uri)?.version !== version) return;
    if (guard.setLimit(uri, maxFileSize)) models.forget(uri);
    const skipped = guard.reason(document);
    if (skipped) {
      const diagnostics = skipNotice(service, document.getText(), skipped, kindOf(document), draftDetection, messageLanguage);
      document.positionAt(0);   // the document's line index is built now, not in the first hover
      return connection.sendDiagnostics({ uri, version, diagnostics });
    }
    const model = models.get(document);
    // Parsing and checking are the two long steps on a large file: requests are answered after the
    // parse and between slices of the check.
    await new Promise(resolve => setImmediate(resolve));
    const stale = () => documents.get(uri)?.version !== version;
    if (stale()) return;
    let diagnostics: Diagnostic[] | undefined = [];
    if (shouldCheck(model, kindOf(document), draftDetection)) {
      diagnostics = await runInSlices(service.getDiagnosticsInSteps(model, { messageLanguage, maxDiagnostics }), stale);
    }
    if (diagnostics) await connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function schedule(document: TextDocument, delay = DIAGNOSTICS_DELAY_MS): void {
    clearTimeout(pending.get(document.uri));
    const { uri, version } = document;
    pending.set(uri, setTimeout(() => {
      pending.delete(uri);
      validate(uri, version).catch(error => connection.console.error(`resolint: validating ${uri} failed: ${error}`));
    }, delay));
  }

  connection.onInitialize((params): InitializeResult => {
    settings.supported = !!params.capabilities.workspace?.configuration;
    if (params.locale) messageLanguage = params.locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
    resolveEdits = !!params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: true },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        completionProvider: { triggerCharacters: ['(', '（'] },
        executeCommandProvider: { commands: [RENUMBER_COMMAND] },
        ...terms.initialize(params),
      },
      serverInfo: { name: 'un-resolution-language-server' },
    };
  });

  connection.onDidChangeConfiguration(() => {
    settings.forget();
    documents.all().forEach(document => schedule(document));
  });

  // A document just opened is checked at once; edits wait for a pause in typing.
  const opened = new Set<string>();
  documents.onDidOpen(({ document }) => opened.add(document.uri));
  documents.onDidChangeContent(({ document }) => schedule(document, opened.delete(document.uri) ? 0 : DIAGNOSTICS_DELAY_MS));
  documents.onDidClose(({ document }) => {
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    models.forget(document.uri);
    guard.forget(document.uri);
    windowed.forget(document.uri);
    settings.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  /** The parsed model of an open document, unless the request was cancelled. */
  const modelOf = (uri: string, token?: CancellationToken): ResolutionDocument | undefined => {
    const document = documents.get(uri);
    return document && !token?.isCancellationRequested ? models.get(document) : undefined;
  };

  connection.onHover(({ textDocument, position }, token) => {
    const document = documents.get(textDocument.uri);
    if (document && !token.isCancellationRequested && guard.reason(document)?.kind === 'tooLarge') {
      return windowed.doHover(document.uri, document, position, messageLanguage);
    }
    const model = modelOf(textDocument.uri, token);
    return model ? service.doHover(model, position, { messageLanguage }) : null;
  });

  connection.onCodeAction(({ textDocument, range, context }, token) => {
    const model = modelOf(textDocument.uri, token);
    return model
      ? [...service.getCodeActions(model, textDocument.uri, range, context.diagnostics, { messageLanguage, resolveEdits }), ...terms.codeActions(model, textDocument.uri, range)]
      : [];
  });

  connection.onCodeActionResolve((action, token) => {
    const uri = (action.data as { uri?: unknown } | undefined)?.uri;
    const model = typeof uri === 'string' ? modelOf(uri, token) : undefined;
    return model ? service.resolveCodeAction(model, action, { messageLanguage }) : action;
  });

  connection.onDocumentSymbol(({ textDocument }, token) => {
    const model = modelOf(textDocument.uri, token);
    return model ? service.getDocumentSymbols(model) : [];
  });

  connection.onFoldingRanges(({ textDocument }, token) => {
    const model = modelOf(textDocument.uri, token);
    return model ? service.getFoldingRanges(model) : [];
  });

  connection.onCompletion(({ textDocument, position }, token) => {
    const model = modelOf(textDocument.uri, token);
    return model ? service.doComplete(model, position) : [];
  });

  // Renumber operative paragraphs: arguments [uri]; the edit is applied through the client.
  connection.onExecuteCommand(async ({ command, arguments: args }, token) => {
    const uri = typeof args?.[0] === 'string' ? args[0] : undefined;
    const model = command === RENUMBER_COMMAND && uri ? modelOf(uri, token) : undefined;
    const edit = model && service.getRenumberEdit(model, uri!);
    if (edit) await connection.workspace.applyEdit(edit);
  });

  terms.listen({ modelOf, messageLanguage: () => messageLanguage, revalidate: () => documents.all().forEach(document => schedule(document)) });
  documents.listen(connection);
  connection.listen();
}
