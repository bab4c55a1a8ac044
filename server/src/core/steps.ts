// Work done in steps (the parse a reader at a time, the check a few hundred findings at a time): the
// server runs the steps in slices between requests (server/src/slices.ts); resolint and the other
// callers run them at once, here.

/** The value of a generator of steps, every step run at once. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The line readers (lines, paragraphs, their classification) pause after this many lines: a few
 * milliseconds of work on any text, however its lines are made (2,048 one-line paragraphs took 40 ms).
 */
export const LINES_PER_STEP = 512;
