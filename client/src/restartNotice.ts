// When the language server dies, vscode-languageclient restarts it (up to 4 times in 3 minutes) and
// shows a notification each time. This wraps its error handler so that the user is told once, in
// words a drafter understands; later restarts go to the output channel only. When the client gives
// up, its own message (the server will not be restarted) is shown as before.
// Imports types only, so that it runs under the unit tests without VS Code; the extension passes the
// messages in the editor's language (vscode.l10n, l10n/bundle.l10n.*.json).
import type { CloseAction, CloseHandlerResult, ErrorHandler } from 'vscode-languageclient';

const RESTART = 2 as CloseAction.Restart;

export interface RestartMessages {
  /** Shown to the user at the first restart. */
  readonly first: string;
  /** Written to the output channel at each later one. */
  readonly again: string;
}

/** handler: the client's default handler, or a function that makes it (called once, at the first use). */
export function tellOnceOnRestart(handler: ErrorHandler | (() => ErrorHandler), messages: RestartMessages): ErrorHandler {
  let told = false;
  let made: ErrorHandler | undefined;
  const inner = () => (made ??= typeof handler === 'function' ? handler() : handler);
  return {
    error: (error, msg, count) => inner().error(error, msg, count),
    async closed(): Promise<CloseHandlerResult> {
      const result = await inner().closed();
      if (result.action !== RESTART) return result;
      if (told) return { ...result, message: result.message ?? messages.again, handled: true };
      told = true;
      return { ...result, message: messages.first, handled: false };
    },
  };
}
