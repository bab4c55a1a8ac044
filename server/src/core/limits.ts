// Files the checker declines: binary files, and files over the size limit. The language server
// skips them (with one information diagnostic saying why) so that a stray binary or a 20 MB paste
// cannot hold the editor; resolint skips binary files too. Pure: text in, a reason out.
import type { DraftLanguage } from './types';

/**
 * The default of unResolution.maxFileSize, in MB (10^6 bytes of UTF-8). The server parses a file a
 * reader at a time, then checks it in slices, answering requests in between; on official text of this
 * size a reader takes a few tens of milliseconds (`npm run bench`), within the 50 ms budget. Drafts
 * are far smaller (a resolution is 10–100 KB). Raise it when the readers get faster.
 */
export const DEFAULT_MAX_FILE_SIZE_MB = 1;

export type SkipReason =
  | { readonly kind: 'binary' }
  | { readonly kind: 'tooLarge'; readonly bytes: number; readonly limitBytes: number; readonly estimated?: boolean };

/** The code of the information diagnostic that says why a file is not checked. */
export const SKIP_CODES = { binary: 'file-binary', tooLarge: 'file-too-large' } as const;

const SAMPLE = 64 * 1024;
/** Above this share of NUL, other control characters and U+FFFD in the sample, a file is binary. */
const BINARY_SHARE = 0.05;
/** and at least this many: a short draft with a NUL pasted in is still a draft. */
const MIN_SUSPICIOUS = 8;

/** What looksBinary counts: C0 controls but tab, line breaks, vertical tab, form feed and escape; U+FFFD. */
const SUSPICIOUS = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/;

/**
 * Whether text decoded from a file is binary rather than a draft: NUL and other C0 control
 * characters (tab, line breaks, form feed and escape aside) or U+FFFD, which a decoder puts for
 * invalid UTF-8, are more than 5% of the first 64K characters (and at least 8 of them). A NUL or
 * two pasted into a draft do not make it binary; an image, a PDF stream, an executable or UTF-16 read as UTF-8 do.
 */
export function looksBinary(text: string): boolean {
  const length = Math.min(text.length, SAMPLE);
  if (length === 0) return false;
  // A draft has none of them: looked for natively before they are counted.
  if (!SUSPICIOUS.test(length < text.length ? text.slice(0, length) : text)) return false;
  let suspicious = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27) || c === 0xfffd) suspicious++;
  }
  return suspicious >= MIN_SUSPICIOUS && suspicious > length * BINARY_SHARE;
}

const encoder = new TextEncoder();
/** UTF-16 code units encoded per step; the buffer holds the 3 bytes each may take. */
const ENCODE_STEP = 1 << 16;
let encodeBuffer: Uint8Array | undefined;

/**
 * UTF-8 bytes of text, counting a lone surrogate as the three bytes of U+FFFD, as encoders write it.
 * The native encoder counts many times faster than a loop over the code units (an 8 MB glossary:
 * 5 ms, not 80); it writes a step at a time into one buffer, so a long text is never encoded whole.
 */
export function utf8Length(text: string): number {
  encodeBuffer ??= new Uint8Array(3 * (ENCODE_STEP + 1));
  let bytes = 0;
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + ENCODE_STEP);
    // A surrogate pair is not cut in two: each half alone would count as U+FFFD.
    if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end++;
    bytes += encoder.encodeInto(text.slice(start, end), encodeBuffer).written;
    start = end;
  }
  return bytes;
}

const ESTIMATE_SAMPLE = 16 * 1024;

/** The UTF-8 size of a long text, estimated from three samples (counting 20 MB would take 50 ms). */
function estimatedUtf8Length(text: string): number {
  const starts = [0, (text.length - ESTIMATE_SAMPLE) >> 1, text.length - ESTIMATE_SAMPLE];
  const sampled = starts.reduce((sum, start) => sum + utf8Length(text.slice(start, start + ESTIMATE_SAMPLE)), 0);
  return Math.round(sampled / (3 * ESTIMATE_SAMPLE) * text.length);
}

/** The UTF-8 size of text when it is more than limitBytes; the length alone often decides. */
function overLimit(text: string, limitBytes: number): { bytes: number; estimated?: boolean } | undefined {
  if (text.length * 3 <= limitBytes) return undefined;   // at most 3 bytes per UTF-16 code unit
  // At least 1 byte per code unit: over the limit for sure, and only the message needs the size.
  if (text.length > limitBytes && text.length > 3 * ESTIMATE_SAMPLE) return { bytes: estimatedUtf8Length(text), estimated: true };
  const bytes = utf8Length(text);
  return bytes > limitBytes ? { bytes } : undefined;
}

/** Why text is not checked, or undefined when it is. maxFileSizeMb: MB of UTF-8; Infinity for no limit. */
export function skipReason(text: string, maxFileSizeMb: number = DEFAULT_MAX_FILE_SIZE_MB): SkipReason | undefined {
  if (looksBinary(text)) return { kind: 'binary' };
  const limitBytes = maxFileSizeMb * 1e6;
  const over = Number.isFinite(limitBytes) ? overLimit(text, limitBytes) : undefined;
  return over && { kind: 'tooLarge', ...over, limitBytes };
}

const megabytes = (bytes: number) => `${Number((bytes / 1e6).toFixed(1))} MB`;

/** The message of the information diagnostic, in the interface language. */
export function skipMessage(reason: SkipReason, language: DraftLanguage): string {
  if (reason.kind === 'binary') {
    return language === 'zh'
      ? '此文件看来是二进制文件，不是文本：未检查。'
      : 'This file looks binary, not text: it is not checked.';
  }
  const size = `${reason.estimated ? (language === 'zh' ? '约 ' : 'about ') : ''}${megabytes(reason.bytes)}`;
  const limit = megabytes(reason.limitBytes);
  return language === 'zh'
    ? `此文件为${reason.estimated ? '' : ' '}${size}，超过设置 unResolution.maxFileSize 的上限 ${limit}：未检查（悬停提示仍可用）。如需检查，请调高该设置。`
    : `This file is ${size}, over the ${limit} of the setting unResolution.maxFileSize: it is not checked (hover still works). Raise the setting to check it.`;
}
