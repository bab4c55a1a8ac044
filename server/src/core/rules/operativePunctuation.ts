import type { Localized, Rule } from './rule';
import { endingRange, endWith, endWithTitle, finalMark, isResolution } from './structureRule';

const message: Localized<[number, string, boolean]> = {
  zh: (number, mark, last) => `${last ? '最后一个' : ''}执行段落（第${number}段）应以“${mark}”结尾。`,
  en: (number, mark, last) => `${last ? 'The last operative paragraph' : 'Operative paragraph'} (${number}) ends with “${mark}”.`,
};

/** Operative paragraphs end with ； (;), the last with 。 (.). A paragraph with sub-items ends where its last sub-item does. */
export const operativePunctuation: Rule = {
  id: 'operative-punctuation',
  defaultSeverity: 'warning',
  description: 'An operative paragraph does not end with a semicolon, or the last with a full stop.',
  *check(document, { messageLanguage }) {
    if (!isResolution(document)) return;
    const zh = document.language === 'zh';
    const paragraphs = document.structure.operative;
    for (const [index, paragraph] of paragraphs.entries()) {
      const last = index === paragraphs.length - 1;
      const expected = last ? '。' : '；';
      const found = finalMark(document, paragraph);
      // finalMark folds widths: an English ; reads as ；, so only the English full stop needs a case.
      if (found === expected || (!zh && last && found === '.')) continue;
      const mark = zh ? expected : last ? '.' : ';';
      yield {
        ruleId: this.id,
        range: endingRange(document, paragraph),
        message: message[messageLanguage](paragraph.number, mark, last),
        fix: { title: endWithTitle[messageLanguage](mark), edits: [endWith(document, paragraph, mark)] },
      };
    }
  },
};
