import type { CalendarDate } from '../types';
import { UNSC_RECORD_META, UNSC_RECORD_ROWS, type RecordRow } from './unscRecord.generated';

/** What the record knows of one Security Council resolution. */
export interface RecordedResolution {
  readonly number: number;
  readonly adopted: CalendarDate;
  readonly titleEn: string;
  /** `undl:<record id>` for a UN Digital Library catalogue record, else the source's own words. */
  readonly source: string;
}

export interface ResolutionRecord {
  get(number: number): RecordedResolution | undefined;
  /** The newest resolution the record holds: where its knowledge ends. */
  readonly last: RecordedResolution;
  /** Numbers below the last that the record lacks (their dates were not found). */
  isGap(number: number): boolean;
}

export function parseIsoDate(iso: string): CalendarDate {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** Builds a record from rows; the rows are stored as they are and turned into objects on demand. */
export function createResolutionRecord(rows: readonly RecordRow[], gaps: readonly number[]): ResolutionRecord {
  const byNumber: (RecordRow | undefined)[] = [];
  let lastRow = rows[0];
  for (const row of rows) {
    byNumber[row[0]] = row;
    if (row[0] > lastRow[0]) lastRow = row;
  }
  // Rows become objects on first use and are kept: a long draft asks for the same few many times.
  const resolutions: (RecordedResolution | undefined)[] = [];
  const toResolution = (row: RecordRow): RecordedResolution =>
    (resolutions[row[0]] ??= { number: row[0], adopted: parseIsoDate(row[1]), titleEn: row[2], source: row[3] });
  const gapSet = new Set(gaps);
  return {
    get(number) {
      const row = Number.isInteger(number) && number > 0 ? byNumber[number] : undefined;
      return row && toResolution(row);
    },
    last: toResolution(lastRow),
    isGap: number => gapSet.has(number),
  };
}

let builtIn: ResolutionRecord | undefined;

/** The Security Council record generated from shared/data (see the header of unscRecord.generated.ts). */
export function securityCouncilRecord(): ResolutionRecord {
  builtIn ??= createResolutionRecord(UNSC_RECORD_ROWS, UNSC_RECORD_META.gaps);
  return builtIn;
}
