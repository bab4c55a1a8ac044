// Finds a workspace file of one name for a draft by walking up from the draft's folder, reads it once
// and keeps it until told it changed. Shared by the workspace glossary (.resolution-terms.json) and
// the workspace record (.resolution-record.json), in the language server and in resolint.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A workspace file as read: its path and text, and what its reader made of it. */
export type LoadedFile<Parsed> = { readonly path: string; readonly text: string } & Parsed;

type CachedFile<Parsed> = LoadedFile<Parsed> & {
  readonly mtimeMs: number;
  readonly size: number;
  /** False after refresh(): the file is compared with the disk when next asked. */
  checked: boolean;
};

export class WorkspaceFiles<Parsed extends object> {
  /** Folder → the file in effect there (null: none up to the root). */
  private readonly fileOfFolder = new Map<string, string | null>();
  private readonly files = new Map<string, CachedFile<Parsed>>();

  /**
   * read makes sense of a file's text; onLoad is told each time a file is read anew, to report its
   * problems.
   */
  constructor(
    private readonly fileName: string,
    private readonly read: (text: string, path: string) => Parsed,
    private readonly onLoad: (file: LoadedFile<Parsed>) => void = () => undefined,
  ) {}

  /** The file in effect for a draft: the nearest one in its folder or above; undefined when there is none. */
  fileFor(draftPath: string): LoadedFile<Parsed> | undefined {
    const path = this.find(dirname(draftPath));
    return path ? this.load(path) : undefined;
  }

  /** A file at a path given explicitly (by a setting); undefined when it cannot be read. */
  fileAt(path: string): LoadedFile<Parsed> | undefined {
    return this.load(path);
  }

  /** Forgets where the files are, and re-reads those that changed when next asked (mtime or size). */
  refresh(): void {
    this.fileOfFolder.clear();
    for (const file of this.files.values()) file.checked = false;
  }

  /** Forgets one file (changed, created or deleted): it is read again when next asked. */
  changed(path: string): void {
    this.files.delete(path);
    this.fileOfFolder.clear();
  }

  private find(folder: string): string | null {
    const cached = this.fileOfFolder.get(folder);
    if (cached !== undefined) return cached;
    const candidate = join(folder, this.fileName);
    let found: string | null;
    try {
      found = statSync(candidate).isFile() ? candidate : null;
    } catch {
      found = null;
    }
    const parent = dirname(folder);
    if (found === null && parent !== folder) found = this.find(parent);
    this.fileOfFolder.set(folder, found);
    return found;
  }

  private load(path: string): CachedFile<Parsed> | undefined {
    const known = this.files.get(path);
    if (known?.checked) return known;
    let stat;
    try {
      stat = statSync(path);
    } catch {
      this.files.delete(path);
      return undefined;
    }
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) {
      known.checked = true;
      return known;
    }
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
    const file: CachedFile<Parsed> = { ...this.read(text, path), path, text, mtimeMs: stat.mtimeMs, size: stat.size, checked: true };
    this.files.set(path, file);
    this.onLoad(file);
    return file;
  }
}
