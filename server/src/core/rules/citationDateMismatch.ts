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
const fixTitle: Localized<[string]> = {
  zh: date => `改为记录的日期${date}`,
  en: date => `Change to the recorded date, ${date}`,
};

/** How the message names the resolution: 第1373号决议 / Resolution 1373, 大会第60/288号决议 / General Assembly resolution 60/288. */
const named: Localized<[CitationItem]> = {
  zh: item => (item.assemblySymbol ? `大会第${item.assemblySymbol.slice('A/RES/'.length)}号决议` : `第${item.number}号决议`),
  en: item => (item.assemblySymbol ? `General Assembly resolution ${item.assemblySymbol.slice('A/RES/'.length)}` : `Resolution ${item.number}`),
};

/** Every item with a written date, and the adoption date its record gives, when the record has it. */
function* datedItems(document: ResolutionDocument, record: ResolutionRecord): Generator<[CitationItem, CalendarDate]> {
  for (const citation of document.citations) {
    for (const item of citation.items) {
      if (!item.writtenDate) continue;
      // An Assembly resolution missing from the data (most adopted without a vote are) is not checked.
      const adopted = citation.organ === 'securityCouncil' ? record.get(item.number)?.adopted
        : item.assemblySymbol ? generalAssemblyRecord().get(item.assemblySymbol)?.adopted : undefined;
      if (adopted) yield [item, adopted];
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
    for (const [item, adopted] of datedItems(document, record)) {
      const written = item.writtenDate!;
      if (sameDate(written.date, adopted)) continue;
      const replacement = formatDate(adopted, written.language);
      yield {
        ruleId: this.id,
        range: written.range,
        message: message[messageLanguage](named[messageLanguage](item), formatDate(adopted, messageLanguage), formatDate(written.date, messageLanguage)),
        fix: { title: fixTitle[messageLanguage](replacement), edits: [{ range: written.range, newText: replacement }] },
      };
    }
  },
};
