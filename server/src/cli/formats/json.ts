// The json format: one entry per path, in order: { file, diagnostics } (LSP diagnostics, 0-based
// UTF-16 ranges), with "skipped": "binary" for a file not checked, { file, error } for a path that
// could not be read, and "fixed" (fixes by rule id) after --fix.
import type { Formatter } from './result';

export const formatJson: Formatter = results => JSON.stringify(results.map(({ file, diagnostics, skipped, error, fixed }) =>
  error !== undefined ? { file, error } : { file, diagnostics, ...skipped && { skipped }, ...fixed && { fixed } }), null, 2) + '\n';
