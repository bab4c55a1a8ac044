// How the server talks to its client, from the command line as vscode-languageserver reads it:
// --node-ipc (VS Code), --stdio (Neovim, Emacs and the others), --socket=PORT or --pipe=NAME. The
// reader and the writer are made here so that the lifecycle gate can answer through the writer, and
// stdin goes through the framing guard.
import {
  IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, createServerPipeTransport, createServerSocketTransport,
  type MessageReader, type MessageWriter,
} from 'vscode-languageserver/node';
import { FramingGuard } from './stdioFraming';

export interface Transport {
  readonly reader: MessageReader;
  readonly writer: MessageWriter;
  /** stdio: stdout carries the protocol. */
  readonly stdio: boolean;
}

/** The value of --name=value or --name value. */
function option(args: readonly string[], name: string): string | undefined {
  const at = args.findIndex(arg => arg === name || arg.startsWith(`${name}=`));
  if (at < 0) return undefined;
  return args[at].includes('=') ? args[at].slice(name.length + 1) : args[at + 1];
}

/**
 * The transport the arguments name. stdin's end (the client is gone) calls onInputEnd; a malformed
 * frame on stdin calls onMalformed.
 */
export function transportFromArguments(args: readonly string[], onInputEnd: () => void, onMalformed: (reason: string) => void): Transport {
  if (args.includes('--node-ipc')) return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), stdio: false };
  if (args.includes('--stdio')) {
    const input = process.stdin.pipe(new FramingGuard(onMalformed));
    input.on('end', onInputEnd);
    return { reader: new StreamMessageReader(input), writer: new StreamMessageWriter(process.stdout), stdio: true };
  }
  const port = option(args, '--socket');
  const pipe = option(args, '--pipe');
  const [reader, writer] = port ? createServerSocketTransport(Number(port)) : pipe ? createServerPipeTransport(pipe) : [];
  if (!reader || !writer) throw new Error('the server takes --stdio, --node-ipc, --socket=PORT or --pipe=NAME');
  return { reader, writer, stdio: false };
}
