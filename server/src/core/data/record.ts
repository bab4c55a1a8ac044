import type { CalendarDate } from '../types';
import { UNSC_RECORD_META, UNSC_RECORD_ROWS, type RecordRow } from './unscRecord.generated';

/** What the record knows of one Security Council resolution. */
export interface RecordedResolution {
  readonly number: number;
  readonly adopted: CalendarDate;
  readonly titleEn: string;
  /** `undl:<record id>` for a UN Digital Library catalogue record, else the source's own words. */
  readonly source: string;
  /** The workspace record file that added this resolution; undefined for the built-in record. */
  readonly file?: string;
}

/** One body of knowledge a record is made of: how many resolutions it gave and the newest. */
export interface RecordSource {
  readonly kind: 'builtin' | 'workspace';
  /** The workspace record file. */
  readonly file?: string;
  readonly count: number;
  /** Undefined for a workspace file without entries. */
  readonly last?: RecordedResolution;
  /** The built-in data: the date of its latest revision (ISO). */
  readonly revised?: string;
  /** A workspace file that is not well formed: none of its entries is used. */
  readonly broken?: boolean;
}

/** The recorded resolutions nearest to a number, below and above it. */
export interface Neighbours {
  readonly before?: RecordedResolution;
  readonly after?: RecordedResolution;
}

export interface ResolutionRecord {
  get(number: number): RecordedResolution | undefined;
  /** The newest resolution the record holds: where its knowledge ends. */
  readonly last: RecordedResolution;
  /** A number below the last that the record lacks (its date was not found). */
  isGap(number: number): boolean;
  /** The recorded resolutions nearest to a number, itself excluded. */
  neighbours(number: number): Neighbours;
  /** The numbers below the last that the record lacks, as ranges [first, last]: [[2818, 2818], [2820, 2820]]. */
  readonly gaps: readonly (readonly [number, number])[];
  /** The built-in data first, then the workspace file merged over it, if any. */
  readonly sources: readonly RecordSource[];
}

export function parseIsoDate(iso: string): CalendarDate {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** The neighbours of a number in a sorted list of the recorded numbers, by binary search. */
function neighboursIn(numbers: readonly number[], number: number, get: (n: number) => RecordedResolution | undefined): Neighbours {
  let low = 0;
  let high = numbers.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (numbers[mid] <= number) low = mid + 1; else high = mid;
  }
  const below = numbers[low - 1] === number ? low - 2 : low - 1;
  return { before: below >= 0 ? get(numbers[below]) : undefined, after: low < numbers.length ? get(numbers[low]) : undefined };
}

/** A record over a lookup and the sorted list of its numbers: what every record answers alike. */
function recordOver(numbers: readonly number[], get: (n: number) => RecordedResolution | undefined, sources: readonly RecordSource[]): ResolutionRecord {
  const last = get(numbers[numbers.length - 1])!;
  const gaps: [number, number][] = [];
  for (let i = 1; i < numbers.length; i++) if (numbers[i] > numbers[i - 1] + 1) gaps.push([numbers[i - 1] + 1, numbers[i] - 1]);
  return {
    get: number => (Number.isInteger(number) && number > 0 ? get(number) : undefined),
    last,
    isGap: number => Number.isInteger(number) && number > 0 && number < last.number && !get(number),
    neighbours: number => neighboursIn(numbers, number, get),
    gaps,
    sources,
  };
}

/** Builds a record from rows sorted by number; the rows are stored as they are and turned into objects on demand. */
export function createResolutionRecord(rows: readonly RecordRow[], revised?: string): ResolutionRecord {
  const byNumber: (RecordRow | undefined)[] = [];
  for (const row of rows) byNumber[row[0]] = row;
  // Rows become objects on first use and are kept: a long draft asks for the same few many times.
  const resolutions: (RecordedResolution | undefined)[] = [];
  const get = (number: number): RecordedResolution | undefined => {
    const row = byNumber[number];
    return row && (resolutions[number] ??= { number, adopted: parseIsoDate(row[1]), titleEn: row[2], source: row[3] });
  };
  const numbers = rows.map(row => row[0]);
  return recordOver(numbers, get, [{ kind: 'builtin', count: rows.length, last: get(numbers[numbers.length - 1]), revised }]);
}

/**
 * The record with a workspace file's resolutions added: they answer for numbers the record lacks
 * (the file's entries were checked against the record before, see recordFile.ts). A broken file adds
 * none, and is named as a source all the same, so that the data currency can say it is broken.
 */
export function mergeRecord(base: ResolutionRecord, added: readonly RecordedResolution[], file: string, broken = false): ResolutionRecord {
  const addedByNumber = new Map(added.filter(r => !base.get(r.number)).map(r => [r.number, r]));
  const get = (number: number) => base.get(number) ?? addedByNumber.get(number);
  const known: number[] = [];
  for (let n = 1; n <= base.last.number; n++) if (base.get(n)) known.push(n);
  const numbers = [...known, ...addedByNumber.keys()].sort((a, b) => a - b);
  const newest = added.reduce<RecordedResolution | undefined>((a, b) => (!a || b.number > a.number ? b : a), undefined);
  return recordOver(numbers, get, [...base.sources, { kind: 'workspace', file, count: added.length, last: newest, ...(broken ? { broken } : {}) }]);
}

/**
 * For a number the record lacks, with a year written: the neighbours whose years rule that year out
 * (2820(2025): 2819 and 2821 were both adopted in 2026), or undefined when the year is possible.
 */
export function yearOutsideNeighbours(record: ResolutionRecord, number: number, year: number): Neighbours | undefined {
  if (record.get(number)) return undefined;
  const neighbours = record.neighbours(number);
  const { before, after } = neighbours;
  const impossible = (before !== undefined && year < before.adopted.year) || (after !== undefined && year > after.adopted.year);
  return impossible ? neighbours : undefined;
}

let builtIn: ResolutionRecord | undefined;

/** The Security Council record generated from shared/data (see the header of unscRecord.generated.ts). */
export function securityCouncilRecord(): ResolutionRecord {
  builtIn ??= createResolutionRecord(UNSC_RECORD_ROWS, UNSC_RECORD_META.revised);
  return builtIn;
}
