// The language server: thin handlers that find the document, call the core and return.
import {
  CodeActionKind, TextDocumentSyncKind, TextDocuments,
  type CancellationToken, type Connection, type Diagnostic, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createResolutionService, fileKind, shouldCheck, type DraftLanguage, type FileKind, type ResolutionDocument } from './core';
import { DraftConfigs } from './draftConfigs';
import { ModelCache } from './documents';
import { listenForDocxText } from './docxText';
import { FileGuard, skipNotice } from './fileGuard';
import { RecordFeatures } from './recordFeatures';
import { NegotiationFeatures } from './negotiationFeatures';
import { ParityFeatures } from './parityFeatures';
import { SettingsCache } from './settings';
import { runInSlices } from './slices';
import { TermFeatures } from './termFeatures';
import { WatchedFiles } from './watchedFiles';
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
  // The workspace files read (glossary, record): watched, and open drafts checked again on a change.
  const watched = new WatchedFiles(connection, documents);
  // Names of UN bodies: each draft's workspace glossary, navigation, "Add to the workspace glossary".
  const terms = new TermFeatures(connection, service, watched);
  // Resolutions: each draft's workspace record file over the built-in record, and the data currency.
  const records = new RecordFeatures(connection, service, watched);
  // Each draft's .resolintrc.json: rule levels, draft language and detection, the glossary and record it names.
  const configs = new DraftConfigs(connection, () => messageLanguage, watched);
  const models = new ModelCache(service, document => guard.reason(document) !== undefined, uri => {
    const { glossary, draftLanguage } = configs.forDraft(uri).configuration;
    return { glossary: terms.glossaryFor(uri, glossary), language: draftLanguage === 'auto' ? undefined : draftLanguage };
  });
  const windowed = new WindowedHover(service);
  const settings = new SettingsCache(connection);
  // Paragraph labels, paragraph symbols, "Go to paragraph…" and "Compare with an earlier revision…".
  const negotiation = new NegotiationFeatures(connection, documents, service, settings);
  // The other language version of each draft (by name, setting or command) and the parity-mismatch diagnostics.
  const parity = new ParityFeatures(service, documents);
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  let messageLanguage: DraftLanguage | undefined;
  /** What every request on a draft is answered with: the interface language and the draft's record. */
  // The record of a draft: the built-in one with its workspace record file over it, or the file its configuration names.
  const optionsFor = (uri: string) => ({ messageLanguage, record: records.recordFor(uri, configs.forDraft(uri).configuration.record) });
  /** The client resolves a code action's edit when it is chosen: fix-all edits are not sent with every list. */
  let resolveEdits = false;

  const kindOf = (document: TextDocument): FileKind => {
    const byLanguage = fileKind(document.languageId);
    return byLanguage === 'other' ? fileKind(document.uri) : byLanguage;
  };

  async function validate(uri: string, version: number): Promise<void> {
    const document = documents.get(uri);
    if (!document || document.version !== version) return;
    const { draftDetection: detectionSetting, maxFileSize, maxDiagnostics, stage: stageSetting, rules: ruleSettings, parityPairs } = await settings.get(uri);
    const { configuration, fromFile } = configs.forDraft(uri);
    const draftDetection = configuration.draftDetection ?? detectionSetting;
    const stage = configuration.stage ?? stageSetting;
    // Stale: a newer version arrived while the settings were read; its own run is scheduled.
    if (documents.get(uri)?.version !== version) return;
    if (guard.setLimit(uri, maxFileSize)) models.forget(uri);
    const skipped = guard.reason(document);
    if (skipped) {
      const diagnostics = skipNotice(service, document.getText(), skipped, kindOf(document), draftDetection, messageLanguage);
      document.positionAt(0);   // the document's line index is built now, not in the first hover
      return connection.sendDiagnostics({ uri, version, diagnostics });
    }
    // Parsing and checking are the two long steps on a large file: both run in slices, and requests
    // are answered between them.
    const stale = () => documents.get(uri)?.version !== version;
    const model = await models.getInSlices(document, stale);
    if (!model || stale()) return;
    let diagnostics: Diagnostic[] | undefined = [];
    if (shouldCheck(model, kindOf(document), draftDetection)) {
      const options = { ...optionsFor(uri), stage, uri, rules: fromFile ? configuration.rules : ruleSettings, maxDiagnostics };
      diagnostics = await runInSlices(service.getDiagnosticsInSteps(model, options), stale);
    }
    if (diagnostics) diagnostics.push(...parity.diagnosticsFor(uri, model, parityPairs, parityHost));
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
    watched.initialize(params);
    parity.initialize(params);
    if (params.locale) messageLanguage = params.locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
    resolveEdits = !!params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite], resolveProvider: true },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        completionProvider: { triggerCharacters: ['(', '（'] },
        executeCommandProvider: { commands: [RENUMBER_COMMAND, ...negotiation.commands, ...parity.commands] },
        ...terms.initialize(params),
        ...negotiation.initialize(params),
      },
      serverInfo: { name: 'un-resolution-language-server' },
    };
  });

  connection.onDidChangeConfiguration(() => {
    settings.forget();
    documents.all().forEach(document => schedule(document));
    negotiation.configurationChanged();
  });

  // A document just opened is checked at once; edits wait for a pause in typing.
  const opened = new Set<string>();
  documents.onDidOpen(({ document }) => opened.add(document.uri));
  documents.onDidChangeContent(({ document }) => {
    schedule(document, opened.delete(document.uri) ? 0 : DIAGNOSTICS_DELAY_MS);
    const partner = parity.openPartner(document.uri);
    if (partner) schedule(documents.get(partner)!);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    models.forget(document.uri);
    guard.forget(document.uri);
    windowed.forget(document.uri);
    settings.forget(document.uri);
    const partner = parity.openPartner(document.uri);
    parity.forget(document.uri);
    if (partner) schedule(documents.get(partner)!);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  /** The parsed model of an open document, unless the request was cancelled. */
  const modelOf = (uri: string, token?: CancellationToken): ResolutionDocument | undefined => {
    const document = documents.get(uri);
    return document && !token?.isCancellationRequested ? models.get(document) : undefined;
  };

  const parityHost = {
    modelOf,
    messageLanguage: () => messageLanguage,
    revalidate: (uri: string) => { const document = documents.get(uri); if (document) schedule(document, 0); },
  };

  connection.onHover(({ textDocument, position }, token) => {
    const document = documents.get(textDocument.uri);
    if (document && !token.isCancellationRequested && guard.reason(document)?.kind === 'tooLarge') {
      return windowed.doHover(document.uri, document, position, optionsFor(document.uri));
    }
    const model = modelOf(textDocument.uri, token);
    return model ? service.doHover(model, position, optionsFor(textDocument.uri)) : null;
  });

  connection.onCodeAction(({ textDocument, range, context }, token) => {
    const model = modelOf(textDocument.uri, token);
    return model
      ? [
        ...service.getCodeActions(model, textDocument.uri, range, context.diagnostics, { ...optionsFor(textDocument.uri), resolveEdits }),
        ...terms.codeActions(model, textDocument.uri, range, configs.forDraft(textDocument.uri).configuration.glossary),
      ]
      : [];
  });

  connection.onCodeActionResolve((action, token) => {
    const uri = (action.data as { uri?: unknown } | undefined)?.uri;
    if (typeof uri !== 'string') return action;
    const model = modelOf(uri, token);
    return model ? service.resolveCodeAction(model, action, optionsFor(uri)) : action;
  });

  connection.onDocumentSymbol(({ textDocument }, token) => {
    const model = modelOf(textDocument.uri, token);
    return model ? service.getDocumentSymbols(model) : [];
  });

  connection.onFoldingRanges(({ textDocument }, token) => {
    const model = modelOf(textDocument.uri, token);
    return model ? service.getFoldingRanges(model) : [];
  });

  connection.onDocumentLinks(({ textDocument }, token) => {
    const model = modelOf(textDocument.uri, token);
    return model ? service.getDocumentLinks(model, optionsFor(textDocument.uri)) : [];
  });

  connection.onCompletion(({ textDocument, position }, token) => {
    const model = modelOf(textDocument.uri, token);
    return model ? service.doComplete(model, position, optionsFor(textDocument.uri)) : [];
  });

  // Renumber operative paragraphs: arguments [uri]; the edit is applied through the client. The
  // negotiation commands answer with a value (negotiationFeatures.ts).
  connection.onExecuteCommand(async ({ command, arguments: args }, token) => {
    if (negotiation.commands.includes(command)) return negotiation.execute(command, args, { modelOf, messageLanguage: () => messageLanguage }, token);
    if (parity.commands.includes(command)) return parity.execute(args, parityHost, token);
    const uri = typeof args?.[0] === 'string' ? args[0] : undefined;
    const model = command === RENUMBER_COMMAND && uri ? modelOf(uri, token) : undefined;
    const edit = model && service.getRenumberEdit(model, uri!);
    if (edit) await connection.workspace.applyEdit(edit);
    return null;
  });

  // The text of a Word draft, which the editor shows read-only and which is then served like any draft.
  listenForDocxText(connection, () => messageLanguage);
  negotiation.listen({ modelOf, messageLanguage: () => messageLanguage });
  terms.listen({ modelOf, messageLanguage: () => messageLanguage });
  records.listen(() => messageLanguage);
  watched.listen(() => documents.all().forEach(document => schedule(document)));
  documents.listen(connection);
  connection.listen();
}
