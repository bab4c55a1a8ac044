// The client tells the user once that the server died and was restarted (client/src/restartNotice.ts).
// The restart itself is vscode-languageclient's; here the handler it consults is checked.
import * as assert from 'node:assert/strict';
import type { CloseHandlerResult, ErrorHandler } from 'vscode-languageclient';
import { tellOnceOnRestart } from '../../client/src/restartNotice';

const MESSAGES = { first: 'The server stopped and has been restarted.', again: 'It stopped again and has been restarted.' };

const RESTART = 2;
const DO_NOT_RESTART = 1;

/** A stand-in for the client's default handler: restarts `restarts` times, then gives up. */
function defaultHandler(restarts: number): ErrorHandler {
  let closed = 0;
  return {
    error: () => ({ action: 1 }),
    closed: () => (++closed <= restarts
      ? { action: RESTART }
      : { action: DO_NOT_RESTART, message: 'The server crashed 5 times in the last 3 minutes. The server will not be restarted.' }) as CloseHandlerResult,
  };
}

describe('client: the user is told once when the server is restarted', () => {
  it('shows the message on the first restart, logs the later ones, and keeps restarting', async () => {
    const handler = tellOnceOnRestart(defaultHandler(4), MESSAGES);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await handler.closed());
    assert.deepEqual(results.map(r => r.action), [RESTART, RESTART, RESTART, RESTART]);
    assert.deepEqual(results[0], { action: RESTART, message: MESSAGES.first, handled: false });
    assert.deepEqual(results.slice(1).map(r => r.message), [MESSAGES.again, MESSAGES.again, MESSAGES.again]);
    assert.deepEqual(results.slice(1).map(r => r.handled), [true, true, true], 'later restarts are not shown');
  });

  it('leaves the client\'s own message when it gives up', async () => {
    const handler = tellOnceOnRestart(defaultHandler(1), MESSAGES);
    assert.equal((await handler.closed()).message, MESSAGES.first);
    const gaveUp = await handler.closed();
    assert.equal(gaveUp.action, DO_NOT_RESTART);
    assert.match(gaveUp.message ?? '', /will not be restarted/);
    assert.equal(gaveUp.handled, undefined);
  });

  it('passes connection errors through', async () => {
    const handler = tellOnceOnRestart(defaultHandler(4), MESSAGES);
    assert.deepEqual(await handler.error(new Error('x'), undefined, 1), { action: 1 });
  });
});
