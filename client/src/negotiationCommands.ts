// The editor's negotiation commands: "Go to paragraph…" (OP12, PP3, 执行部分第12段) and "Compare with
// an earlier revision…" (a file picker, VS Code's own diff, and beside it a read-only report of what
// changed paragraph by paragraph). The server does the reading; these only ask and show.
import * as path from 'node:path';
import {
  commands, env, Position, Range, Selection, TextEditorRevealType, Uri, ViewColumn, window, workspace,
  type Disposable, type TextDocumentContentProvider,
} from 'vscode';

const REPORT_SCHEME = 'un-resolution-compare';

const WORDS = {
  en: {
    prompt: 'Paragraph: OP12, PP3, OP3(a), 执行部分第12段, 序言部分第3段',
    notFound: (query: string) => `No paragraph ${query} in this draft.`,
    pick: 'Compare with this revision',
    diff: (earlier: string, later: string) => `${earlier} ↔ ${later}`,
  },
  zh: {
    prompt: '段落：OP12、PP3、OP3(a)、执行部分第12段、序言部分第3段',
    notFound: (query: string) => `本草案中没有段落 ${query}。`,
    pick: '与此修订稿比较',
    diff: (earlier: string, later: string) => `${earlier} ↔ ${later}`,
  },
};

/** Reports shown as read-only documents, by uri. */
class Reports implements TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  set(uri: Uri, text: string): void { this.texts.set(uri.toString(), text); }
  provideTextDocumentContent(uri: Uri): string { return this.texts.get(uri.toString()) ?? ''; }
}

export function registerNegotiationCommands(): Disposable[] {
  const words = WORDS[env.language.startsWith('zh') ? 'zh' : 'en'];
  const reports = new Reports();
  return [
    workspace.registerTextDocumentContentProvider(REPORT_SCHEME, reports),
    // query: given by tests and keybindings; otherwise asked for.
    commands.registerCommand('unResolution.goToParagraph', async (query?: string) => {
      const editor = window.activeTextEditor;
      if (!editor) return false;
      const asked = query ?? await window.showInputBox({ prompt: words.prompt, placeHolder: 'OP12' });
      if (!asked) return false;
      const found = await commands.executeCommand<{ start: { line: number; character: number } } | null>('unResolution.server.findParagraph', editor.document.uri.toString(), asked);
      if (!found) {
        void window.showInformationMessage(words.notFound(asked));
        return false;
      }
      const at = new Position(found.start.line, found.start.character);
      editor.selection = new Selection(at, at);
      editor.revealRange(new Range(at, at), TextEditorRevealType.InCenter);
      return true;
    }),
    // earlier: given by tests; otherwise picked. Returns the report's uri.
    commands.registerCommand('unResolution.compareWithRevision', async (earlier?: Uri) => {
      const editor = window.activeTextEditor;
      if (!editor) return undefined;
      const later = editor.document.uri;
      const picked = earlier ?? (await window.showOpenDialog({ canSelectMany: false, openLabel: words.pick, defaultUri: Uri.joinPath(later, '..') }))?.[0];
      if (!picked) return undefined;
      const earlierText = new TextDecoder().decode(await workspace.fs.readFile(picked));
      const earlierName = path.basename(picked.path);
      const report = await commands.executeCommand<string | null>('unResolution.server.compareRevisions', later.toString(), earlierText, earlierName);
      if (typeof report !== 'string') return undefined;
      const reportUri = Uri.from({ scheme: REPORT_SCHEME, path: `/${earlierName} → ${path.basename(later.path)}.md` });
      reports.set(reportUri, report);
      await commands.executeCommand('vscode.diff', picked, later, words.diff(earlierName, path.basename(later.path)));
      await window.showTextDocument(await workspace.openTextDocument(reportUri), { viewColumn: ViewColumn.Beside, preview: false });
      return reportUri;
    }),
  ];
}
