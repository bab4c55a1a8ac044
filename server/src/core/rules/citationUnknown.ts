import { yearOutsideNeighbours, type ResolutionRecord } from '../data/record';
import { RECORD_FILE_NAME } from '../data/recordFile';
import { formatDate } from '../format';
import type { CitationItem, DraftLanguage } from '../types';
import type { Localized, Rule } from './rule';
import { PAUSE, securityCouncilItems } from './rule';

const inGap: Localized<[number, number, number]> = {
  zh: (number, before, after) => `数据中没有第${number}号决议（介于第${before}号和第${after}号之间）：其通过日期和标题不详，可在 ${RECORD_FILE_NAME} 中补充。`,
  en: (number, before, after) => `Resolution ${number} is not in the data (between ${before} and ${after}): its date and title are unknown; ${RECORD_FILE_NAME} can add it.`,
};
const newer: Localized<[number, number, string]> = {
  zh: (number, last, date) => `第${number}号决议比数据新（已知最后一项：第${last}号，${date}），可在 ${RECORD_FILE_NAME} 中补充。`,
  en: (number, last, date) => `Resolution ${number} is newer than the data (last known: ${last}, ${date}); ${RECORD_FILE_NAME} can add it.`,
};

/**
 * Why the record lacks a number: it lies in a gap of the data, or after its end. A year that no
 * resolution of that number can have is not reported here but by citation-year-mismatch.
 */
function explain(item: CitationItem, record: ResolutionRecord, language: DraftLanguage): string | undefined {
  if (item.year !== undefined && yearOutsideNeighbours(record, item.number, item.year)) return undefined;
  const { before, after } = record.neighbours(item.number);
  if (before && after) return inGap[language](item.number, before.number, after.number);
  const last = record.last;
  return newer[language](item.number, last.number, formatDate(last.adopted, language));
}

export const citationUnknown: Rule = {
  id: 'citation-unknown',
  defaultSeverity: 'information',
  description: 'A cited Security Council resolution is not in the data: in a gap of it, or newer than it.',
  *check(document, { record, messageLanguage }) {
    for (const item of securityCouncilItems(document)) {
      if (item === PAUSE) {
        yield PAUSE;
        continue;
      }
      if (record.get(item.number)) continue;
      const message = explain(item, record, messageLanguage);
      if (message) yield { ruleId: this.id, range: item.range, message };
    }
  },
};
