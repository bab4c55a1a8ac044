// The built server's transport (issue 9, case 5, and the lifecycle): over stdio a malformed frame is
// logged on stderr and the process exits with status 1, instead of a server left running and deaf; a
// header line is not buffered past 8 KB; requests before initialize and after shutdown get the errors
// the LSP names. Over node-ipc, as VS Code starts it, a session works as before.
import * as assert from 'node:assert/strict';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import {
  IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, createMessageConnection, type MessageConnection,
} from 'vscode-jsonrpc/node';
import { ROOT, SERVER_BUNDLE, ensureServerBundle } from '../server/lspClient';

const WAIT_MS = 20_000;

/** Servers started by the tests: those still running at the end of a test are killed. */
const started: ChildProcess[] = [];

/** The server over stdio, stdin left open: only the server decides when it ends. */
function server(): { child: ChildProcess; stderr: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  started.push(child);
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  child.stdin!.on('error', () => undefined);   // EPIPE once the server is gone
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
  return { child, stderr: () => stderr, exited };
}

async function exitCode(exited: Promise<number | null>, child: ChildProcess): Promise<number | null> {
  const timer = setTimeout(() => child.kill('SIGKILL'), WAIT_MS);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

/** shutdown, exit: the process ends with status 0. */
async function shutDown(connection: MessageConnection, child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  assert.equal(await exitCode(exited, child), 0);
  connection.dispose();
}

function connect(child: ChildProcess): MessageConnection {
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.listen();
  return connection;
}

const hoverParams = { textDocument: { uri: 'file:///framing/draft.unres' }, position: { line: 1, character: 4 } };
const DRAFT = '安全理事会，\n回顾第2341(2017)号决议，\n';

describe('the built server: framing over stdio, lifecycle, node-ipc', function () {
  this.timeout(60_000);

  before(() => ensureServerBundle());

  afterEach(() => {
    for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  const malformed: [string, string, RegExp][] = [
    ['garbage instead of a header', 'Hello, server\r\n\r\n', /malformed message on stdin: a header line is not "Name: value": "Hello, server"/],
    ['a header without Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}', /a header has no Content-Length/],
    ['a Content-Length that is no number', 'Content-Length: twelve\r\n\r\n{"jsonrpc":"2.0"}', /Content-Length is not a number of bytes: "twelve"/],
    ['a negative Content-Length', 'Content-Length: -5\r\n\r\n', /Content-Length is not a number of bytes: "-5"/],
    // Spaces on both sides of a value that cannot end the line: a regular expression took minutes over it.
    ['8,000 spaces, then a lone CR in the value', `Content-Length:${' '.repeat(8000)}\rx${' '.repeat(100)}\r\n\r\n`, /a header line is not "Name: value"/],
  ];
  for (const [what, bytes, reason] of malformed) {
    it(`${what}: logged on stderr, exit status 1`, async () => {
      const { child, stderr, exited } = server();
      child.stdin!.write(bytes);
      assert.equal(await exitCode(exited, child), 1);
      assert.match(stderr(), reason);
    });
  }

  it('after a good message, a malformed one still stops the server', async () => {
    const { child, stderr, exited } = server();
    const connection = connect(child);
    await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    child.stdin!.write('Content-Length: 10\r\nContent-Length 10\r\n\r\n');
    assert.equal(await exitCode(exited, child), 1);
    assert.match(stderr(), /a header line is not "Name: value": "Content-Length 10"/);
    connection.dispose();
  });

  it('a 64 MB header line without its blank line is not buffered: the server stops after 8 KB', async () => {
    const { child, stderr, exited } = server();
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let written = 0;
    let gone = false;
    void exited.then(() => { gone = true; });
    child.stdin!.write('X-Padding: ');
    while (!gone && written < 64 * chunk.length) {
      written += chunk.length;
      if (!child.stdin!.write(chunk)) await new Promise(resolve => { child.stdin!.once('drain', resolve); void exited.then(resolve); });
    }
    assert.equal(await exitCode(exited, child), 1);
    assert.match(stderr(), /a header is longer than 8 KB without its blank line/);
    assert.ok(written < 64 * chunk.length, `the server read all ${written} bytes`);
  });

  it('a request before initialize gets ServerNotInitialized (-32002); a notification is dropped', async () => {
    const { child, exited } = server();
    const connection = connect(child);
    await assert.rejects(connection.sendRequest('textDocument/hover', hoverParams), { code: -32002 });
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: hoverParams.textDocument.uri, languageId: 'un-resolution', version: 1, text: DRAFT } });
    await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    // The draft opened before initialize was never opened: nothing to hover.
    assert.equal(await connection.sendRequest('textDocument/hover', hoverParams), null);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: hoverParams.textDocument.uri, languageId: 'un-resolution', version: 1, text: DRAFT } });
    assert.match(JSON.stringify(await connection.sendRequest('textDocument/hover', hoverParams)), /S\/RES\/2341 \(2017\)/);
    await shutDown(connection, child, exited);
  });

  it('a request after shutdown gets InvalidRequest (-32600); exit then ends the process with 0', async () => {
    const { child, exited } = server();
    const connection = connect(child);
    await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await connection.sendRequest('shutdown');
    await assert.rejects(connection.sendRequest('textDocument/hover', hoverParams), { code: -32600 });
    await assert.rejects(connection.sendRequest('shutdown'), { code: -32600 });
    await connection.sendNotification('exit');
    assert.equal(await exitCode(exited, child), 0);
    connection.dispose();
  });

  it('stdin closed without shutdown: exit status 1, as vscode-languageserver does', async () => {
    const { child, exited } = server();
    const connection = connect(child);
    await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    child.stdin!.end();
    assert.equal(await exitCode(exited, child), 1);
    connection.dispose();
  });

  it('over node-ipc, as VS Code starts it: a session, hover included, and exit 0 after shutdown', async () => {
    const child = fork(SERVER_BUNDLE, ['--node-ipc'], { cwd: ROOT, execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    started.push(child);
    const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    await assert.rejects(connection.sendRequest('textDocument/hover', hoverParams), { code: -32002 });
    await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: hoverParams.textDocument.uri, languageId: 'un-resolution', version: 1, text: DRAFT } });
    assert.match(JSON.stringify(await connection.sendRequest('textDocument/hover', hoverParams)), /S\/RES\/2341 \(2017\)/);
    await shutDown(connection, child, exited);
  });
});
