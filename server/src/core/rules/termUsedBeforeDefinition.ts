import type { Localized, Rule } from './rule';
import { definitionText, entities, lineOf } from './termRule';

const message: Localized<[string, number]> = {
  zh: (form, line) => `“${form}”在第 ${line} 行定义之前已经使用：简称应在首次出现时定义。`,
  en: (form, line) => `“${form}” is used before the draft defines it on line ${line}: define a short form where it first appears.`,
};

const fixTitle: Localized<[string]> = {
  zh: definition => `在首次出现处定义：${definition}`,
  en: definition => `Define it at its first use: ${definition}`,
};

/**
 * A short form used before the draft defines it. A short form inside a longer known name or inside
 * the full name of a definition (反恐委员会执行局(反恐执行局)) is no use of it, and is not matched as one.
 */
export const termUsedBeforeDefinition: Rule = {
  id: 'term-used-before-definition',
  defaultSeverity: 'warning',
  description: 'A short form is used before the draft defines it.',
  *check(document, { messageLanguage }) {
    for (const { occurrences, definitions } of entities(document)) {
      const first = definitions[0];
      if (!first) continue;
      const early = occurrences.filter(o => o.role === 'use' && o.kind === 'short' && o.range.start < first.range.start &&
        first.aliases.some(a => a.form === o.form));
      const line = lineOf(document, first.range.start);
      for (const [index, use] of early.entries()) {
        // The first early use takes the definition, which becomes the short form where it stood.
        const written = definitionText(document, first);
        const fix = index > 0 ? undefined : {
          title: fixTitle[messageLanguage](written),
          edits: [{ range: use.range, newText: written }, { range: first.range, newText: use.form }],
        };
        yield { ruleId: this.id, range: use.range, message: message[messageLanguage](use.form, line), fix };
      }
    }
  },
};
