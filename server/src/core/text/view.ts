// The normalized view of a document: the text as a reader reads it, built once per version, with a
// map from every view offset back to the original (UTF-16) offset. Every reader (citations, dates,
// organ names, terms, paragraph references) reads the view and maps its ranges back once; checks
// about the original form itself (punctuation width, spacing) read the original.
//
// What the view leaves out or reads differently:
// - white space next to Chinese text (PDF extraction breaks 反恐执行⏎⏎局 and 第 1373(2001)⏎号决议);
//   between other characters a run of white space reads as one space, or one line break if it had one;
// - a line-end hyphen inside an English word (resolu-⏎tion), and the line break after Counter-⏎Terrorism;
// - page furniture (text/furniture.ts), footnote markers (决议1，, (2014)1,), resolint comments;
// - full-width digits read as ASCII ones, and traditional characters as simplified ones when the
//   document is written in traditional characters.
// Every change is a deletion or a one-for-one replacement, so the map is a short list of segments.
// It is built by text/viewBuilder.ts.
import type { OffsetRange } from '../types';

export class TextView {
  /** Segment k maps view [viewStarts[k], viewStarts[k+1]) to original offsets from originalStarts[k] on. */
  constructor(
    readonly original: string,
    readonly text: string,
    private readonly viewStarts: Int32Array,
    private readonly originalStarts: Int32Array,
    /** Spans of the original left out as a whole: page furniture, footnote markers, resolint comments. */
    readonly removed: readonly OffsetRange[],
    /** Whether traditional characters were read as simplified. */
    readonly traditional: boolean,
  ) {}

  /** The segment found last: readers map their ranges in text order, so the next one is mostly here or just after. */
  private cursor = 0;

  private segmentOf(offset: number): number {
    const starts = this.viewStarts;
    let k = this.cursor;
    if (k < starts.length && starts[k] <= offset) {
      for (let step = 0; step < 8; step++) {
        if (k + 1 >= starts.length || starts[k + 1] > offset) return (this.cursor = k);
        k++;
      }
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid; else high = mid - 1;
    }
    return (this.cursor = low);
  }

  /** The original offset of the view character at offset; the original's end for the view's end. */
  toOriginal(offset: number): number {
    if (offset >= this.text.length) return this.original.length;
    if (this.viewStarts.length === 0) return 0;
    const k = this.segmentOf(Math.max(0, offset));
    return this.originalStarts[k] + Math.max(0, offset) - this.viewStarts[k];
  }

  /** The original offset just after the view character before offset: where an insertion at offset goes. */
  toOriginalEnd(offset: number): number {
    return offset <= 0 ? this.toOriginal(0) : this.toOriginal(offset - 1) + 1;
  }

  /** A view range in the original: from its first character to after its last, nothing left out at either edge. */
  toOriginalRange(range: OffsetRange): OffsetRange {
    if (range.end <= range.start) {
      const at = this.toOriginalEnd(range.start);
      return { start: at, end: at };
    }
    return { start: this.toOriginal(range.start), end: this.toOriginalEnd(range.end) };
  }

  /** Whether the view range stands in the original as one piece (nothing left out inside it). */
  isContiguous(range: OffsetRange): boolean {
    const original = this.toOriginalRange(range);
    return original.end - original.start === range.end - range.start;
  }

  /**
   * An edit of the view as edits of the original that never delete what the view left out: the
   * common start and end of the old and new text are kept, and a changed middle that spans a left-out
   * piece (a line break, page furniture) is replaced piece by piece, the left-out pieces staying.
   */
  toOriginalEdits(range: OffsetRange, newText: string): { range: OffsetRange; newText: string }[] {
    if (this.isContiguous(range)) return [{ range: this.toOriginalRange(range), newText }];
    const old = this.text.slice(range.start, range.end);
    let prefix = 0;
    while (prefix < old.length && prefix < newText.length && old[prefix] === newText[prefix]) prefix++;
    let suffix = 0;
    while (suffix < old.length - prefix && suffix < newText.length - prefix && old[old.length - 1 - suffix] === newText[newText.length - 1 - suffix]) suffix++;
    const middle = { start: range.start + prefix, end: range.end - suffix };
    const inserted = newText.slice(prefix, newText.length - suffix);
    if (middle.end <= middle.start || this.isContiguous(middle)) return [{ range: this.toOriginalRange(middle), newText: inserted }];
    const edits: { range: OffsetRange; newText: string }[] = [];
    let pieceStart = middle.start;
    for (let i = middle.start + 1; i <= middle.end; i++) {
      if (i < middle.end && this.toOriginal(i) === this.toOriginal(i - 1) + 1) continue;
      edits.push({ range: this.toOriginalRange({ start: pieceStart, end: i }), newText: edits.length === 0 ? inserted : '' });
      pieceStart = i;
    }
    return edits;
  }

  /**
   * The view offset of an original offset: the view character that stands for it, or the next one
   * when the original character was left out.
   */
  toView(offset: number): number {
    const starts = this.originalStarts;
    if (starts.length === 0) return 0;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid; else high = mid - 1;
    }
    const segmentEnd = low + 1 < this.viewStarts.length ? this.viewStarts[low + 1] : this.text.length;
    if (offset < starts[low]) return this.viewStarts[low];
    return Math.min(this.viewStarts[low] + offset - starts[low], segmentEnd);
  }
}
