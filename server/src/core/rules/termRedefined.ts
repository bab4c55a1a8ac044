import type { Localized, Rule } from './rule';
import { entities, lineOf } from './termRule';

const message: Localized<[string, number]> = {
  zh: (form, line) => `“${form}”已在第 ${line} 行定义：此后应直接使用简称。`,
  en: (form, line) => `“${form}” is already defined on line ${line}: use the short form from then on.`,
};

const fixTitle: Localized<[string]> = {
  zh: form => `改为“${form}”`,
  en: form => `Write “${form}”`,
};

/** An entity the draft defines twice; the fix keeps only the short form at the second definition. */
export const termRedefined: Rule = {
  id: 'term-redefined',
  defaultSeverity: 'warning',
  description: 'A term is defined twice in the draft.',
  *check(document, { messageLanguage }) {
    for (const { definitions } of entities(document)) {
      const [first, ...again] = definitions;
      for (const definition of again) {
        const form = definition.aliases[0].form;
        yield {
          ruleId: this.id,
          range: definition.range,
          message: message[messageLanguage](first.aliases[0].form, lineOf(document, first.range.start)),
          fix: { title: fixTitle[messageLanguage](form), edits: [{ range: definition.range, newText: form }] },
        };
      }
    }
  },
};
