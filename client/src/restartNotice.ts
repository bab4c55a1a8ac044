// When the language server dies, vscode-languageclient restarts it (up to 4 times in 3 minutes) and
// shows a notification each time. This wraps its error handler so that the user is told once, in
// words a drafter understands; later restarts go to the output channel only. When the client gives
// up, its own message (the server will not be restarted) is shown as before.
// Imports types only, so that it runs under the unit tests without VS Code.
import type { CloseAction, CloseHandlerResult, ErrorHandler } from 'vscode-languageclient';

const RESTART = 2 as CloseAction.Restart;

export const RESTART_MESSAGES = {
  en: 'The UN Resolution Drafting language server stopped unexpectedly and has been restarted. If it happens again, the output channel "UN Resolution Drafting" has the details.',
  zh: '联合国决议起草语言服务器意外停止，已重新启动。如再次发生，详情见输出面板"UN Resolution Drafting"。',
} as const;

/** handler: the client's default handler, or a function that makes it (called once, at the first use). */
export function tellOnceOnRestart(handler: ErrorHandler | (() => ErrorHandler), message: string): ErrorHandler {
  let told = false;
  let made: ErrorHandler | undefined;
  const inner = () => (made ??= typeof handler === 'function' ? handler() : handler);
  return {
    error: (error, msg, count) => inner().error(error, msg, count),
    async closed(): Promise<CloseHandlerResult> {
      const result = await inner().closed();
      if (result.action !== RESTART) return result;
      if (told) return { ...result, message: result.message ?? 'The language server stopped again and has been restarted.', handled: true };
      told = true;
      return { ...result, message, handled: false };
    },
  };
}
