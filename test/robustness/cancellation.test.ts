// Cancellation is honoured for every request the server declares: a request cancelled as soon as it
// is sent gets an empty answer (or the RequestCancelled error) instead of the work being done. The
// requests come from the server's own capabilities, so a provider added later is covered too.
import * as assert from 'node:assert/strict';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { startInProcess, type LspTestClient } from '../server/lspClient';

const URI = 'file:///cancel/draft.unres';
const TEXT = [
  '安全理事会，',
  '回顾第2195(2015)号决议和第1373(2001)号决议，',
  '1. 决定第2341(2017决议；',
  '2. 请秘书长报告。',
  '',
].join('\n');
const position = { line: 1, character: 4 };
const range = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
const textDocument = { uri: URI };

/** Provider capability → the request it declares and its parameters. */
const REQUESTS: Record<string, { method: string; params: unknown } | 'not a request'> = {
  hoverProvider: { method: 'textDocument/hover', params: { textDocument, position } },
  completionProvider: { method: 'textDocument/completion', params: { textDocument, position } },
  signatureHelpProvider: { method: 'textDocument/signatureHelp', params: { textDocument, position } },
  definitionProvider: { method: 'textDocument/definition', params: { textDocument, position } },
  typeDefinitionProvider: { method: 'textDocument/typeDefinition', params: { textDocument, position } },
  implementationProvider: { method: 'textDocument/implementation', params: { textDocument, position } },
  declarationProvider: { method: 'textDocument/declaration', params: { textDocument, position } },
  referencesProvider: { method: 'textDocument/references', params: { textDocument, position, context: { includeDeclaration: true } } },
  documentHighlightProvider: { method: 'textDocument/documentHighlight', params: { textDocument, position } },
  documentSymbolProvider: { method: 'textDocument/documentSymbol', params: { textDocument } },
  codeActionProvider: { method: 'textDocument/codeAction', params: { textDocument, range, context: { diagnostics: [] } } },
  codeLensProvider: { method: 'textDocument/codeLens', params: { textDocument } },
  documentLinkProvider: { method: 'textDocument/documentLink', params: { textDocument } },
  colorProvider: { method: 'textDocument/documentColor', params: { textDocument } },
  documentFormattingProvider: { method: 'textDocument/formatting', params: { textDocument, options: { tabSize: 2, insertSpaces: true } } },
  documentRangeFormattingProvider: { method: 'textDocument/rangeFormatting', params: { textDocument, range, options: { tabSize: 2, insertSpaces: true } } },
  documentOnTypeFormattingProvider: { method: 'textDocument/onTypeFormatting', params: { textDocument, position, ch: '，', options: { tabSize: 2, insertSpaces: true } } },
  renameProvider: { method: 'textDocument/rename', params: { textDocument, position, newName: 'x' } },
  foldingRangeProvider: { method: 'textDocument/foldingRange', params: { textDocument } },
  selectionRangeProvider: { method: 'textDocument/selectionRange', params: { textDocument, positions: [position] } },
  linkedEditingRangeProvider: { method: 'textDocument/linkedEditingRange', params: { textDocument, position } },
  semanticTokensProvider: { method: 'textDocument/semanticTokens/full', params: { textDocument } },
  inlayHintProvider: { method: 'textDocument/inlayHint', params: { textDocument, range } },
  workspaceSymbolProvider: { method: 'workspace/symbol', params: { query: '2341' } },
  // Commands change the workspace; their cancellation is the command's own affair.
  executeCommandProvider: 'not a request',
};

/** What a cancelled request may answer: nothing, or the RequestCancelled error. */
function isEmpty(answer: { result?: unknown; error?: { code: number } }): boolean {
  if (answer.error) return answer.error.code === -32800;
  const result = answer.result as { items?: unknown[]; data?: unknown[] } | unknown[] | null | undefined;
  if (result === null || result === undefined) return true;
  if (Array.isArray(result)) return result.length === 0;
  return (result.items?.length ?? result.data?.length ?? 1) === 0;
}

describe('server in-process: cancellation of every declared request', function () {
  let client: LspTestClient;
  let capabilities: InitializeResult['capabilities'];

  before(async () => {
    client = startInProcess();
    capabilities = (await client.initialize()).capabilities;
    await client.open(URI, 'un-resolution', TEXT);
    await client.waitForDiagnostics(URI);
  });

  after(async () => {
    await client?.shutdown();
  });

  it('knows every provider the server declares', () => {
    const providers = Object.keys(capabilities).filter(key => key.endsWith('Provider'));
    const unknown = providers.filter(key => !(key in REQUESTS));
    assert.deepEqual(unknown, [], 'add these providers to REQUESTS in test/robustness/cancellation.test.ts');
    assert.ok(providers.includes('hoverProvider'));
  });

  it('answers a request cancelled as soon as it is sent with nothing, for every provider', async () => {
    for (const key of Object.keys(capabilities).filter(k => k.endsWith('Provider'))) {
      const request = REQUESTS[key];
      if (!request || request === 'not a request' || !capabilities[key as keyof typeof capabilities]) continue;
      const answer = await client.requestCancelled(request.method, request.params);
      assert.ok(isEmpty(answer), `${request.method} did work after it was cancelled: ${JSON.stringify(answer).slice(0, 300)}`);
    }
  });

  it('answers the same requests in full when they are not cancelled (the hover has something to say)', async () => {
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument, position });
    assert.match(hover?.contents.value ?? '', /2195/);
  });
});
