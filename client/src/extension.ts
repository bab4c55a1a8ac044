// The extension: start the language server and let it serve resolution drafts.
import * as path from 'node:path';
import { commands, l10n, window, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerDataCurrency } from './dataCurrency';
import { tellOnceOnRestart } from './restartNotice';
import { registerWordDraftCommand } from './wordDraft';
import { registerNegotiationCommands } from './negotiationCommands';
import { registerParityCommand } from './parityCommand';
import { SERVER_NODE_OPTIONS } from '../../server/src/launch';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // .txt and .md drafts are served too; the server decides which read like UN texts. A selector
    // without a scheme takes every scheme: the read-only views of Word drafts (un-resolution-docx:) too.
    documentSelector: [
      { language: 'un-resolution' },
      { language: 'plaintext' },
      { language: 'markdown' },
    ],
    synchronize: { configurationSection: 'unResolution' },
    // A server that dies is restarted by the client; the user is told once.
    errorHandler: tellOnceOnRestart(() => client!.createDefaultErrorHandler(), {
      first: l10n.t('The UN Resolution Drafting language server stopped unexpectedly and has been restarted. If it happens again, the output channel "UN Resolution Drafting" has the details.'),
      again: l10n.t('The language server stopped again and has been restarted.'),
    }),
  };
  client = new LanguageClient('unResolution', 'UN Resolution Drafting', serverOptions, clientOptions);
  // The server does the renumbering and applies the edit; the command only names the active draft.
  context.subscriptions.push(commands.registerCommand('unResolution.renumberOperativeParagraphs', async () => {
    const uri = window.activeTextEditor?.document.uri.toString();
    if (uri) await commands.executeCommand('unResolution.server.renumberOperativeParagraphs', uri);
  }));
  context.subscriptions.push(...registerDataCurrency(client));
  registerWordDraftCommand(context, client);
  // Go to paragraph…, Compare with an earlier revision… (the server answers both).
  context.subscriptions.push(...registerNegotiationCommands());
  context.subscriptions.push(registerParityCommand());
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
