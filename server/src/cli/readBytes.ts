// Reading many files one after another for what is computed from their bytes at once (the keys of
// resolint --cache). readFileSync makes a new buffer for every file: a fresh process reading the
// bench's 1,000 drafts of 30 KB so took 140-270 ms, and 30 ms reading them into one buffer kept from
// file to file (Node.js 20, this host).
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

/** Files up to this size are read into the kept buffer; a larger one gets its own, so that one stray file does not stay in memory. */
const KEPT_LIMIT = 4 * 1024 * 1024;

let kept = Buffer.allocUnsafe(64 * 1024);

/**
 * The bytes of a file, as readFileSync gives them, in a buffer that the next call overwrites: use
 * them before reading another file. A file that is not a regular file, or is larger than the kept
 * buffer may grow to, is read by readFileSync.
 */
export function readBytesOnce(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > KEPT_LIMIT) return readFileSync(fd);
    if (stats.size > kept.length) kept = Buffer.allocUnsafe(Math.min(KEPT_LIMIT, 2 * stats.size));
    let length = 0;
    for (let read = 1; length < stats.size && read > 0; length += read) read = readSync(fd, kept, length, stats.size - length, length);
    return kept.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
