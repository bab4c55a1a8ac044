// Limits on the JSON files the server reads from the workspace (the glossary, the configuration,
// the record): nesting depth and size. JSON parsers recurse once per level of nesting, jsonc-parser's
// parseTree included: `{"terms":` and 8,000 `[` overflow the stack. So the depth is measured first,
// by a scan that does not recurse, and a file over a limit is reported on itself and not parsed.
// Pure: text in, a problem out; the server checks the size of a file before it reads it.
import { utf8Length } from '../limits';
import type { DraftLanguage } from '../types';

export interface JsonLimits {
  /** Arrays and objects inside one another, at most. */
  readonly maxDepth: number;
  /** Bytes of UTF-8, at most (MB are 10^6 bytes, as for unResolution.maxFileSize). */
  readonly maxBytes: number;
}

export const JSON_LIMITS: JsonLimits = { maxDepth: 64, maxBytes: 10e6 };

export type JsonLimitProblem =
  /** offset: the bracket that opens one level too many. */
  | { readonly kind: 'tooDeep'; readonly offset: number; readonly maxDepth: number }
  | { readonly kind: 'tooLarge'; readonly bytes: number; readonly maxBytes: number };

/** A file of `bytes` bytes over the size limit, or undefined: asked before the file is read. */
export function jsonSizeProblem(bytes: number, limits: JsonLimits = JSON_LIMITS): JsonLimitProblem | undefined {
  return bytes > limits.maxBytes ? { kind: 'tooLarge', bytes, maxBytes: limits.maxBytes } : undefined;
}

/**
 * The first limit that text exceeds, or undefined. Brackets inside strings and comments (JSON with
 * comments, as the configuration may be) do not count. Unbalanced brackets are left to the parser.
 */
export function jsonLimitProblem(text: string, limits: JsonLimits = JSON_LIMITS): JsonLimitProblem | undefined {
  // At most 3 bytes of UTF-8 per UTF-16 code unit: short texts need no count.
  if (text.length * 3 > limits.maxBytes) {
    const size = jsonSizeProblem(utf8Length(text), limits);
    if (size) return size;
  }
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {   // "…": to the closing quote that no backslash escapes
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {   // // to the end of the line
      while (i < text.length && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {   // /* to */
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limits.maxDepth) return { kind: 'tooDeep', offset: i, maxDepth: limits.maxDepth };
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

const megabytes = (bytes: number) => `${Number((bytes / 1e6).toFixed(1))} MB`;

/** Why the file is not read, in the interface language; callers put the file's name before it. */
export function jsonLimitMessage(problem: JsonLimitProblem, language: DraftLanguage): string {
  if (problem.kind === 'tooDeep') {
    return language === 'zh'
      ? `嵌套超过 ${problem.maxDepth} 层：此文件未被读取`
      : `nested more than ${problem.maxDepth} levels deep: the file is not read`;
  }
  // Just over the limit, both round to the same MB: then bytes say it.
  const [size, limit] = megabytes(problem.bytes) === megabytes(problem.maxBytes)
    ? [`${problem.bytes} bytes`, `${problem.maxBytes} bytes`] : [megabytes(problem.bytes), megabytes(problem.maxBytes)];
  return language === 'zh'
    ? `文件为 ${size.replace('bytes', '字节')}，超过 ${limit.replace('bytes', '字节')} 的上限：此文件未被读取`
    : `the file is ${size}, over the limit of ${limit}: it is not read`;
}
