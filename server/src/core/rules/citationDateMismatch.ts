import { formatDate, sameDate } from '../format';
import type { Localized, Rule } from './rule';
import { securityCouncilItems } from './rule';

const message: Localized<[number, string, string]> = {
  zh: (number, recorded, written) => `第${number}号决议的通过日期是${recorded}，不是${written}。`,
  en: (number, recorded, written) => `Resolution ${number} was adopted on ${recorded}, not ${written}.`,
};
const fixTitle: Localized<[string]> = {
  zh: date => `改为记录的日期${date}`,
  en: date => `Change to the recorded date, ${date}`,
};

/** 2001年9月28日第1373(2001)号决议, resolution 1373 (2001) of 28 September 2001: the date must be the adoption date. */
export const citationDateMismatch: Rule = {
  id: 'citation-date-mismatch',
  defaultSeverity: 'error',
  description: 'A date written with a cited resolution disagrees with its recorded adoption date.',
  check(document, { record, messageLanguage }) {
    const findings = [];
    for (const [item] of securityCouncilItems(document)) {
      const recorded = record.get(item.number);
      const written = item.writtenDate;
      if (!recorded || !written || sameDate(written.date, recorded.adopted)) continue;
      const replacement = formatDate(recorded.adopted, written.language);
      findings.push({
        ruleId: this.id,
        range: written.range,
        message: message[messageLanguage](item.number, formatDate(recorded.adopted, messageLanguage), formatDate(written.date, messageLanguage)),
        fix: { title: fixTitle[messageLanguage](replacement), edits: [{ range: written.range, newText: replacement }] },
      });
    }
    return findings;
  },
};
