// The extension: start the language server and let it serve resolution drafts.
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // .txt and .md drafts are served too; the server decides which read like UN texts.
    documentSelector: [
      { language: 'un-resolution' },
      { language: 'plaintext' },
      { language: 'markdown' },
    ],
    synchronize: { configurationSection: 'unResolution' },
  };
  client = new LanguageClient('unResolution', 'UN Resolution Drafting', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
