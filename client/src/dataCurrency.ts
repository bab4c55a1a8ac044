// "UN Resolution: Show data currency": asks the language server how current its data is (for the
// draft in view, with its workspace record file) and shows the answer in a read-only document.
import { commands, EventEmitter, Uri, window, workspace, type Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

const SCHEME = 'un-resolution-data';
const DOCUMENT = Uri.from({ scheme: SCHEME, path: '/data-currency.txt' });

export function registerDataCurrency(client: LanguageClient): Disposable[] {
  let text = '';
  const changed = new EventEmitter<Uri>();
  return [
    changed,
    workspace.registerTextDocumentContentProvider(SCHEME, { onDidChange: changed.event, provideTextDocumentContent: () => text }),
    commands.registerCommand('unResolution.showDataCurrency', async () => {
      // The draft in view, not this command's own document when it is in front.
      const draft = [window.activeTextEditor, ...window.visibleTextEditors].find(e => e && e.document.uri.scheme !== SCHEME);
      const answer = await client.sendRequest<{ text: string }>('unResolution/dataCurrency', { uri: draft?.document.uri.toString() });
      text = answer.text;
      changed.fire(DOCUMENT);
      await window.showTextDocument(await workspace.openTextDocument(DOCUMENT), { preview: true });
      return text;
    }),
  ];
}
