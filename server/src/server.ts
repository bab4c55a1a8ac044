// The language server: thin handlers that find the document, call the core and return.
import {
  CodeActionKind, TextDocumentSyncKind, TextDocuments,
  type Connection, type Diagnostic, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createResolutionService, fileKind, shouldCheck, type DraftLanguage, type FileKind } from './core';
import { ModelCache } from './documents';
import { SettingsCache } from './settings';

/** Diagnostics wait this long after the last keystroke, so typing is not slowed by validation. */
const DIAGNOSTICS_DELAY_MS = 50;

export function startServer(connection: Connection): void {
  const service = createResolutionService();
  const documents = new TextDocuments(TextDocument);
  const models = new ModelCache(service);
  const settings = new SettingsCache(connection);
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  let messageLanguage: DraftLanguage | undefined;

  const kindOf = (document: TextDocument): FileKind => {
    const byLanguage = fileKind(document.languageId);
    return byLanguage === 'other' ? fileKind(document.uri) : byLanguage;
  };

  async function validate(uri: string, version: number): Promise<void> {
    const document = documents.get(uri);
    if (!document || document.version !== version) return;
    const model = models.get(document);
    const { draftDetection } = await settings.get(uri);
    // Stale: a newer version arrived while the settings were read; its own run is scheduled.
    if (documents.get(uri)?.version !== version) return;
    const token = { get isCancellationRequested() { return documents.get(uri)?.version !== version; } };
    let diagnostics: Diagnostic[] | undefined = [];
    if (shouldCheck(model, kindOf(document), draftDetection)) {
      diagnostics = service.getDiagnostics(model, { messageLanguage, token });
    }
    if (diagnostics) await connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function schedule(document: TextDocument): void {
    clearTimeout(pending.get(document.uri));
    const { uri, version } = document;
    pending.set(uri, setTimeout(() => {
      pending.delete(uri);
      validate(uri, version).catch(error => connection.console.error(`resolint: validating ${uri} failed: ${error}`));
    }, DIAGNOSTICS_DELAY_MS));
  }

  connection.onInitialize((params): InitializeResult => {
    settings.supported = !!params.capabilities.workspace?.configuration;
    if (params.locale) messageLanguage = params.locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'un-resolution-language-server' },
    };
  });

  connection.onDidChangeConfiguration(() => {
    settings.forget();
    documents.all().forEach(schedule);
  });

  documents.onDidChangeContent(change => schedule(change.document));
  documents.onDidClose(({ document }) => {
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    models.forget(document.uri);
    settings.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onHover(({ textDocument, position }, token) => {
    const document = documents.get(textDocument.uri);
    if (!document || token.isCancellationRequested) return null;
    return service.doHover(models.get(document), position, { messageLanguage });
  });

  connection.onCodeAction(({ textDocument, range, context }, token) => {
    if (token.isCancellationRequested || !documents.get(textDocument.uri)) return [];
    return service.getCodeActions(textDocument.uri, range, context.diagnostics);
  });

  documents.listen(connection);
  connection.listen();
}
