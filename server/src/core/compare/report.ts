// The comparison of two revisions as people read it: plain text (one line a change), a Markdown table
// to paste into an e-mail (runs of renumbered paragraphs in one row), and JSON.
import type { DraftLanguage } from '../types';
import type { DiffPart, ParagraphChange, RevisionComparison } from './revisions';

const WORDS: Record<DraftLanguage, {
  kinds: Record<ParagraphChange['kind'], string>;
  head: [string, string, string, string];
  textChanged: string;
  none: string;
  citationsAdded: string;
  citationsRemoved: string;
  title: (earlier: string, later: string) => string;
}> = {
  zh: {
    kinds: { added: '新增', deleted: '删除', moved: '移动', changed: '修改', renumbered: '重新编号' },
    head: ['原稿', '新稿', '变动', '内容'],
    textChanged: '文字亦有修改',
    none: '两稿的段落相同。',
    citationsAdded: '新引用',
    citationsRemoved: '不再引用',
    title: (earlier, later) => `${earlier} → ${later}`,
  },
  en: {
    kinds: { added: 'added', deleted: 'deleted', moved: 'moved', changed: 'changed', renumbered: 'renumbered' },
    head: ['Earlier', 'Later', 'Change', 'What'],
    textChanged: 'text changed too',
    none: 'The paragraphs of both revisions are the same.',
    citationsAdded: 'Citations added',
    citationsRemoved: 'Citations removed',
    title: (earlier, later) => `${earlier} → ${later}`,
  },
};

const OPENING = { zh: 30, en: 80 };

function opening(text: string, language: DraftLanguage): string {
  return text.length > OPENING[language] ? `${text.slice(0, OPENING[language])}…` : text;
}

/** The diff with its unchanged stretches cut to their ends, so a one-word change reads in one line. */
function diffText(diff: readonly DiffPart[], mark: (part: DiffPart) => string, language: DraftLanguage): string {
  const keep = language === 'zh' ? 8 : 30;
  return diff.map((part, i) => {
    if (part.op !== 'equal') return mark(part);
    const t = part.text;
    if (t.length <= keep * 2) return t;
    const first = i === 0;
    const last = i === diff.length - 1;
    if (first) return `…${t.slice(-keep)}`;
    if (last) return `${t.slice(0, keep)}…`;
    return `${t.slice(0, keep)}…${t.slice(-keep)}`;
  }).join('');
}

function describe(change: ParagraphChange, language: DraftLanguage, mark: (part: DiffPart) => string): string {
  const words = WORDS[language];
  if (change.diff) {
    const diff = diffText(change.diff, mark, language);
    return change.kind === 'moved' ? `${words.textChanged}: ${diff}` : diff;
  }
  return opening(change.text, language);
}

const wdiff = (part: DiffPart) => (part.op === 'insert' ? `{+${part.text}+}` : `[-${part.text}-]`);
const markdownDiff = (part: DiffPart) => {
  const text = escapeCell(part.text).trim();
  if (!text) return part.text;
  return part.op === 'insert' ? `**${text}**` : `~~${text}~~`;
};

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function formatText(comparison: RevisionComparison, language: DraftLanguage): string {
  const words = WORDS[language];
  const lines = comparison.changes.map(change =>
    `${words.kinds[change.kind].padEnd(10)} ${(change.from ?? '-').padEnd(7)} ${(change.to ?? '-').padEnd(7)} ${describe(change, language, wdiff)}`);
  if (lines.length === 0) lines.push(words.none);
  const { added, removed } = comparison.citations;
  if (added.length > 0) lines.push(`${words.citationsAdded}: ${added.join(', ')}`);
  if (removed.length > 0) lines.push(`${words.citationsRemoved}: ${removed.join(', ')}`);
  return lines.join('\n') + '\n';
}

interface Row { from: string; to: string; kind: string; what: string }

/** OP5 → OP6, OP6 → OP7, OP7 → OP8: one row OP5–OP7 → OP6–OP8. */
function collapseRenumbering(changes: readonly ParagraphChange[], language: DraftLanguage): Row[] {
  const words = WORDS[language];
  const rows: Row[] = [];
  const number = (label: string) => Number(label.replace(/^\D+/, ''));
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (change.kind !== 'renumbered') {
      rows.push({ from: change.from ?? '', to: change.to ?? '', kind: words.kinds[change.kind], what: describe(change, language, markdownDiff) });
      continue;
    }
    let j = i;
    const shift = number(change.to!) - number(change.from!);
    while (j + 1 < changes.length && changes[j + 1].kind === 'renumbered'
      && number(changes[j + 1].from!) === number(changes[j].from!) + 1 && number(changes[j + 1].to!) - number(changes[j + 1].from!) === shift) j++;
    const span = (a: string, b: string) => (a === b ? a : `${a}–${b}`);
    rows.push({ from: span(change.from!, changes[j].from!), to: span(change.to!, changes[j].to!), kind: words.kinds.renumbered, what: `${shift > 0 ? '+' : ''}${shift}` });
    i = j;
  }
  return rows;
}

export function formatMarkdown(comparison: RevisionComparison, language: DraftLanguage, names?: { earlier: string; later: string }): string {
  const words = WORDS[language];
  const lines: string[] = [];
  if (names) lines.push(`## ${words.title(names.earlier, names.later)}`, '');
  const rows = collapseRenumbering(comparison.changes, language);
  if (rows.length === 0) {
    lines.push(words.none);
  } else {
    lines.push(`| ${words.head.join(' | ')} |`, '|---|---|---|---|');
    for (const row of rows) lines.push(`| ${row.from} | ${row.to} | ${row.kind} | ${escapeCell(row.what)} |`);
  }
  const { added, removed } = comparison.citations;
  if (added.length > 0 || removed.length > 0) lines.push('');
  if (added.length > 0) lines.push(`${words.citationsAdded}: ${added.join(', ')}`);
  if (removed.length > 0) lines.push(`${added.length > 0 ? '\n' : ''}${words.citationsRemoved}: ${removed.join(', ')}`);
  return lines.join('\n') + '\n';
}

export function formatJson(comparison: RevisionComparison): string {
  return JSON.stringify(comparison, null, 2) + '\n';
}
