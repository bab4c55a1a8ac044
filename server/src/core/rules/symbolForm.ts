// Malformed document symbols (parse/symbols.ts reads them and their issues): a space typed inside one
// on a line (S /2017/375), a year of two digits (S/PRST/17/1), and a presidential statement whose
// year is later than the date the draft gives it. A line break inside a symbol is PDF extraction's
// and never a finding. A fix is offered only where it is certain: the space goes; a two-digit year
// becomes the one year a Security Council symbol can have (from 1994, to the record's last year).
import { formatDate } from '../format';
import { yearsOfShortYear } from '../parse/symbols';
import type { Localized, Rule } from './rule';

const space: Localized<[string]> = {
  zh: fixed => `文号中间不应有空格：应写作“${fixed}”。`,
  en: fixed => `A document symbol has no space inside: write ${fixed}.`,
};
const shortYear: Localized<[string]> = {
  zh: fixed => `文号中的年份应写全四位：应写作“${fixed}”。`,
  en: fixed => `The year of a document symbol is written in full: ${fixed}.`,
};
const unclearYear: Localized<[number]> = {
  zh: written => `文号中的年份应写全四位；“${written}”指哪一年无法确定。`,
  en: written => `The year of a document symbol is written in full; which year ${written} stands for cannot be told.`,
};
const laterThanDate: Localized<[string, number, string]> = {
  zh: (symbol, year, date) => `主席声明 ${symbol} 的年份 ${year} 晚于草案所写的日期（${date}）：文号或日期有误。`,
  en: (symbol, year, date) => `The year of ${symbol}, ${year}, is later than the date the draft gives the statement (${date}): the symbol or the date is wrong.`,
};
const deleteSpace: Localized<[]> = { zh: () => '删除空格', en: () => 'Delete the space' };
const writeYear: Localized<[number]> = { zh: year => `改为“${year}”`, en: year => `Write “${year}”` };

export const symbolForm: Rule = {
  id: 'symbol-form',
  defaultSeverity: 'warning',
  description: 'A document symbol is malformed: a space inside it, a two-digit year, a statement dated before its year.',
  *check(document, { record, messageLanguage }) {
    const lastYear = record.last.adopted.year;
    for (const symbol of document.symbols) {
      for (const issue of symbol.issues) {
        if (issue.kind === 'space') {
          yield { ruleId: this.id, range: issue.range, message: space[messageLanguage](symbol.symbol), fix: { title: deleteSpace[messageLanguage](), edits: issue.edits } };
        } else if (issue.kind === 'shortYear') {
          const years = yearsOfShortYear(issue.written, lastYear);
          if (years.length === 1) {
            const fixed = `${issue.before}${years[0]}${issue.after}`;
            yield {
              ruleId: this.id, range: issue.range, message: shortYear[messageLanguage](fixed),
              fix: { title: writeYear[messageLanguage](years[0]), edits: [{ range: issue.range, newText: String(years[0]) }] },
            };
          } else {
            yield { ruleId: this.id, range: issue.range, message: unclearYear[messageLanguage](issue.written) };
          }
        } else {
          const date = formatDate(issue.date.date, messageLanguage);
          yield { ruleId: this.id, range: issue.range, message: laterThanDate[messageLanguage](symbol.symbol, issue.year, date), related: [{ range: issue.date.range, message: date }] };
        }
      }
    }
  },
};
