import type { OffsetRange } from '../types';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * Maps UTF-16 offsets to LSP line/character positions. A line ends at \n, \r\n or a lone \r, as
 * LSP defines; characters count UTF-16 code units, so an astral character such as 𠀀 counts two.
 */
export class LineIndex {
  /** The offset where each line starts; typed, as a draft may have 200,000 lines. */
  private readonly lineStarts: Int32Array;

  constructor(readonly text: string) {
    let starts = new Int32Array(256);
    let count = 1;
    const add = (start: number) => {
      if (count === starts.length) {
        const larger = new Int32Array(count * 2);
        larger.set(starts);
        starts = larger;
      }
      starts[count++] = start;
    };
    // indexOf runs natively: much faster than reading every character on long drafts.
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        const next = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
        add(next);
        if (next === cr + 2) lf = text.indexOf('\n', next);
        cr = text.indexOf('\r', next);
      } else {
        add(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      }
    }
    this.lineStarts = starts.slice(0, count);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid; else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  /** A character past the end of its line means the line end, as LSP defines. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.lineStarts[position.line];
    let lineEnd = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length;
    while (lineEnd > lineStart && (this.text.charCodeAt(lineEnd - 1) === 10 || this.text.charCodeAt(lineEnd - 1) === 13)) lineEnd--;
    return Math.max(lineStart, Math.min(lineStart + position.character, lineEnd));
  }

  rangeOf(range: OffsetRange): Range {
    return { start: this.positionAt(range.start), end: this.positionAt(range.end) };
  }
}
