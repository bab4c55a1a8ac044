// A string as an array of its UTF-16 code units and back, in bulk and exactly (a lone surrogate stays
// as it is). The view (viewBuilder.ts) is built in such an array. Node.js's TextDecoder converts
// UTF-16 through ICU, at about 80 MB/s; its Buffer copies the units as they are, some fifty times
// faster. So where the platform has a Buffer (Node.js), it is used, found on the global object: the
// core imports no Node module. Elsewhere (browsers, whose TextDecoder copies fast) the standard ways.

interface PlatformBuffer {
  toString(encoding: 'utf16le'): string;
  write(text: string, offset: number, encoding: 'utf16le'): number;
}

interface PlatformBufferConstructor {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): PlatformBuffer;
}

/** Node.js's Buffer, when this runs on a little-endian machine (a Uint16Array holds its units in the machine's order). */
const platformBuffer = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
  ? (globalThis as { Buffer?: PlatformBufferConstructor }).Buffer
  : undefined;

/** The code units of a text, in an array of its length. */
export function utf16Codes(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  if (platformBuffer) {
    platformBuffer.from(codes.buffer, 0, codes.byteLength).write(text, 0, 'utf16le');
  } else {
    for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  }
  return codes;
}

/** A lone surrogate is an error for this decoder (it would write U+FFFD): such text is made below, unit by unit. */
const decoder = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true, fatal: true }) : undefined;

/** The first length code units as a string. */
export function utf16Text(codes: Uint16Array, length: number): string {
  if (platformBuffer) return platformBuffer.from(codes.buffer, codes.byteOffset, length * 2).toString('utf16le');
  if (decoder) {
    try {
      return decoder.decode(codes.subarray(0, length));
    } catch {
      // A lone surrogate: made a string below.
    }
  }
  // A chunk at a time: a call takes a bounded number of arguments.
  const CHUNK = 8192;
  const chunks: string[] = [];
  for (let at = 0; at < length; at += CHUNK) chunks.push(String.fromCharCode.apply(null, codes.subarray(at, Math.min(length, at + CHUNK)) as unknown as number[]));
  return chunks.join('');
}
