// Workspace files that apply to the drafts below them (the glossary, the configuration): found by
// walking up from a draft's folder, read once, and kept until they change. Shared by the language
// server and resolint.
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { JsonLimitProblem } from './core/data/jsonLimits';
import { readWorkspaceJson } from './workspaceJson';

/** The nearest file of one of `names` in a folder or above it; the answer is kept per folder. */
export class NearestFile {
  private readonly byFolder = new Map<string, string | null>();

  constructor(private readonly names: readonly string[]) {}

  /** null: none up to the root. */
  find(folder: string): string | null {
    // Iterative: a deep folder costs a loop, not a stack frame per level.
    const visited: string[] = [];
    let found: string | null | undefined;
    for (let current = folder; found === undefined; current = dirname(current)) {
      found = this.byFolder.get(current);
      if (found !== undefined) break;
      visited.push(current);
      found = this.names.map(name => join(current, name)).find(isFile) ?? (dirname(current) === current ? null : undefined);
    }
    for (const each of visited) this.byFolder.set(each, found);
    return found;
  }

  /** Forgets where the files are: one was created or deleted. */
  forget(): void {
    this.byFolder.clear();
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export interface LoadedFile<T> {
  readonly path: string;
  readonly text: string;
  readonly value: T;
}

interface CachedFile<T> extends LoadedFile<T> {
  readonly mtimeMs: number;
  readonly size: number;
  /** False after refresh(): the file is compared with the disk when next asked. */
  checked: boolean;
}

/** How a file is parsed; limit: the file is over a size limit, not read, and text is empty. */
export type ParseFile<T> = (path: string, text: string, limit?: JsonLimitProblem) => T;

/**
 * Files read and parsed once, read again when their modification time or size changes. A file over
 * the size limit of workspace JSON is not read at all: a stray 2 GB file costs a stat.
 */
export class CachedFiles<T> {
  private readonly files = new Map<string, CachedFile<T>>();

  /** onLoad is told each time a file is read anew. */
  constructor(private readonly parse: ParseFile<T>, private readonly onLoad: (file: LoadedFile<T>) => void = () => undefined) {}

  /** undefined: the file cannot be read. */
  get(path: string): LoadedFile<T> | undefined {
    const known = this.files.get(path);
    if (known?.checked) return known;
    let stat;
    let read: ReturnType<typeof readWorkspaceJson>;
    try {
      stat = statSync(path);
      if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) {
        known.checked = true;
        return known;
      }
      read = readWorkspaceJson(path, stat.size);
    } catch {
      this.files.delete(path);
      return undefined;
    }
    const { text, limit } = read;
    const file: CachedFile<T> = { path, text, value: this.parse(path, text, limit), mtimeMs: stat.mtimeMs, size: stat.size, checked: true };
    this.files.set(path, file);
    this.onLoad(file);
    return file;
  }

  /** Re-reads the files that changed when next asked. */
  refresh(): void {
    for (const file of this.files.values()) file.checked = false;
  }

  /** Forgets one file (changed, created or deleted): it is read again when next asked. */
  changed(path: string): void {
    this.files.delete(path);
  }
}

/**
 * Files of some names that apply to the drafts below them: found walking up, kept until they change.
 * The glossary and the configuration are such files.
 */
export class WorkspaceFiles<T> {
  protected readonly nearest: NearestFile;
  protected readonly files: CachedFiles<T>;

  constructor(names: readonly string[], parse: ParseFile<T>, onLoad?: (file: LoadedFile<T>) => void) {
    this.nearest = new NearestFile(names);
    this.files = new CachedFiles(parse, onLoad);
  }

  /** Forgets where the files are, and re-reads those that changed when next asked (mtime or size). */
  refresh(): void {
    this.nearest.forget();
    this.files.refresh();
  }

  /** Forgets one file (changed, created or deleted): it is read again when next asked. */
  changed(path: string): void {
    this.files.changed(path);
    this.nearest.forget();
  }
}
