import type { Localized, Rule } from './rule';
import { entities, leadForm, lineOf } from './termRule';

const message: Localized<[string, string, number]> = {
  zh: (form, established, line) => `同一机构在本文件中有两种简称：第 ${line} 行起使用“${established}”，此处写作“${form}”。`,
  en: (form, established, line) => `Two short forms for one entity: the draft uses “${established}” from line ${line}, and “${form}” here.`,
};

const fixTitle: Localized<[string]> = {
  zh: form => `改为“${form}”`,
  en: form => `Write “${form}”`,
};

/**
 * Two different short forms of one entity in one draft (民航组织 and 国际民航组织 for ICAO). The form
 * the draft defines is the right one; without a definition, the first one used. Chinese and English
 * forms are compared separately, an apposition (伊黎伊斯兰国(达伊沙)) by its lead name, and an alias
 * (又称达伊沙, also known as Da'esh, or one the glossary records) is no inconsistency.
 */
export const termInconsistentShort: Rule = {
  id: 'term-inconsistent-short',
  defaultSeverity: 'warning',
  description: 'One entity has two different short forms in the draft.',
  fixAll: true,
  *check(document, { messageLanguage }) {
    for (const { entry, occurrences, definitions } of entities(document)) {
      // Another name of the entity (达伊沙 beside 伊黎伊斯兰国) is no second short form.
      const aliases = new Set([...(entry.alias ?? []), ...definitions.flatMap(d => d.aliases.filter(a => a.alias).map(a => a.form))]);
      for (const language of ['zh', 'en'] as const) {
        const shorts = occurrences.filter(o => o.kind === 'short' && o.language === language);
        const defined = shorts.filter(o => o.role === 'definitionAlias');
        const established = defined.length > 0 ? defined : shorts.slice(0, 1);
        if (established.length === 0) continue;
        const forms = new Set(established.map(o => leadForm(o.form)));
        const line = lineOf(document, (definitions[0]?.range ?? established[0].range).start);
        const establishedIsAlias = [...forms].every(form => aliases.has(form));
        for (const o of shorts) {
          if (o.role !== 'use' || forms.has(leadForm(o.form)) || aliases.has(leadForm(o.form)) || establishedIsAlias) continue;
          const right = established[0].form;
          yield {
            ruleId: this.id,
            range: o.range,
            message: message[messageLanguage](o.form, right, line),
            fix: { title: fixTitle[messageLanguage](right), edits: [{ range: o.range, newText: right }] },
          };
        }
      }
    }
  },
};
