// What resolint checks: files, folders searched for drafts, quoted globs (tinyglobby), less what
// .resolintignore lists and Word's lock files. A path that cannot be read becomes an entry with its error, in its place, so
// that every other path is still checked and printed.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';

export const IGNORE_FILE_NAME = '.resolintignore';
const DRAFT_EXTENSIONS = /\.(unres|txt|md|docx)$/i;
/** ~$name.docx: the lock file Word keeps beside an open document, no draft. */
const isWordLockFile = (name: string) => basename(name).startsWith('~$');

export interface Input {
  /** As printed: the path as given, or joined to the folder given. */
  readonly file: string;
  readonly path: string;
  /** Named on the command line (or by a glob): checked as a draft whatever its extension. */
  readonly explicit: boolean;
}

export interface InputError {
  readonly file: string;
  readonly error: string;
}

export type InputEntry = Input | InputError;

export const isInputError = (entry: InputEntry): entry is InputError => 'error' in entry;

/** Why a path cannot be read, in a few words. */
export function describeFileError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    try {
      if (lstatSync(path).isSymbolicLink()) return 'dangling symbolic link';
    } catch {
      // not there at all
    }
    return 'no such file or folder';
  }
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (error as Error).message;
}

function readIgnore(cwd: string): Ignore | undefined {
  try {
    return ignore().add(readFileSync(join(cwd, IGNORE_FILE_NAME), 'utf8'));
  } catch {
    return undefined;
  }
}

class Collector {
  readonly entries: InputEntry[] = [];
  /** Real paths of folders searched, so that a link back up the tree is searched once. */
  private readonly seen = new Set<string>();

  constructor(private readonly cwd: string, private readonly ignored?: Ignore) {}

  private isIgnored(path: string, folder: boolean): boolean {
    if (!this.ignored) return false;
    const fromCwd = relative(this.cwd, resolve(this.cwd, path));
    if (!fromCwd || fromCwd.startsWith('..') || isAbsolute(fromCwd)) return false;
    return this.ignored.ignores(fromCwd.split(sep).join('/') + (folder ? '/' : ''));
  }

  add(given: string): void {
    if (isDynamicPattern(given) && !exists(given)) return this.glob(given);
    let stat;
    try {
      stat = statSync(given);
    } catch (error) {
      this.entries.push({ file: given, error: describeFileError(error, given) });
      return;
    }
    if (stat.isDirectory()) this.folder(given);
    else this.entries.push({ file: given, path: resolve(this.cwd, given), explicit: true });
  }

  private glob(pattern: string): void {
    const files = globSync(pattern, { cwd: this.cwd, absolute: isAbsolute(pattern), ignore: ['**/node_modules/**'] }).sort();
    for (const file of files) if (!this.isIgnored(file, false) && !isWordLockFile(file)) this.entries.push({ file, path: resolve(this.cwd, file), explicit: true });
  }

  private folder(folder: string): void {
    let real: string;
    let names: string[];
    try {
      real = realpathSync(folder);
      names = readdirSync(folder).sort();
    } catch (error) {
      this.entries.push({ file: folder, error: describeFileError(error, folder) });
      return;
    }
    if (this.seen.has(real)) return;
    this.seen.add(real);
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules' || isWordLockFile(name)) continue;
      const child = join(folder, name);
      let directory: boolean;
      try {
        directory = statSync(child).isDirectory();
      } catch (error) {
        // A link to nowhere (or to itself) is reported when it could be a draft or a folder of drafts.
        if (DRAFT_EXTENSIONS.test(name) || !extname(name)) this.entries.push({ file: child, error: describeFileError(error, child) });
        continue;
      }
      if (this.isIgnored(child, directory)) continue;
      if (directory) this.folder(child);
      else if (DRAFT_EXTENSIONS.test(name)) this.entries.push({ file: child, path: resolve(this.cwd, child), explicit: false });
    }
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The entries of the paths given, in order: each path's files sorted, errors where they occur. */
export function collectInputs(paths: readonly string[], cwd = process.cwd()): InputEntry[] {
  const collector = new Collector(cwd, readIgnore(cwd));
  for (const path of paths) collector.add(path);
  return collector.entries;
}
