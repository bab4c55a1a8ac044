import type { RecordedResolution, ResolutionRecord } from '../data/record';
import { formatDate } from '../format';
import type { CitationItem, DraftLanguage } from '../types';
import type { Localized, Rule, Severity } from './rule';
import { securityCouncilItems } from './rule';

const beyondRecord: Localized<[number, number, string]> = {
  zh: (number, last, date) => `记录中没有第${number}号决议：记录截至第${last}号决议（${date}通过），这可能是之后通过的决议。`,
  en: (number, last, date) => `Resolution ${number} is not in the record, which ends at resolution ${last} (adopted ${date}); it may be newer than the data.`,
};
const inGap: Localized<[number]> = {
  zh: number => `第${number}号决议是记录中已知的缺口：其通过日期和标题尚未核实。`,
  en: number => `Resolution ${number} is a known gap in the record: its date and title have not been verified.`,
};
const unknown: Localized<[number, number, string]> = {
  zh: (number, last, date) => `记录中没有第${number}号决议（记录截至第${last}号决议，${date}）。请核对编号。`,
  en: (number, last, date) => `Resolution ${number} is not in the record (which ends at resolution ${last}, ${date}). Check the number.`,
};

/**
 * An unknown number is most often a typo (a warning); but the record ends somewhere and has gaps,
 * so a number past its end (with a year not before its last year) or in a gap is only information.
 */
function explain(item: CitationItem, record: ResolutionRecord, language: DraftLanguage): { message: string; severity: Severity } {
  const last: RecordedResolution = record.last;
  const lastDate = formatDate(last.adopted, language);
  if (record.isGap(item.number)) return { message: inGap[language](item.number), severity: 'information' };
  if (item.number > last.number && (item.year === undefined || item.year >= last.adopted.year)) {
    return { message: beyondRecord[language](item.number, last.number, lastDate), severity: 'information' };
  }
  return { message: unknown[language](item.number, last.number, lastDate), severity: 'warning' };
}

export const citationUnknown: Rule = {
  id: 'citation-unknown',
  defaultSeverity: 'warning',
  description: 'A cited Security Council resolution is not in the record (information when it is probably newer than the data).',
  *check(document, { record, messageLanguage }) {
    for (const [item] of securityCouncilItems(document)) {
      if (record.get(item.number)) continue;
      yield { ruleId: this.id, range: item.range, ...explain(item, record, messageLanguage) };
    }
  },
};
