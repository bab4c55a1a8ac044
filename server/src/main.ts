// Entry point of dist/server.js: `node dist/server.js --stdio` (or node-ipc when VS Code starts it).
import { format } from 'node:util';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { LifecycleGate } from './lifecycle';
import { startServer } from './server';
import { transportFromArguments } from './transport';

let lifecycle: LifecycleGate | undefined;
const transport = transportFromArguments(
  process.argv.slice(2),
  // The client is gone: as vscode-languageserver does, 0 after shutdown, else 1.
  () => process.exit(lifecycle?.shutDown ? 0 : 1),
  reason => {
    process.stderr.write(`un-resolution-language-server: malformed message on stdin: ${reason}; exiting\n`);
    process.exit(1);
  },
);
lifecycle = new LifecycleGate(transport.writer);
const connection = createConnection(ProposedFeatures.all, transport.reader, transport.writer, { messageStrategy: lifecycle });
if (transport.stdio) {
  // stdout carries the protocol: anything a module prints goes to the client's log instead.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
}
startServer(connection);
