// A small LSP test client: speaks JSON-RPC to the language server either in-process (two
// PassThrough pipes into startServer) or over stdio to the built bundle (node dist/server.js --stdio).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, StreamMessageReader, StreamMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  ApplyWorkspaceEditRequest, CodeActionRequest, ConfigurationRequest, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification, type FileEvent,
  DidOpenTextDocumentNotification, ExitNotification, HoverRequest, InitializeRequest,
  InitializedNotification, LogMessageNotification, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest,
  type CodeAction, type Command, type Diagnostic, type Hover, type InitializeResult, type Position,
  type PublishDiagnosticsParams, type Range, type TextDocumentContentChangeEvent, type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from '../../server/src/server';
import { SERVER_NODE_OPTIONS } from '../../server/src/launch';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER_BUNDLE = path.join(ROOT, 'dist', 'server.js');

/** How long waitForDiagnostics and requests wait before failing the test with a clear message. */
export const DEADLINE_MS = 5000;

interface Transport {
  /** Sent in initialize: the stdio server watches this process and exits when it is gone. */
  processId: number | null;
  /** The server's process id, when it runs in a process of its own. */
  pid?: number;
  stop(): Promise<void>;
  stderr?(): string;
}

interface Waiter {
  predicate: (params: PublishDiagnosticsParams) => boolean;
  resolve: (params: PublishDiagnosticsParams) => void;
  reject: (error: Error) => void;
}

