import type { Localized, Rule } from './rule';
import { endingRange, endWith, endWithTitle, finalMark, isResolution } from './structureRule';

const message: Localized<[string]> = {
  zh: mark => `序言段落应以“${mark}”结尾。`,
  en: mark => `A preambular paragraph ends with “${mark}”.`,
};

/** Preambular paragraphs end with ， (, in English). */
export const preamblePunctuation: Rule = {
  id: 'preamble-punctuation',
  defaultSeverity: 'warning',
  description: 'A preambular paragraph does not end with a comma.',
  *check(document, { messageLanguage }) {
    if (!isResolution(document)) return;
    const mark = document.language === 'zh' ? '，' : ',';
    for (const paragraph of document.structure.preamble) {
      if (finalMark(document, paragraph) === '，') continue;
      yield {
        ruleId: this.id,
        range: endingRange(document, paragraph),
        message: message[messageLanguage](mark),
        fix: { title: endWithTitle[messageLanguage](mark), edits: [endWith(document, paragraph, mark)] },
      };
    }
  },
};
