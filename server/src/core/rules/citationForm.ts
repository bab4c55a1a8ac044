import type { Citation, FormIssueKind } from '../types';
import type { Localized, Rule, TextEdit } from './rule';

/** Each message ends with the citation as the fix writes it. */
const messages: Record<FormIssueKind, Localized<[string]>> = {
  missingHao: {
    zh: fixed => `决议编号后缺少“号”：应写作“${fixed}”。`,
    en: fixed => `The citation lacks 号 after the resolution number: write ${fixed}.`,
  },
  yearAfterHao: {
    zh: fixed => `年份应写在“号”之前：应写作“${fixed}”。`,
    en: fixed => `The year belongs before 号: write ${fixed}.`,
  },
  mismatchedBrackets: {
    zh: fixed => `年份两侧的括号宽度不一致：应写作“${fixed}”。`,
    en: fixed => `The brackets around the year do not match (one full-width, one half-width): write ${fixed}.`,
  },
  listSeparator: {
    zh: fixed => `决议列表中各项之间应使用顿号“、”：应写作“${fixed}”。`,
    en: fixed => `Items of a Chinese list of resolutions are separated by 、: write ${fixed}.`,
  },
  lastListSeparator: {
    zh: fixed => `决议列表的最后一项之前应使用“和”（或“及”）：应写作“${fixed}”。`,
    en: fixed => `The last item of a Chinese list of resolutions is joined by 和 (or 及): write ${fixed}.`,
  },
  missingSpace: {
    zh: fixed => `英文引文中编号与年份之间应有空格：应写作“${fixed}”。`,
    en: fixed => `Put a space between the number and the year: ${fixed}.`,
  },
  fullWidthBrackets: {
    zh: fixed => `英文引文的年份应使用半角括号：应写作“${fixed}”。`,
    en: fixed => `English citations put the year in half-width brackets: ${fixed}.`,
  },
};

const fixTitle: Localized<[string, boolean]> = {
  zh: (text, insertion) => (!text.trim() ? '插入空格' : insertion ? `插入“${text}”` : `改为“${text}”`),
  en: (text, insertion) => (!text.trim() ? 'Insert a space' : insertion ? `Insert “${text}”` : `Write “${text}”`),
};

/** Characters of the citation quoted on each side of the edit: a list longer than that is quoted around it. */
const QUOTED_AROUND_EDIT = 80;

/**
 * The citation as it reads once the edit is made, without the spaces and line breaks of PDF
 * extraction. A long list (a hundred resolutions, or a paste that runs on) is quoted around the edit
 * only, with …, so that each message costs the same however long the list is. (A citation is digits,
 * brackets, separators and a few CJK words: no cut falls inside a surrogate pair.)
 */
function fixedCitation(text: string, citation: Citation, edit: TextEdit): string {
  const start = Math.max(citation.range.start, edit.range.start - QUOTED_AROUND_EDIT);
  const end = Math.min(citation.range.end, edit.range.end + QUOTED_AROUND_EDIT);
  const fixed = (start > citation.range.start ? '…' : '') + text.slice(start, edit.range.start) + edit.newText
    + text.slice(edit.range.end, end) + (end < citation.range.end ? '…' : '');
  return citation.style === 'zh' ? fixed.replace(/\s+/g, '') : fixed.replace(/\s+/g, ' ');
}

/** Malformed citations, each with the edit that gives the canonical form. */
export const citationForm: Rule = {
  id: 'citation-form',
  defaultSeverity: 'warning',
  description: 'A citation is malformed: 号, year position, brackets, list punctuation, spacing.',
  *check(document, { messageLanguage }) {
    for (const citation of document.citations) {
      for (const issue of citation.formIssues) {
        const edit = { range: issue.range, newText: issue.replacement };
        // An insertion has an empty range; report it on the whole citation so it can be seen.
        const insertion = issue.range.start === issue.range.end;
        const range = insertion ? citation.range : issue.range;
        yield {
          ruleId: this.id,
          range,
          message: messages[issue.kind][messageLanguage](fixedCitation(document.text, citation, edit)),
          fix: { title: fixTitle[messageLanguage](issue.replacement, insertion), edits: [edit] },
        };
      }
    }
  },
};