function withDeadline<T>(promise: Promise<T>, what: string, ms = DEADLINE_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

export class LspTestClient {
  /** The last version sent per uri: a publishDiagnostics for another version is stale and skipped. */
  private readonly versions = new Map<string, number>();
  /** publishDiagnostics received since the last open/change/close of each uri, not yet consumed. */
  private readonly unread = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters = new Map<string, Waiter[]>();
  /** Settings by section, answered to workspace/configuration when initialize was given some. */
  private settings: Record<string, unknown> = {};
  /** window/logMessage texts, shown when a wait fails. */
  readonly logs: string[] = [];
  /** Every publishDiagnostics received, in order, stale ones included. */
  readonly published: PublishDiagnosticsParams[] = [];

  constructor(private readonly connection: MessageConnection, private readonly transport: Transport) {
    connection.onNotification(PublishDiagnosticsNotification.type, params => this.received(params));
    connection.onNotification(LogMessageNotification.type, ({ message }) => this.logs.push(message));
    // A server that dies fails the waiting tests at once, with what it said, instead of at the deadline.
    connection.onClose(() => this.failWaiters(new Error(`the server closed the connection${this.serverLog()}`)));
    connection.listen();
  }

  /**
   * With settings, the client declares workspace/configuration support and answers the server's requests
   * from them; watchFiles declares dynamic registration of file watchers (the server's registrations are answered).
   */
  async initialize(locale?: string, settings?: Record<string, unknown>, { watchFiles = false } = {}): Promise<InitializeResult> {
    if (settings) {
      this.settings = settings;
      this.connection.onRequest(ConfigurationRequest.type, ({ items }) => items.map(item => this.settings[item.section ?? ''] ?? null));
    }
    const result = await withDeadline(this.connection.sendRequest(InitializeRequest.type, {
      processId: this.transport.processId,
      rootUri: null,
      capabilities: {
        textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown', 'plaintext'] } },
        workspace: { ...(settings ? { configuration: true } : {}), ...(watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}) },
      },
      ...(locale ? { locale } : {}),
    }), 'initialize');
    if (watchFiles) this.connection.onRequest(RegistrationRequest.type, () => null);
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** workspace/didChangeWatchedFiles, as an editor that watches files sends it. */
  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** New settings and a didChangeConfiguration; diagnostics published before it no longer count as unread. */
  async changeConfiguration(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    for (const uri of this.unread.keys()) this.unread.set(uri, []);
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    this.sent(uri, version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    this.sent(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  async close(uri: string): Promise<void> {
    this.sent(uri, undefined);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Any request by method name, for features without a helper of their own. */
  request<R>(method: string, params: unknown): Promise<R> {
    return withDeadline(this.connection.sendRequest<R>(method, params), method);
  }

  /** The server's process id when it runs over stdio (for its memory in /proc), else undefined. */
  get serverPid(): number | undefined {
    return this.transport.pid;
  }

  /** A request cancelled ($/cancelRequest) as soon as it is sent: the answer, or the error it got. */
  requestCancelled<R>(method: string, params: unknown): Promise<{ result?: R; error?: { code: number; message: string } }> {
    const source = new CancellationTokenSource();
    const answer = this.connection.sendRequest<R>(method, params, source.token);
    source.cancel();
    return withDeadline(answer.then(result => ({ result }), (error: { code: number; message: string }) => ({ error })), `${method} (cancelled)`);
  }

  /** Answers workspace/applyEdit as an editor would (applied: true) and hands each edit to the test. */
  onApplyEdit(handler: (edit: WorkspaceEdit) => void): void {
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, ({ edit }) => {
      handler(edit);
      return { applied: true };
    });
  }

  hover(uri: string, position: Position, ms = DEADLINE_MS): Promise<Hover | null> {
    return withDeadline(this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), `hover ${uri}`, ms);
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<(Command | CodeAction)[] | null> {
    return withDeadline(
      this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } }),
      `codeAction ${uri}`,
    );
  }

  /**
   * The next publishDiagnostics for uri that matches predicate, counted from the last open, change
   * or close sent for uri (so calling this after `await open(...)` cannot miss it). Diagnostics for
   * another version than the last one sent are stale and skipped. Rejects after the deadline.
   */
  waitForDiagnostics(uri: string, predicate: (params: PublishDiagnosticsParams) => boolean = () => true, ms = DEADLINE_MS): Promise<PublishDiagnosticsParams> {
    const matches = (params: PublishDiagnosticsParams) => this.current(params) && predicate(params);
    const unread = this.unread.get(uri) ?? [];
    const index = unread.findIndex(matches);
    if (index >= 0) return Promise.resolve(unread.splice(index, 1)[0]);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.removeWaiter(uri, waiter);
        const seen = (this.unread.get(uri) ?? []).map(p => `v${p.version ?? '-'}: ${JSON.stringify(p.diagnostics.map(d => d.code))}`);
        reject(new Error(`No matching publishDiagnostics for ${uri} (version ${this.versions.get(uri) ?? '-'}) within ${ms} ms; ` +
          `unmatched since the last edit: [${seen.join(', ')}]${this.serverLog()}`));
      }, ms);
      const waiter: Waiter = {
        predicate: matches,
        resolve: params => { clearTimeout(timer); resolve(params); },
        reject: error => { clearTimeout(timer); reject(error); },
      };
      this.waiters.set(uri, [...(this.waiters.get(uri) ?? []), waiter]);
    });
  }

  /** shutdown, exit, and the server is gone; waiting tests are failed rather than left hanging. */
  async shutdown(): Promise<void> {
    this.failWaiters(new Error('the test client shut the server down'));
    await this.transport.stop();
  }

  private failWaiters(error: Error): void {
    for (const [, waiters] of this.waiters) waiters.forEach(w => w.reject(error));
    this.waiters.clear();
  }

  private serverLog(): string {
    const log = [...this.logs, this.transport.stderr?.() ?? ''].filter(Boolean).join('\n');
    return log ? `\nserver log:\n${log}` : '';
  }

  private sent(uri: string, version: number | undefined): void {
    if (version === undefined) this.versions.delete(uri); else this.versions.set(uri, version);
    this.unread.set(uri, []);
  }

  private current(params: PublishDiagnosticsParams): boolean {
    const sent = this.versions.get(params.uri);
    return params.version === undefined || sent === undefined || params.version === sent;
  }

  private received(params: PublishDiagnosticsParams): void {
    this.published.push(params);
    const waiter = (this.waiters.get(params.uri) ?? []).find(w => w.predicate(params));
    if (waiter) {
      this.removeWaiter(params.uri, waiter);
      waiter.resolve(params);
    } else {
      this.unread.set(params.uri, [...(this.unread.get(params.uri) ?? []), params]);
    }
  }

  private removeWaiter(uri: string, waiter: Waiter): void {
    this.waiters.set(uri, (this.waiters.get(uri) ?? []).filter(w => w !== waiter));
  }
}

