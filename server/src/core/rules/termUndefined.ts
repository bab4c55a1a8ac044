import type { Localized, Rule } from './rule';
import { entities, fullName } from './termRule';

const message: Localized<[string, string | undefined]> = {
  zh: (form, full) => `本文件没有定义简称“${form}”${full ? `（全称：${full}）` : ''}：简称应在首次出现时以“全称(简称)”定义。`,
  en: (form, full) => `The draft never defines “${form}”${full ? ` (${full})` : ''}: define a short form where it first appears, as “Full Name (${form})”.`,
};

const fixTitle: Localized<[string]> = {
  zh: definition => `在此定义：${definition}`,
  en: definition => `Define it here: ${definition}`,
};

/**
 * A short form the draft uses and never defines, reported once, at its first use. Official texts
 * use well-known short forms without a definition (corpus 003 writes 反恐执行局 throughout), so this is a
 * hint. A short form that refers back to its full name (《宪章》 after 《联合国宪章》) needs none, nor the
 * organ a resolution's title line names (安全理事会， then 安理会 in the text, as every resolution has it),
 * or the masthead of a verbatim record.
 */
export const termUndefined: Rule = {
  id: 'term-undefined',
  defaultSeverity: 'hint',
  description: 'A short form is used without being defined in the draft.',
  *check(document, { messageLanguage }) {
    // The organ a resolution's title line names, or the masthead of a verbatim record (before its first speaker).
    const heading = document.structure.title ?? (document.genre === 'verbatimRecord' ? document.statements[0] : undefined);
    const namedInHeading = (entry: Parameters<typeof fullName>[0]) => heading !== undefined
      && (document.terms.byEntry.get(entry) ?? []).some(o => o.kind === 'full' && o.range.start >= heading.start && o.range.end <= heading.end);
    for (const { entry, occurrences, definitions } of entities(document)) {
      if (definitions.length > 0 || namedInHeading(entry)) continue;
      const first = occurrences.find(o => o.role === 'use' && o.kind === 'short' && !o.anaphoric);
      if (!first) continue;
      const full = fullName(entry, first.language);
      const written = first.language === 'zh' ? `${full}(${first.form})` : `${full} (${first.form})`;
      // An apposition such as 伊黎伊斯兰国(达伊沙) already has brackets: no mechanical fix.
      const fix = full && !first.form.includes('(') ? { title: fixTitle[messageLanguage](written), edits: [{ range: first.range, newText: written }] } : undefined;
      yield { ruleId: this.id, range: first.range, message: message[messageLanguage](first.form, fullName(entry, messageLanguage)), fix };
    }
  },
};
