// Finds the workspace glossary (.resolution-terms.json) of a draft by walking up from its folder,
// reads it once and keeps it until told it changed. Shared by the language server and resolint.
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { builtinGlossary, GLOSSARY_FILE_NAME, mergeGlossary, parseGlossaryFile, type Glossary, type GlossaryFileProblem } from './core';
import { glossaryLimitProblem } from './core/data/glossaryFile';
import { readWorkspaceJson } from './workspaceJson';

export interface LoadedGlossaryFile {
  readonly path: string;
  readonly text: string;
  readonly problems: readonly GlossaryFileProblem[];
  /** The built-in glossary with the file's entries over it; the built-in one alone when the file is broken. */
  readonly glossary: Glossary;
}

interface CachedFile extends LoadedGlossaryFile {
  readonly mtimeMs: number;
  readonly size: number;
  /** False after refresh(): the file is compared with the disk when next asked. */
  checked: boolean;
}

export class WorkspaceGlossaries {
  /** Folder → the glossary file in effect there (null: none up to the root). */
  private readonly fileOfFolder = new Map<string, string | null>();
  private readonly files = new Map<string, CachedFile>();

  /** onLoad is told each time a glossary file is read anew, to report its problems. */
  constructor(private readonly onLoad: (file: LoadedGlossaryFile) => void = () => undefined) {}

  /** The glossary file in effect for a draft, or undefined when there is none above it. */
  fileFor(draftPath: string): LoadedGlossaryFile | undefined {
    const path = this.find(dirname(draftPath));
    return path ? this.load(path) : undefined;
  }

  glossaryFor(draftPath: string): Glossary {
    return this.fileFor(draftPath)?.glossary ?? builtinGlossary();
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
    const candidate = join(folder, GLOSSARY_FILE_NAME);
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

  private load(path: string): CachedFile | undefined {
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
    let read: ReturnType<typeof readWorkspaceJson>;
    try {
      read = readWorkspaceJson(path, stat.size);
    } catch {
      return undefined;
    }
    const { text, limit } = read;
    const parsed = limit ? { entries: [], problems: [glossaryLimitProblem(limit)] } : parseGlossaryFile(text, GLOSSARY_FILE_NAME);
    const file: CachedFile = {
      path, text, problems: parsed.problems, mtimeMs: stat.mtimeMs, size: stat.size, checked: true,
      glossary: mergeGlossary(builtinGlossary(), parsed.entries),
    };
    this.files.set(path, file);
    this.onLoad(file);
    return file;
  }
}
