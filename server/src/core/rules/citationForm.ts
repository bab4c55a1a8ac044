import type { FormIssueKind } from '../types';
import type { Localized, Rule } from './rule';

/** The kinds this rule reports; 和 before the last item is citation-list-conjunction's. */
type FormKind = Exclude<FormIssueKind, 'lastListSeparator'>;

/** Each message ends with the citation as the fix writes it. */
const messages: Record<FormKind, Localized<[string]>> = {
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
  missingListSeparator: {
    zh: fixed => `决议列表中两项之间缺少分隔符（网页副本常丢失“、”）：应写作“${fixed}”。`,
    en: fixed => `Two items of a list of resolutions have no separator between them (web copies often lose the 、): write ${fixed}.`,
  },
  missingSpace: {
    zh: fixed => `英文引文中编号与年份之间应有空格：应写作“${fixed}”。`,
    en: fixed => `Put a space between the number and the year: ${fixed}.`,
  },
  missingYearBrackets: {
    zh: fixed => `年份应写在括号内：应写作“${fixed}”。`,
    en: fixed => `The year belongs in brackets: ${fixed}.`,
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

/** Malformed citations, each with the edits that give the canonical form. */
export const citationForm: Rule = {
  id: 'citation-form',
  defaultSeverity: 'warning',
  description: 'A citation is malformed: 号, year position, brackets, list punctuation, spacing.',
  *check(document, { messageLanguage }) {
    for (const citation of document.citations) {
      for (const issue of citation.formIssues) {
        if (issue.kind === 'lastListSeparator') continue;
        const [edit] = issue.edits;
        const insertion = issue.edits.length === 1 && edit.range.start === edit.range.end;
        const title = issue.edits.length === 1 ? fixTitle[messageLanguage](edit.newText, insertion) : fixTitle[messageLanguage](issue.fixed, false);
        yield {
          ruleId: this.id,
          range: issue.range,
          message: messages[issue.kind][messageLanguage](issue.fixed),
          ...(issue.severity ? { severity: issue.severity } : {}),
          ...(issue.edits.length > 0 ? { fix: { title, edits: issue.edits } } : {}),
        };
      }
    }
  },
};
