import { formatDate } from '../format';
import type { Localized, Rule } from './rule';
import { securityCouncilItems } from './rule';

const message: Localized<[number, string, number, number]> = {
  zh: (number, date, recordedYear, writtenYear) => `第${number}号决议于${date}通过，年份应为${recordedYear}，不是${writtenYear}。`,
  en: (number, date, recordedYear, writtenYear) => `Resolution ${number} was adopted on ${date}: the year is ${recordedYear}, not ${writtenYear}.`,
};
const fixTitle: Localized<[number]> = {
  zh: year => `将年份改为${year}`,
  en: year => `Change the year to ${year}`,
};

/** 2195(2015): resolution 2195 was adopted in 2014. */
export const citationYearMismatch: Rule = {
  id: 'citation-year-mismatch',
  defaultSeverity: 'error',
  description: 'The year of a cited Security Council resolution disagrees with the record.',
  *check(document, { record, messageLanguage }) {
    for (const [item] of securityCouncilItems(document)) {
      const recorded = record.get(item.number);
      if (!recorded || item.year === undefined || !item.yearRange || item.year === recorded.adopted.year) continue;
      const year = recorded.adopted.year;
      yield {
        ruleId: this.id,
        range: item.yearRange,
        message: message[messageLanguage](item.number, formatDate(recorded.adopted, messageLanguage), year, item.year),
        fix: { title: fixTitle[messageLanguage](year), edits: [{ range: item.yearRange, newText: String(year) }] },
      };
    }
  },
};
