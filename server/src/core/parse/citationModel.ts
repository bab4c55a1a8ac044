// Citations as the readers find them in the view, before their ranges are mapped back to the
// original text: items, the separators between them, and what is malformed with the edit that mends it.
import type { FormIssueKind, OffsetRange, Organ, Severity } from '../types';
import type { WrittenDateToken } from './citationScanner';

/**
 * Every field is present, undefined where the item has no such part, and every reader writes them in
 * this order: items of one shape are read faster than items of several (an item read from a list used
 * to have one of six shapes).
 */
export interface ViewItem {
  readonly number: number;
  readonly numberRange: OffsetRange;
  readonly year: number | undefined;
  readonly yearRange: OffsetRange | undefined;
  /** From the number to the closing bracket of the year (or the number alone). */
  readonly range: OffsetRange;
  readonly date: WrittenDateToken | undefined;
  readonly assemblySymbol: string | undefined;
  readonly hasHao: boolean;
  /** Where reading goes on: after the year, or after 号 when the item has one. */
  readonly next: number;
}

export interface ViewEdit {
  readonly range: OffsetRange;
  readonly newText: string;
}

export interface ViewFormIssue {
  readonly kind: FormIssueKind;
  /** Where the finding is shown. */
  readonly range: OffsetRange;
  readonly edits: readonly ViewEdit[];
  readonly severity?: Severity;
}

export interface ViewCitation {
  readonly organ: Organ;
  readonly style: 'zh' | 'en' | 'symbol';
  /** Marked as a resolution by 第…号决议, 决议, `resolution` or S/RES/; a bare `1267 (1999)` is not. */
  readonly marked: boolean;
  readonly range: OffsetRange;
  readonly items: readonly ViewItem[];
  readonly issues: readonly ViewFormIssue[];
}

/** How many items a list may have: lists in official texts run to about 40. */
export const MAX_ITEMS = 200;
