// The language server's side of terms: the workspace glossary of each draft (found, watched,
// its problems published on the file itself), navigation handlers and "Add to the workspace glossary".
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type CancellationToken, type CodeAction, type Connection, type InitializeParams, type Range, type ServerCapabilities,
} from 'vscode-languageserver';
import {
  builtinGlossary, GLOSSARY_FILE_NAME, glossaryFileDiagnostics,
  type DraftLanguage, type Glossary, type ResolutionDocument, type ResolutionService,
} from './core';
import { DEFAULT_MAX_DIAGNOSTICS } from './core/features/diagnostics';
import { pathOfUri as pathOf, type WatchedFiles } from './watchedFiles';
import { WorkspaceGlossaries, type LoadedGlossaryFile } from './workspaceGlossary';

export interface TermHost {
  /** The parsed model of an open document, unless the request was cancelled. */
  modelOf(uri: string, token?: CancellationToken): ResolutionDocument | undefined;
  messageLanguage(): DraftLanguage | undefined;
}

export class TermFeatures {
  private readonly glossaries = new WorkspaceGlossaries(file => this.publish(file));
  private canCreateFiles = false;
  private folders: string[] = [];
  private host?: TermHost;

  constructor(private readonly connection: Connection, private readonly service: ResolutionService, watched: WatchedFiles) {
    watched.watch(GLOSSARY_FILE_NAME, this.glossaries);
  }

  initialize(params: InitializeParams): ServerCapabilities {
    const workspace = params.capabilities.workspace;
    this.canCreateFiles = !!workspace?.workspaceEdit?.documentChanges && !!workspace.workspaceEdit.resourceOperations?.includes('create');
    const roots = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = roots.map(pathOf).filter(p => p !== undefined);
    return { definitionProvider: true, referencesProvider: true, documentHighlightProvider: true };
  }

  /** The glossary of a draft's workspace: the built-in one, with the nearest .resolution-terms.json over it. */
  glossaryFor(uri: string, configured?: string): Glossary {
    const path = pathOf(uri);
    return path ? this.glossaries.glossaryFor(path, configured) : builtinGlossary();
  }

  listen(host: TermHost): void {
    this.host = host;
    const { connection, service } = this;
    connection.onDefinition(({ textDocument, position }, token) => {
      const model = host.modelOf(textDocument.uri, token);
      return model ? service.findDefinition(model, position).map(range => ({ uri: textDocument.uri, range })) : [];
    });
    connection.onReferences(({ textDocument, position, context }, token) => {
      const model = host.modelOf(textDocument.uri, token);
      return model ? service.findReferences(model, position, context.includeDeclaration).map(range => ({ uri: textDocument.uri, range })) : [];
    });
    connection.onDocumentHighlight(({ textDocument, position }, token) => {
      const model = host.modelOf(textDocument.uri, token);
      return model ? service.getDocumentHighlights(model, position) : [];
    });
  }

  /** "Add to the workspace glossary" for definitions in range: into the file in effect, or a new one at the workspace root. */
  /** configured: the glossary the draft's configuration names, which the entry goes into. */
  codeActions(model: ResolutionDocument, uri: string, range: Range, configured?: string): CodeAction[] {
    const draftPath = pathOf(uri);
    if (!draftPath || model.terms.definitions.every(d => !d.novel)) return [];
    const existing = this.glossaries.fileFor(draftPath, configured);
    if (!existing && !this.canCreateFiles) return [];
    const root = this.folders.filter(f => !relative(f, draftPath).startsWith('..')).sort((a, b) => b.length - a.length)[0];
    const path = existing?.path ?? join(root ?? dirname(draftPath), GLOSSARY_FILE_NAME);
    const target = { uri: pathToFileURL(path).href, text: existing?.text, draftName: relative(dirname(path), draftPath) };
    return this.service.getGlossaryActions(model, range, target, { messageLanguage: this.host?.messageLanguage() });
  }

  /** A glossary file read anew: its problems, or none, on the file itself. */
  private publish(file: LoadedGlossaryFile): void {
    const diagnostics = glossaryFileDiagnostics(file.text, file.problems, this.host?.messageLanguage() ?? 'en', DEFAULT_MAX_DIAGNOSTICS);
    void this.connection.sendDiagnostics({ uri: pathToFileURL(file.path).href, diagnostics });
  }
}
