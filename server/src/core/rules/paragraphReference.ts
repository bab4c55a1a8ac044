import type { Localized, Rule } from './rule';
import { isResolution } from './structureRule';

const message: Localized<[number, number]> = {
  zh: (n, count) => `本决议没有第${n}段：执行段落只有${count}段。`,
  en: (n, count) => `There is no paragraph ${n}: the draft has ${count} operative paragraph${count === 1 ? '' : 's'}.`,
};

/** 上文第12段 in a draft of 10 operative paragraphs, paragraph 12 above. */
export const paragraphReference: Rule = {
  id: 'paragraph-reference',
  defaultSeverity: 'warning',
  description: 'A reference to an operative paragraph the draft does not have.',
  *check(document, { messageLanguage }) {
    if (!isResolution(document) || document.structure.operative.length === 0) return;
    const numbers = new Set(document.structure.operative.map(p => p.number));
    const count = document.structure.operative.length;
    for (const reference of document.paragraphReferences) {
      if (numbers.has(reference.number)) continue;
      yield { ruleId: this.id, range: reference.numberRange, message: message[messageLanguage](reference.number, count) };
    }
  },
};
