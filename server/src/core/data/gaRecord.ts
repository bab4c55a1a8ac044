// The General Assembly resolutions the shared data holds: those adopted by a recorded vote, and four
// curated counter-terrorism resolutions. Most resolutions adopted without a vote are missing, so a
// symbol not found here is no error: the hover says so.
import type { CalendarDate } from '../types';
import { parseIsoDate } from './record';

export interface RecordedAssemblyResolution {
  /** A/RES/71/291, A/RES/2625(XXV), A/RES/ES-11/1, A/RES/34/2A */
  readonly symbol: string;
  readonly adopted: CalendarDate;
  readonly titleEn: string;
  /** `undl:<record id>`, or the curator's words for a resolution without a voting record. */
  readonly source: string;
}

export interface AssemblyRecord {
  get(symbol: string): RecordedAssemblyResolution | undefined;
  readonly count: number;
  /** The newest resolution in the data (the highest number adopted on the last date) and its date. */
  readonly lastSymbol: string;
  readonly lastDate: CalendarDate;
}

let record: AssemblyRecord | undefined;

/**
 * The generated data is required only when a draft first cites an Assembly resolution: its module
 * is then evaluated and its rows indexed by symbol, once per process.
 */
export function generalAssemblyRecord(): AssemblyRecord {
  if (record) return record;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose, see above
  const { GA_RECORD_META, GA_RECORD_TSV } = require('./gaRecord.generated') as typeof import('./gaRecord.generated');
  const lineStart = new Map<string, number>();
  for (let start = 0; start < GA_RECORD_TSV.length;) {
    const end = GA_RECORD_TSV.indexOf('\n', start);
    const tab = GA_RECORD_TSV.indexOf('\t', start);
    lineStart.set(GA_RECORD_TSV.slice(start, tab), start);
    start = end < 0 ? GA_RECORD_TSV.length : end + 1;
  }
  const resolutions = new Map<string, RecordedAssemblyResolution>();
  record = {
    get(symbol) {
      const start = lineStart.get(symbol);
      if (start === undefined) return undefined;
      let found = resolutions.get(symbol);
      if (!found) {
        const end = GA_RECORD_TSV.indexOf('\n', start);
        const [, date, titleEn, source] = GA_RECORD_TSV.slice(start, end < 0 ? undefined : end).split('\t');
        found = { symbol, adopted: parseIsoDate(date), titleEn, source };
        resolutions.set(symbol, found);
      }
      return found;
    },
    count: GA_RECORD_META.count,
    lastSymbol: GA_RECORD_META.lastSymbol,
    lastDate: parseIsoDate(GA_RECORD_META.lastDate),
  };
  return record;
}
