import type { Localized, Rule } from './rule';
import { entities, lineOf } from './termRule';

const message: Localized<[string, string, number]> = {
  zh: (full, form, line) => `第 ${line} 行已定义简称“${form}”并已使用：此处不必再写全称“${full}”。`,
  en: (full, form, line) => `The draft defines “${form}” on line ${line} and uses it: write “${form}” here, not “${full}”.`,
};

const fixTitle: Localized<[string]> = {
  zh: form => `改为简称“${form}”`,
  en: form => `Write the short form “${form}”`,
};

/**
 * The full name written again once the draft has defined its short form and used it. Repeating the
 * full name right after the definition, before the short form is ever used (国际移民组织(移民组织)…国际移民组织,
 * corpus 003), is left alone: the reader has not yet switched to the short form.
 */
export const termFullAfterShort: Rule = {
  id: 'term-full-after-short',
  defaultSeverity: 'information',
  description: 'The full name is written again after the draft introduced and used its short form.',
  fixAll: true,
  *check(document, { messageLanguage }) {
    for (const { occurrences, definitions } of entities(document)) {
      const definition = definitions[0];
      if (!definition) continue;
      const line = lineOf(document, definition.range.start);
      let shortUsed = false;
      for (const o of occurrences) {
        if (o.range.start < definition.range.end || o.role !== 'use') continue;
        if (o.kind === 'short') { shortUsed = true; continue; }
        const alias = definition.aliases.find(a => /[\u3400-\u9fff]/.test(a.form) === (o.language === 'zh'));
        if (!shortUsed || !alias) continue;
        yield {
          ruleId: this.id,
          range: o.range,
          message: message[messageLanguage](o.form, alias.form, line),
          fix: { title: fixTitle[messageLanguage](alias.form), edits: [{ range: o.range, newText: alias.form }] },
        };
      }
    }
  },
};
