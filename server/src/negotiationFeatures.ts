// The language server's side of negotiation: paragraph labels as inlay hints (setting
// unResolution.inlayHints.paragraphLabels), paragraphs as workspace symbols, and the commands behind
// "Go to paragraph…" and "Compare with an earlier revision…".
import type { CancellationToken, Connection, InitializeParams, ServerCapabilities, SymbolInformation, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatMarkdown, type DraftLanguage, type ResolutionDocument, type ResolutionService } from './core';
import type { SettingsCache } from './settings';

/** Arguments [uri, query]: the range of the paragraph the query names (OP12, 执行部分第12段), or null. */
export const FIND_PARAGRAPH_COMMAND = 'unResolution.server.findParagraph';
/** Arguments [later uri, earlier text, earlier name]: the comparison as a Markdown report. */
export const COMPARE_COMMAND = 'unResolution.server.compareRevisions';

export interface NegotiationHost {
  modelOf(uri: string, token?: CancellationToken): ResolutionDocument | undefined;
  messageLanguage(): DraftLanguage | undefined;
}

export class NegotiationFeatures {
  readonly commands = [FIND_PARAGRAPH_COMMAND, COMPARE_COMMAND];
  private refreshSupported = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: ResolutionService,
    private readonly settings: SettingsCache,
  ) {}

  initialize(params: InitializeParams): ServerCapabilities {
    this.refreshSupported = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
    return { inlayHintProvider: true, workspaceSymbolProvider: true };
  }

  /** The settings changed: the client asks for hints again (they may have been turned off). */
  configurationChanged(): void {
    if (this.refreshSupported) void this.connection.languages.inlayHint.refresh();
  }

  listen(host: NegotiationHost): void {
    const { connection, service } = this;
    connection.languages.inlayHint.on(async ({ textDocument, range }, token) => {
      const { paragraphLabels } = await this.settings.get(textDocument.uri);
      const model = paragraphLabels ? host.modelOf(textDocument.uri, token) : undefined;
      return model ? service.getInlayHints(model, range) : [];
    });
    connection.onWorkspaceSymbol(({ query }, token) => this.documents.all().flatMap((document): SymbolInformation[] => {
      const model = host.modelOf(document.uri, token);
      return model ? service.getParagraphSymbols(model, query).map(s => ({ name: s.name, kind: s.kind, location: { uri: document.uri, range: s.range } })) : [];
    }));
  }

  /** Runs one of this.commands; undefined when the arguments do not fit. */
  execute(command: string, args: unknown[] | undefined, host: NegotiationHost, token?: CancellationToken): unknown {
    const uri = typeof args?.[0] === 'string' ? args[0] : undefined;
    const model = uri ? host.modelOf(uri, token) : undefined;
    if (!model) return null;
    if (command === FIND_PARAGRAPH_COMMAND && typeof args?.[1] === 'string') return this.service.findParagraph(model, args[1]);
    if (command === COMPARE_COMMAND && typeof args?.[1] === 'string') {
      const earlier = this.service.parse(args[1]);
      const name = typeof args[2] === 'string' ? args[2] : '';
      const language = host.messageLanguage() ?? model.language;
      return formatMarkdown(this.service.compareRevisions(earlier, model), language, { earlier: name, later: uri!.split('/').pop() ?? uri! });
    }
    return null;
  }
}
