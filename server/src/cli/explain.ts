// resolint --rules (every code it can report) and --explain RULE (what, why, a wrong and a right example).
import { CONFIG_DIAGNOSTIC_CODE, PARITY_CODE, RECORD_CONTRADICTION, RECORD_INVALID, UNUSED_DISABLE, type DraftLanguage } from '../core';
import { GLOSSARY_DIAGNOSTIC_CODE } from '../core/data/glossaryFile';
import { DOCX_UNREADABLE } from '../docx';
import { RULES } from '../core/rules';
import { RULE_DOCS } from '../core/rules/ruleDocs';

/** Codes that are no rule of the table: problems of the workspace files and of Word drafts, unused disable comments, and the parity of two texts. */
export const OTHER_CODES: readonly { id: string; defaultSeverity: string; description: string }[] = [
  { id: CONFIG_DIAGNOSTIC_CODE, defaultSeverity: 'error', description: 'A .resolintrc.json (or a file it extends) is broken: reported at each problem; the drafts are checked with the defaults, and resolint exits 2.' },
  { id: GLOSSARY_DIAGNOSTIC_CODE, defaultSeverity: 'error', description: 'A .resolution-terms.json is broken: reported at each problem; the built-in glossary is used, and resolint exits 2.' },
  { id: RECORD_INVALID, defaultSeverity: 'error', description: 'A workspace record file (.resolution-record.json) is broken: reported at each problem; the built-in record is used, and resolint exits 2.' },
  { id: RECORD_CONTRADICTION, defaultSeverity: 'error', description: 'An entry of a workspace record file contradicts the built-in data: that entry is not used.' },
  { id: DOCX_UNREADABLE, defaultSeverity: 'error', description: 'A .docx cannot be read (protected by a password, a renamed .doc, damaged, or not a Word document); the other files are still checked.' },
  UNUSED_DISABLE,
  PARITY_CODE,
];

export function listCodes(): string {
  const codes = [...RULES, ...OTHER_CODES];
  const width = Math.max(...codes.map(code => code.id.length));
  return codes.map(code => `${code.id.padEnd(width)}  ${code.defaultSeverity.padEnd(11)}  ${code.description}\n`).join('');
}

const HEADINGS: Record<DraftLanguage, { checks: string; why: string; wrong: string; right: string; severity: (level: string) => string; zh: string; en: string }> = {
  zh: { checks: '检查什么：', why: '为什么：', wrong: '错误', right: '正确', severity: level => `（默认级别：${level}）`, zh: '中文', en: '英文' },
  en: { checks: 'What it checks: ', why: 'Why: ', wrong: 'Wrong', right: 'Right', severity: level => ` (default severity: ${level})`, zh: 'Chinese', en: 'English' },
};

const indent = (text: string) => text.trimEnd().split('\n').map(line => line ? `    ${line}` : '').join('\n');

/** The explanation of a rule in the interface language, examples in both (or Chinese alone); undefined for no such rule. */
export function explainRule(id: string, language: DraftLanguage): string | undefined {
  const rule = RULES.find(r => r.id === id);
  const doc = RULE_DOCS[id];
  if (!rule || !doc) return undefined;
  const h = HEADINGS[language];
  const colon = language === 'zh' ? '：' : ':';
  const examples = (['zh', 'en'] as const).flatMap(draft => {
    const example = doc.examples[draft];
    return example ? [`${h[draft]} — ${h.wrong}${colon}\n${indent(example.wrong)}\n${h[draft]} — ${h.right}${colon}\n${indent(example.right)}`] : [];
  });
  return `${rule.id}${h.severity(rule.defaultSeverity)}\n\n${h.checks}${doc.what[language]}\n\n${h.why}${doc.why[language]}\n\n${examples.join('\n\n')}\n`;
}
