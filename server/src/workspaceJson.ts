// Reading a JSON file of the workspace (the glossary, the configuration, the record) within the
// limits of core/data/jsonLimits: a file over the size limit is not read at all, so that a stray
// 2 GB file costs a stat, not the server's memory. Its depth is the parser's to check (jsonLimitProblem).
import { readFileSync } from 'node:fs';
import { jsonSizeProblem, type JsonLimitProblem } from './core/data/jsonLimits';
import { decodeUtf8 } from './utf8';

/** The file's text, or '' and the problem when its size (from a stat just made) is over the limit. */
export function readWorkspaceJson(path: string, size: number): { text: string; limit?: JsonLimitProblem } {
  const limit = jsonSizeProblem(size);
  if (limit) return { text: '', limit };
  // Bytes that are not UTF-8 are read as toString reads them: the parser then names where.
  return { text: decodeUtf8(readFileSync(path)) };
}