/**
 * The server in this process, over two PassThrough pipes. No exit notification is sent: the
 * vscode-languageserver watchdog would call process.exit. Stopping sends shutdown and closes the pipes.
 */
/** An in-process server, already initialized: what most suites start with. */
export async function startedInProcess(): Promise<LspTestClient> {
  const client = startInProcess();
  await client.initialize();
  return client;
}

export function startInProcess(): LspTestClient {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  // MessageReader/Writer rather than raw streams: given streams, createConnection exits the process when they end.
  const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(serverConnection);
  const connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  return new LspTestClient(connection, {
    processId: null,
    async stop() {
      try {
        await withDeadline(connection.sendRequest(ShutdownRequest.type), 'shutdown');
      } finally {
        connection.dispose();
        serverConnection.dispose();
        toServer.end();
        toClient.end();
      }
    },
  });
}

/**
 * An in-process server initialized by a client that watches files, has a workspace folder and can
 * create files, as VS Code does; `registered` is the server's first client/registerCapability.
 */
export async function startWatchingInProcess(root: string): Promise<{ client: LspTestClient; connection: MessageConnection; registered: Promise<unknown> }> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(serverConnection);
  const connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const registered = new Promise(resolve => connection.onRequest(RegistrationRequest.type, params => { resolve(params); return null; }));
  const client = new LspTestClient(connection, {
    processId: null,
    async stop() {
      await connection.sendRequest(ShutdownRequest.type);
      connection.dispose();
      serverConnection.dispose();
    },
  });
  await connection.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'ws' }],
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return { client, connection, registered };
}

/** Builds dist/server.js when it is missing or older than a source file of the server. */
export function ensureServerBundle(): void {
  const newestSource = (dir: string): number => fs.readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const file = path.join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestSource(file) : fs.statSync(file).mtimeMs);
  }, 0);
  if (fs.existsSync(SERVER_BUNDLE) && fs.statSync(SERVER_BUNDLE).mtimeMs >= newestSource(path.join(ROOT, 'server', 'src'))) return;
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`node esbuild.mjs failed (${build.status}):\n${build.stdout}${build.stderr}`);
}

/** The built server over stdio (built first if it is missing or old), already initialized. */
export async function startedStdio(locale?: string): Promise<LspTestClient> {
  ensureServerBundle();
  const client = startStdio();
  await client.initialize(locale);
  return client;
}

/** `node dist/server.js --stdio` as a child process, with the options the extension starts it with. Stopping sends shutdown and exit, then kills it if it lingers. */
export function startStdio(bundle = SERVER_BUNDLE): LspTestClient {
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_OPTIONS, bundle, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  const exited = new Promise<void>(resolve => {
    if (child.exitCode !== null) resolve(); else child.once('exit', () => resolve());
  });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  return new LspTestClient(connection, {
    processId: process.pid,
    pid: child.pid,
    stderr: () => stderr,
    async stop() {
      try {
        if (child.exitCode === null) {
          await withDeadline(connection.sendRequest(ShutdownRequest.type), 'shutdown');
          await connection.sendNotification(ExitNotification.type);
        }
        await withDeadline(exited, 'server exit', 2000);
        if (child.exitCode !== 0) throw new Error(`the server exited with ${child.exitCode ?? child.signalCode} after shutdown and exit:\n${stderr}`);
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        connection.dispose();
      }
    },
  });
}
