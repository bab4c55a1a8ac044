// Entry point of dist/server.js: `node dist/server.js --stdio` (or node-ipc when VS Code starts it).
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
