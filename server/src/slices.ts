// Long work in slices: the check of a large draft is a generator of small steps (see the core's
// getDiagnosticsInSteps), run here for about SLICE_MS at a time, so that a hover on another draft is
// answered between two slices instead of after the whole check.
import { performance } from 'node:perf_hooks';

/** How long one slice holds the event loop, at most about. */
export const SLICE_MS = 5;

/** Runs steps to the end, yielding to the event loop between slices; undefined once stale() is true. */
export async function runInSlices<T>(steps: Generator<void, T>, stale: () => boolean, sliceMs = SLICE_MS): Promise<T | undefined> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < sliceMs) continue;
    // Input that came meanwhile is read before the next setImmediate runs, and the connection queues
    // each message it reads with a setImmediate of its own: hopping twice lets those go first.
    await new Promise(resolve => setImmediate(() => setImmediate(resolve)));
    if (stale()) return undefined;
    sliceStart = performance.now();
  }
}
