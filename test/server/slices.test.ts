// runInSlices, which runs the check of a draft in slices: between two slices the event loop answers
// what came in meanwhile, and a check that is no longer wanted (the draft changed) stops.
import * as assert from 'node:assert/strict';
import { runInSlices } from '../../server/src/slices';

function* steps(count: number, log: string[]): Generator<void, string> {
  for (let i = 0; i < count; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return 'done';
}

describe('runInSlices', () => {
  it('runs every step and returns the result; with slices of 0 ms, other work runs between steps', async () => {
    const log: string[] = [];
    setImmediate(() => log.push('request'));
    assert.equal(await runInSlices(steps(3, log), () => false, 0), 'done');
    assert.deepEqual(log, ['step 0', 'request', 'step 1', 'step 2']);
  });

  it('in one slice when the slice is long enough: nothing else runs in between', async () => {
    const log: string[] = [];
    setImmediate(() => log.push('request'));
    assert.equal(await runInSlices(steps(3, log), () => false, 60_000), 'done');
    assert.deepEqual(log, ['step 0', 'step 1', 'step 2']);
  });

  it('stops once stale, between slices', async () => {
    const log: string[] = [];
    let stale = false;
    setImmediate(() => { stale = true; });
    assert.equal(await runInSlices(steps(5, log), () => stale, 0), undefined);
    assert.deepEqual(log, ['step 0']);
  });
});
