import { generalAssemblyRecord } from '../data/gaRecord';
import type { ResolutionRecord } from '../data/record';
import { formatDate, sameDate } from '../format';
import type { ResolutionDocument } from '../parse/document';
import type { CalendarDate, CitationItem } from '../types';
import type { Localized, Rule } from './rule';

const message: Localized<[string, string, string]> = {
  zh: (resolution, recorded, written) => `${resolution}的通过日期是${recorded}，不是${written}。`,
  en: (resolution, recorded, written) => `${resolution} was adopted on ${recorded}, not ${written}.`,
};
/**
 * Most of the Assembly's dates come from voting records alone, which an adopted text contradicts at times
 * by a day (A/RES/37/43 dates 3103 (XXVIII) 12 December 1973, its voting record 11 December): information.
 */
const votingRecordMessage: Localized<[string, string, string]> = {
  zh: (resolution, recorded, written) => `数据（联合国数字图书馆表决记录）中${resolution}的日期是${recorded}，不是${written}：请核对。`,
  en: (resolution, recorded, written) => `The data (a UN Digital Library voting record) dates ${resolution} ${recorded}, not ${written}: check which is right.`,
};
const fixTitle: Localized<[string]> = {
  zh: date => `改为记录的日期${date}`,
  en: date => `Change to the recorded date, ${date}`,
};

/** How the message names the resolution: 第1373号决议 / Resolution 1373, 大会第60/288号决议 / General Assembly resolution 60/288. */
const named: Localized<[CitationItem]> = {
  zh: item => (item.assemblySymbol ? `大会第${item.assemblySymbol.slice('A/RES/'.length)}号决议` : `第${item.number}号决议`),
  en: item => (item.assemblySymbol ? `General Assembly resolution ${item.assemblySymbol.slice('A/RES/'.length)}` : `Resolution ${item.number}`),
};

/**
 * Every item with a written date, the adoption date its record gives (when the record has it), and
 * whether that date is only a voting record's.
 */
function* datedItems(document: ResolutionDocument, record: ResolutionRecord): Generator<[CitationItem, CalendarDate, boolean]> {
  for (const citation of document.citations) {
    if (!citation.marked) continue;
    for (const item of citation.items) {
      if (!item.writtenDate) continue;
      if (citation.organ === 'securityCouncil') {
        const adopted = record.get(item.number)?.adopted;
        if (adopted) yield [item, adopted, false];
      } else if (item.assemblySymbol) {
        // An Assembly resolution missing from the data (most adopted without a vote are) is not checked.
        const recorded = generalAssemblyRecord().get(item.assemblySymbol);
        if (recorded) yield [item, recorded.adopted, recorded.source.startsWith('undl:')];
      }
    }
  }
}

/**
 * 2001年9月28日第1373(2001)号决议, resolution 1373 (2001) of 28 September 2001, resolution 60/288 of
 * 8 September 2006: the date must be the adoption date.
 */
export const citationDateMismatch: Rule = {
  id: 'citation-date-mismatch',
  defaultSeverity: 'error',
  description: 'A date written with a cited resolution disagrees with its recorded adoption date.',
  *check(document, { record, messageLanguage }) {
    for (const [item, adopted, votingRecord] of datedItems(document, record)) {
      const written = item.writtenDate!;
      if (sameDate(written.date, adopted)) continue;
      const replacement = formatDate(adopted, written.language);
      yield {
        ruleId: this.id,
        range: written.range,
        message: (votingRecord ? votingRecordMessage : message)[messageLanguage](named[messageLanguage](item), formatDate(adopted, messageLanguage), formatDate(written.date, messageLanguage)),
        ...(votingRecord ? { severity: 'information' as const } : {}),
        fix: { title: fixTitle[messageLanguage](replacement), edits: [{ range: written.range, newText: replacement }] },
      };
    }
  },
};
