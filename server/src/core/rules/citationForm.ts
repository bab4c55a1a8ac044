import type { FormIssueKind } from '../types';
import type { Finding, Localized, Rule } from './rule';

const messages: Record<FormIssueKind, Localized<[]>> = {
  missingHao: {
    zh: () => '决议编号后缺少“号”：应写作“第2341(2017)号决议”。',
    en: () => 'The citation lacks 号 after the resolution number: write 第2341(2017)号决议.',
  },
  yearAfterHao: {
    zh: () => '年份应写在“号”之前：应写作“第2341(2017)号决议”。',
    en: () => 'The year belongs before 号: write 第2341(2017)号决议.',
  },
  mismatchedBrackets: {
    zh: () => '年份两侧的括号宽度不一致。',
    en: () => 'The brackets around the year do not match (one full-width, one half-width).',
  },
  listSeparator: {
    zh: () => '决议列表中各项之间应使用顿号“、”。',
    en: () => 'Items of a Chinese list of resolutions are separated by 、.',
  },
  lastListSeparator: {
    zh: () => '决议列表的最后一项之前应使用“和”（或“及”）。',
    en: () => 'The last item of a Chinese list of resolutions is joined by 和 (or 及).',
  },
  missingSpace: {
    zh: () => '英文引文中编号与年份之间应有空格：resolution 2341 (2017)。',
    en: () => 'Put a space between the number and the year: resolution 2341 (2017).',
  },
  fullWidthBrackets: {
    zh: () => '英文引文的年份应使用半角括号：resolution 2341 (2017)。',
    en: () => 'English citations put the year in half-width brackets: resolution 2341 (2017).',
  },
};

const fixTitle: Localized<[string, boolean]> = {
  zh: (text, insertion) => (!text.trim() ? '插入空格' : insertion ? `插入“${text}”` : `改为“${text}”`),
  en: (text, insertion) => (!text.trim() ? 'Insert a space' : insertion ? `Insert “${text}”` : `Write “${text}”`),
};

/** Malformed citations, each with the edit that gives the canonical form. */
export const citationForm: Rule = {
  id: 'citation-form',
  defaultSeverity: 'warning',
  description: 'A citation is malformed: 号, year position, brackets, list punctuation, spacing.',
  check(document, { messageLanguage }) {
    const findings: Finding[] = [];
    for (const citation of document.citations) {
      for (const issue of citation.formIssues) {
        const edit = { range: issue.range, newText: issue.replacement };
        // An insertion has an empty range; report it on the whole citation so it can be seen.
        const insertion = issue.range.start === issue.range.end;
        const range = insertion ? citation.range : issue.range;
        findings.push({
          ruleId: this.id,
          range,
          message: messages[issue.kind][messageLanguage](),
          fix: { title: fixTitle[messageLanguage](issue.replacement, insertion), edits: [edit] },
        });
      }
    }
    return findings;
  },
};
