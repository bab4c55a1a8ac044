// resolint --cache: the outcome of each file kept with a key of everything it depends on (its text,
// what its configuration, glossary and record file say, the options that change findings, the tool's
// version and the data's), so that an unchanged file is not checked again.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../../../package.json';
import { decodeUtf8 } from '../utf8';
import type { LintOutcome, LintTask } from './lint';
import { readBytesOnce } from './readBytes';
import type { RunFiles } from './workspace';

export const DEFAULT_CACHE_FILE = '.resolintcache';
const FORMAT = 1;

/** Set by esbuild (esbuild.mjs): a hash of the generated data the bundle holds. */
declare const RESOLINT_DATA_VERSION: string | undefined;

/** The version of the built-in record and glossary: from the bundle, or hashed from the sources when run from them. */
export function dataVersion(): string {
  if (typeof RESOLINT_DATA_VERSION === 'string') return RESOLINT_DATA_VERSION;
  const data = join(__dirname, '..', 'core', 'data');
  const hash = createHash('sha256');
  for (const file of ['unscRecord.generated.ts', 'gaRecord.generated.ts', 'glossary.generated.ts']) hash.update(readFileSync(join(data, file)));
  return hash.digest('hex').slice(0, 16);
}

/** The texts of the workspace files that apply to a draft (undefined: none). */
export interface WorkspaceTexts {
  readonly glossary?: string;
  readonly record?: string;
}

/** The key of a task's outcome: its file's bytes, the texts of the workspace glossary and record that apply, its options, the versions. */
export function cacheKey(task: LintTask, bytes: Uint8Array, workspace: WorkspaceTexts, data: string): string {
  const { path: _, stdin: __, ...options } = task;
  return createHash('sha256')
    .update(JSON.stringify([FORMAT, version, data, options, workspace.glossary ?? null, workspace.record ?? null]))
    .update('\0').update(bytes).digest('base64');
}

interface CacheFile {
  readonly format: number;
  readonly entries: Record<string, { key: string; outcome: LintOutcome }>;
}

export class ResultCache {
  private constructor(private readonly location: string, private readonly entries: CacheFile['entries']) {}

  /** The cache at location; an unreadable or foreign file counts as empty. */
  static open(location: string): ResultCache {
    try {
      const file = JSON.parse(decodeUtf8(readFileSync(location))) as CacheFile;
      if (file.format === FORMAT && typeof file.entries === 'object') return new ResultCache(location, file.entries);
    } catch {
      // none yet, or not ours
    }
    return new ResultCache(location, {});
  }

  /** What the cache holds for a file under this key, or undefined. */
  get(path: string, key: string): LintOutcome | undefined {
    const entry = this.entries[path];
    return entry?.key === key ? entry.outcome : undefined;
  }

  /** The key of a task from its file as it is now, or undefined when the file cannot be read (the error is not kept). */
  static keyOf(task: LintTask, files: RunFiles, data: string): string | undefined {
    const workspace = { glossary: files.glossaries.fileFor(task.path, task.glossary)?.text, record: files.records.fileFor(task.path, task.record)?.text };
    let bytes: Uint8Array;
    try {
      // Hashed at once, before any other file is read into the same buffer.
      bytes = readBytesOnce(task.path);
    } catch {
      return undefined;
    }
    return cacheKey(task, bytes, workspace, data);
  }

  set(path: string, key: string, outcome: LintOutcome): void {
    this.entries[path] = { key, outcome };
  }

  /** Writes the entries: those of this run, and those of other files kept from before. */
  save(): void {
    writeFileSync(this.location, JSON.stringify({ format: FORMAT, entries: this.entries }));
  }
}
