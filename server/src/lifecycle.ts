// The lifecycle the LSP prescribes, which vscode-languageserver leaves to the server: before
// initialize, a request gets the error ServerNotInitialized (-32002) and a notification is dropped
// (exit aside); after shutdown, a request gets InvalidRequest (-32600). A message strategy sees
// every message before it is dispatched to a handler.
import { ErrorCodes, Message, type MessageStrategy, type MessageWriter, type RequestMessage } from 'vscode-languageserver/node';

export class LifecycleGate implements MessageStrategy {
  private state: 'new' | 'running' | 'shutDown' = 'new';

  constructor(private readonly writer: MessageWriter) {}

  /** Whether shutdown was received: the process then exits with status 0 rather than 1. */
  get shutDown(): boolean {
    return this.state === 'shutDown';
  }

  handleMessage(message: Message, next: (message: Message) => void): void {
    if (Message.isRequest(message)) {
      if (this.state === 'new' && message.method !== 'initialize') {
        return this.reject(message, ErrorCodes.ServerNotInitialized, `${message.method} before initialize: the server is not initialized`);
      }
      if (this.state === 'shutDown') {
        return this.reject(message, ErrorCodes.InvalidRequest, `${message.method} after shutdown: only the exit notification is accepted`);
      }
      if (message.method === 'initialize') this.state = 'running';
      else if (message.method === 'shutdown') this.state = 'shutDown';
    } else if (Message.isNotification(message) && this.state === 'new' && message.method !== 'exit') {
      return;
    }
    next(message);
  }

  private reject(request: RequestMessage, code: number, reason: string): void {
    void this.writer.write({ jsonrpc: '2.0', id: request.id, error: { code, message: reason } } as Message);
  }
}
