// "UN Resolution: Check a Word draft…": the server reads the .docx (unResolution/docxText) and the
// editor shows its text read-only, one paragraph a line, as a UN Resolution document that the server
// then serves like any draft. The client only shows what the server read; nothing is written to the .docx.
import * as path from 'node:path';
import {
  commands, EventEmitter, l10n, languages, RelativePattern, Uri, window, workspace,
  type Disposable, type ExtensionContext, type TextDocumentContentProvider, type TextEditor,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCX_TEXT_REQUEST, DOCX_VIEW_SCHEME, type DocxTextParams, type DocxTextResult } from '../../server/src/docxProtocol';

export const CHECK_WORD_DRAFT_COMMAND = 'unResolution.checkWordDraft';

/** The read-only views of .docx files: their text comes from the server, again when the file changes on disk. */
class WordDraftViews implements TextDocumentContentProvider, Disposable {
  private readonly changed = new EventEmitter<Uri>();
  readonly onDidChange = this.changed.event;
  /** Text read for a view, kept until the provider gives it out (the command reads before it opens). */
  private readonly read = new Map<string, string>();
  private readonly watchers = new Map<string, Disposable>();

  constructor(private readonly client: LanguageClient) {}

  /** The text of a .docx, or why the server could not read it. */
  async readText(file: Uri): Promise<DocxTextResult> {
    return this.client.sendRequest<DocxTextResult>(DOCX_TEXT_REQUEST, { uri: file.toString() } satisfies DocxTextParams);
  }

  async open(file: Uri): Promise<TextEditor | { problem: string }> {
    const result = await this.readText(file);
    if ('problem' in result) return result;
    const view = file.with({ scheme: DOCX_VIEW_SCHEME });
    this.read.set(view.toString(), result.text);
    this.watch(file, view);
    // A view already open shows what was read before: it takes the new text.
    if (workspace.textDocuments.some(document => document.uri.toString() === view.toString())) this.changed.fire(view);
    const document = await languages.setTextDocumentLanguage(await workspace.openTextDocument(view), 'un-resolution');
    return window.showTextDocument(document, { preview: false });
  }

  async provideTextDocumentContent(view: Uri): Promise<string> {
    const key = view.toString();
    const text = this.read.get(key);
    if (text !== undefined) {
      this.read.delete(key);
      return text;
    }
    const result = await this.readText(view.with({ scheme: 'file' }));
    return 'problem' in result ? '' : result.text;
  }

  /** Saving the .docx in Word updates its view. */
  private watch(file: Uri, view: Uri): void {
    if (this.watchers.has(view.toString())) return;
    const watcher = workspace.createFileSystemWatcher(new RelativePattern(Uri.file(path.dirname(file.fsPath)), path.basename(file.fsPath)));
    watcher.onDidChange(() => this.changed.fire(view));
    this.watchers.set(view.toString(), watcher);
  }

  dispose(): void {
    this.watchers.forEach(watcher => watcher.dispose());
    this.changed.dispose();
  }
}

/**
 * The command takes the .docx as an argument (tests, other extensions) or asks for it with a file
 * picker. It returns the editor of the view, or the problem it showed when the file could not be read.
 */
export function registerWordDraftCommand(context: ExtensionContext, client: LanguageClient): void {
  const views = new WordDraftViews(client);
  context.subscriptions.push(views, workspace.registerTextDocumentContentProvider(DOCX_VIEW_SCHEME, views));
  context.subscriptions.push(commands.registerCommand(CHECK_WORD_DRAFT_COMMAND, async (given?: Uri) => {
    const file = given ?? (await window.showOpenDialog({
      canSelectMany: false,
      openLabel: l10n.t('Check'),
      filters: { [l10n.t('Word documents')]: ['docx'] },
    }))?.[0];
    if (!file) return undefined;
    const opened = await views.open(file);
    if ('problem' in opened) {
      const problem = l10n.t('{0} could not be read: {1}', path.basename(file.fsPath), opened.problem);
      void window.showErrorMessage(problem);
      return { problem };
    }
    return opened;
  }));
}
