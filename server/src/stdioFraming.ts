// The base protocol's framing on stdin, checked before vscode-jsonrpc reads it: each message is a
// header (`Content-Length: N`, CRLF-separated fields, a blank line) and N bytes of body. The reader
// of vscode-jsonrpc buffers a header until its blank line, however long, and after a header without a
// valid Content-Length it goes deaf without a word. Here a header is at most 8 KB, and a malformed one
// is reported (the caller logs it and exits with status 1, so the editor shows the server stopped).
import { Transform, type TransformCallback } from 'node:stream';

/** The header of one message, blank line included, at most (the LSP sends two short fields). */
export const HEADER_LIMIT = 8 * 1024;

const FIELD_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * A header line as name and value (spaces around the value dropped), or undefined when it is not
 * `Name: value`. Read by hand: an expression with spaces on both sides of a lazy value backtracks
 * in time cubed over a line of 8 KB of spaces.
 */
function headerField(line: string): { name: string; value: string } | undefined {
  const colon = line.indexOf(':');
  const name = line.slice(0, colon);
  if (colon < 0 || !FIELD_NAME.test(name) || /[\r\n\u2028\u2029]/.test(line)) return undefined;
  let start = colon + 1;
  let end = line.length;
  while (start < end && (line[start] === ' ' || line[start] === '\t')) start++;
  while (end > start && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return { name, value: line.slice(start, end) };
}
const END_OF_HEADER = '\r\n\r\n';

/** The body length the header announces, or why the header is malformed. */
function bodyLength(header: string): number | string {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const field = headerField(line);
    if (!field) return `a header line is not "Name: value": ${JSON.stringify(line.slice(0, 80))}`;
    if (field.name.toLowerCase() !== 'content-length') continue;
    if (!/^\d{1,15}$/.test(field.value)) return `Content-Length is not a number of bytes: ${JSON.stringify(field.value.slice(0, 80))}`;
    length = Number(field.value);
  }
  return length ?? 'a header has no Content-Length';
}

/**
 * Passes the bytes of well-framed messages through unchanged; on the first malformed header it
 * stops and calls onMalformed with the reason, and passes nothing more.
 */
export class FramingGuard extends Transform {
  /** The header read so far (latin1: one character per byte), while no blank line has ended it. */
  private header = '';
  /** Body bytes still to pass before the next header. */
  private remaining = 0;
  private failed = false;

  constructor(private readonly onMalformed: (reason: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let offset = 0;
    while (offset < chunk.length && !this.failed) {
      if (this.remaining > 0) {
        const body = chunk.subarray(offset, offset + this.remaining);
        this.push(body);
        offset += body.length;
        this.remaining -= body.length;
        continue;
      }
      // Never more than the limit (and the blank line) is looked at, or kept.
      const before = this.header.length;
      const text = this.header + chunk.subarray(offset, offset + HEADER_LIMIT - before).toString('latin1');
      const end = text.indexOf(END_OF_HEADER);
      if (end < 0) {
        if (text.length >= HEADER_LIMIT) return this.fail(`a header is longer than ${HEADER_LIMIT / 1024} KB without its blank line`, done);
        this.header = text;
        offset = chunk.length;
        continue;
      }
      const length = bodyLength(text.slice(0, end));
      if (typeof length === 'string') return this.fail(length, done);
      this.push(Buffer.from(text.slice(0, end + END_OF_HEADER.length), 'latin1'));
      offset += end + END_OF_HEADER.length - before;
      this.header = '';
      this.remaining = length;
    }
    done();
  }

  private fail(reason: string, done: TransformCallback): void {
    this.failed = true;
    this.header = '';
    done();
    this.onMalformed(reason);
  }
}
