// Checking many drafts: worker threads share the work (--concurrency), outcomes come back in input
// order; unchanged files come from the cache (--cache); on a terminal a progress line shows on stderr
// once a run takes more than a second.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Options } from './args';
import { dataVersion, DEFAULT_CACHE_FILE, ResultCache } from './cache';
import { lint, type LintOutcome, type LintTask } from './lint';
import { silentRunFiles, type RunFiles } from './workspace';

/** Below this many files to check, starting threads costs more than it saves. */
const WORKER_THRESHOLD = 48;
/** Tasks sent to a worker at a time: fewer messages, while the last ones still spread over the workers. */
const BATCH = 8;
const PROGRESS_AFTER_MS = 1000;
const WORKER_ROLE = 'resolint-worker';
/**
 * Threads by default: half the logical cores, and none beside the main thread below two. Each thread
 * compiles the checker anew (V8 optimizes it over its first hundred drafts, half a second here) and
 * V8's compiler and collector run on other threads beside it; logical cores are often two of one
 * physical core. On a 2-core host, 1,000 drafts took 2.46 s in one thread and 2.82 s in two workers
 * (medians of 8 paired runs), with two thirds of the CPU time. ESLint's --concurrency auto counts alike.
 */
export function defaultThreads(cores = availableParallelism()): number {
  return Math.max(1, cores >> 1);
}

/** Parsing allocates many short-lived objects: a larger young generation spends less time collecting them. */
const YOUNG_GENERATION_MB = 64;

interface Io {
  readonly cwd: string;
  readonly stderrIsTTY: boolean;
}

/** A line on stderr, rewritten in place, once the run has taken a second. */
class Progress {
  private done = 0;
  private shown = false;
  private readonly timer: ReturnType<typeof setInterval> | undefined;
  private readonly started = Date.now();

  constructor(private readonly total: number, private readonly writeError: (text: string) => void, enabled: boolean) {
    if (enabled) this.timer = setInterval(() => this.show(), 200);
  }

  step(): void {
    this.done++;
  }

  private show(): void {
    if (Date.now() - this.started < PROGRESS_AFTER_MS) return;
    this.shown = true;
    this.writeError(`\rresolint: ${this.done} of ${this.total} files checked`);
  }

  stop(): void {
    clearInterval(this.timer);
    if (this.shown) this.writeError('\r\x1b[K');
  }
}

/** Whether this module runs as a bundle that can start itself in a worker (not the TypeScript sources under test). */
const bundled = __filename.endsWith('.js');

/** Checks the tasks of indices in threads, handing each outcome to store as its batch comes back. */
function inWorkers(tasks: readonly LintTask[], indices: readonly number[], threads: number, store: (index: number, outcome: LintOutcome) => void): Promise<void> {
  let next = 0;
  return new Promise((resolveAll, reject) => {
    const workers = Array.from({ length: Math.min(threads, Math.ceil(indices.length / BATCH)) }, () =>
      new Worker(__filename, { workerData: { role: WORKER_ROLE }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
    let running = workers.length;
    const feed = (worker: Worker) => {
      const batch = indices.slice(next, next + BATCH);
      next += batch.length;
      if (batch.length === 0) {
        void worker.terminate();
        if (--running === 0) resolveAll();
        return;
      }
      worker.postMessage(batch.map(i => [i, tasks[i]]));
    };
    for (const worker of workers) {
      worker.on('message', (done: [number, LintOutcome][]) => {
        // The next batch first, so that the thread works while the outcomes are handed on.
        feed(worker);
        for (const [i, outcome] of done) store(i, outcome);
      });
      worker.on('error', error => {
        workers.forEach(w => void w.terminate());
        reject(error);
      });
      feed(worker);
    }
  });
}

/**
 * The outcome of each task, in order. files: the run's glossaries and records, as the main thread read
 * them (a worker thread reads its own). inOrder, when given, is handed each outcome as soon as it and
 * all those before it are known, so that output can be written while threads still check; what it
 * returns is kept in the outcome's place (a file's text once written need not be held to the end).
 */
export async function lintAll(tasks: readonly LintTask[], options: Options, io: Io, writeError: (text: string) => void, files: RunFiles,
  inOrder?: (index: number, outcome: LintOutcome) => LintOutcome): Promise<LintOutcome[]> {
  const outcomes: LintOutcome[] = new Array(tasks.length);
  let handedOn = 0;
  const progress = new Progress(tasks.length, writeError, io.stderrIsTTY);
  const store = (index: number, outcome: LintOutcome) => {
    outcomes[index] = outcome;
    progress.step();
    if (!inOrder) return;
    for (; handedOn < tasks.length && outcomes[handedOn] !== undefined; handedOn++) outcomes[handedOn] = inOrder(handedOn, outcomes[handedOn]);
  };
  // The cache is looked up here, from each file's text: a run where nothing changed starts no thread.
  // Fixing rewrites files: its outcomes are not kept.
  const cache = options.cache && !options.fix && !options.fixDryRun ? ResultCache.open(resolve(io.cwd, options.cacheLocation ?? DEFAULT_CACHE_FILE)) : undefined;
  const data = cache ? dataVersion() : '';
  const keys = tasks.map(task => cache && !task.stdin ? ResultCache.keyOf(task, files, data) : undefined);
  const todo: number[] = [];
  keys.forEach((key, i) => {
    const cached = key === undefined ? undefined : cache?.get(tasks[i].path, key);
    if (cached) store(i, cached); else todo.push(i);
  });
  try {
    const threads = options.concurrency ?? defaultThreads();
    if (bundled && threads > 1 && todo.length >= WORKER_THRESHOLD) {
      await inWorkers(tasks, todo, threads, store);
    } else {
      for (const i of todo) {
        store(i, await lint(tasks[i], files));
        // Let the progress timer run between files.
        if (io.stderrIsTTY) await new Promise(setImmediate);
      }
    }
  } finally {
    progress.stop();
  }
  // Written when something was checked: a run where nothing changed leaves the file as it is.
  if (cache && todo.length > 0) {
    for (const i of todo) if (keys[i] !== undefined && !outcomes[i].error && !outcomes[i].skipped) cache.set(tasks[i].path, keys[i]!, outcomes[i]);
    cache.save();
  }
  return outcomes;
}

/** True in a thread started by lintAll; it then serves batches of tasks until terminated. */
export function serveAsWorker(): boolean {
  if (isMainThread || (workerData as { role?: string } | null)?.role !== WORKER_ROLE) return false;
  const files = silentRunFiles();
  parentPort!.on('message', async (batch: [number, LintTask][]) => {
    const done: [number, LintOutcome][] = [];
    for (const [i, task] of batch) done.push([i, await lint(task, files)]);
    parentPort!.postMessage(done);
  });
  return true;
}
