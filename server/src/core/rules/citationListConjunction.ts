import type { Localized, Rule } from './rule';

const message: Localized<[]> = {
  zh: () => '决议列表的最后一项之前通常用“和”（或“及”）连接；已通过的案文也写作“、”，故仅供参考。',
  en: () => 'Drafting guides join the last item of a Chinese list of resolutions with 和 (or 及); adopted texts also write 、, so this is for information only.',
};

/**
 * 第1540(2004)、1673(2006)、1810(2008)号决议: adopted texts write lists so, drafting guides put 和 before
 * the last item. Information, and no automatic fix: both forms are in use.
 */
export const citationListConjunction: Rule = {
  id: 'citation-list-conjunction',
  defaultSeverity: 'information',
  description: 'The last item of a Chinese list of resolutions is joined by 、 rather than 和 (both are in use).',
  *check(document, { messageLanguage }) {
    for (const citation of document.citations) {
      for (const issue of citation.formIssues) {
        if (issue.kind === 'lastListSeparator') yield { ruleId: this.id, range: issue.range, message: message[messageLanguage]() };
      }
    }
  },
};
