import { yearOutsideNeighbours, type Neighbours, type RecordedResolution } from '../data/record';
import { formatDate } from '../format';
import type { CitationItem, DraftLanguage } from '../types';
import type { Finding, Fix, Localized, Rule } from './rule';
import { PAUSE, securityCouncilItems } from './rule';

const message: Localized<[number, string, number, number]> = {
  zh: (number, date, recordedYear, writtenYear) => `第${number}号决议于${date}通过，年份应为${recordedYear}，不是${writtenYear}。`,
  en: (number, date, recordedYear, writtenYear) => `Resolution ${number} was adopted on ${date}: the year is ${recordedYear}, not ${writtenYear}.`,
};
const betweenNeighbours: Localized<[number, RecordedResolution, RecordedResolution, number]> = {
  zh: (number, before, after, written) => before.adopted.year === after.adopted.year
    ? `数据中没有第${number}号决议，但其前后的第${before.number}号和第${after.number}号决议都是${before.adopted.year}年通过的：年份不可能是${written}。`
    : `数据中没有第${number}号决议，但其前后的第${before.number}号和第${after.number}号决议分别于${before.adopted.year}年和${after.adopted.year}年通过：年份不可能是${written}。`,
  en: (number, before, after, written) => before.adopted.year === after.adopted.year
    ? `Resolution ${number} is not in the data, but its neighbours ${before.number} and ${after.number} were adopted in ${before.adopted.year}: the year cannot be ${written}.`
    : `Resolution ${number} is not in the data, but its neighbours ${before.number} and ${after.number} were adopted in ${before.adopted.year} and ${after.adopted.year}: the year cannot be ${written}.`,
};
const afterLast: Localized<[number, RecordedResolution, number]> = {
  zh: (number, last, written) => `数据中没有第${number}号决议，但已知最后一项第${last.number}号决议于${formatDate(last.adopted, 'zh')}通过：年份不可能是${written}。`,
  en: (number, last, written) => `Resolution ${number} is not in the data, but the last known, ${last.number}, was adopted on ${formatDate(last.adopted, 'en')}: the year cannot be ${written}.`,
};
const fixTitle: Localized<[number]> = {
  zh: year => `将年份改为${year}`,
  en: year => `Change the year to ${year}`,
};

function yearFix(item: CitationItem, year: number, language: DraftLanguage): Fix {
  return { title: fixTitle[language](year), edits: [{ range: item.yearRange!, newText: String(year) }] };
}

/** A number the record lacks, with a year its neighbours rule out; fixed only when they agree on one year. */
function unknownNumber(item: CitationItem, year: number, { before, after }: Neighbours, language: DraftLanguage): Omit<Finding, 'ruleId'> | undefined {
  if (before && after) {
    const certain = before.adopted.year === after.adopted.year;
    return {
      range: item.yearRange!,
      message: betweenNeighbours[language](item.number, before, after, year),
      ...(certain ? { fix: yearFix(item, before.adopted.year, language) } : {}),
    };
  }
  return before ? { range: item.yearRange!, message: afterLast[language](item.number, before, year) } : undefined;
}

/**
 * 2195(2015): resolution 2195 was adopted in 2014. A number the record lacks is checked against its
 * neighbours, since numbers grow with dates: 2820(2025) cannot be, 2819 and 2821 being of 2026.
 */
export const citationYearMismatch: Rule = {
  id: 'citation-year-mismatch',
  defaultSeverity: 'error',
  description: 'The year of a cited Security Council resolution disagrees with the record (or, for a number not in it, with its neighbours).',
  *check(document, { record, messageLanguage }) {
    for (const item of securityCouncilItems(document)) {
      if (item === PAUSE) {
        yield PAUSE;
        continue;
      }
      if (item.year === undefined || !item.yearRange) continue;
      const recorded = record.get(item.number);
      if (!recorded) {
        const neighbours = yearOutsideNeighbours(record, item.number, item.year);
        const finding = neighbours && unknownNumber(item, item.year, neighbours, messageLanguage);
        if (finding) yield { ruleId: this.id, ...finding };
        continue;
      }
      if (item.year === recorded.adopted.year) continue;
      const year = recorded.adopted.year;
      yield {
        ruleId: this.id,
        range: item.yearRange,
        message: message[messageLanguage](item.number, formatDate(recorded.adopted, messageLanguage), year, item.year),
        fix: yearFix(item, year, messageLanguage),
      };
    }
  },
};
