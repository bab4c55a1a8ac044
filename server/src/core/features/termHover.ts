import type { Hover } from 'vscode-languageserver-types';
import type { GlossaryEntry } from '../data/glossary';
import type { ResolutionDocument } from '../parse/document';
import { occurrenceAt, type TermOccurrence } from '../parse/terms';
import { definitionText, lineOf } from '../rules/termRule';
import type { DraftLanguage } from '../types';
import type { HoverOptions } from './citationHover';

const LABELS = {
  zh: {
    shortForms: '简称',
    alsoWritten: '又作',
    defined: (line: number, written: string) => `本文件第 ${line} 行定义：${written}`,
    notDefined: '本文件没有定义此名称。',
    source: '来源',
    draftOnly: '本文件中的定义；不在任何术语表中。',
    workspace: (file: string) => `工作区术语表 ${file}`,
    unverified: '⚠ 中文名称出自联合国以外的来源，使用前请与联合国术语库（UNTERM）核对。',
  },
  en: {
    shortForms: 'Short forms',
    alsoWritten: 'Also written',
    defined: (line: number, written: string) => `Defined on line ${line} of this draft: ${written}`,
    notDefined: 'Not defined in this draft.',
    source: 'Source',
    draftOnly: 'Defined in this draft; in no glossary.',
    workspace: (file: string) => `workspace glossary ${file}`,
    unverified: '⚠ The Chinese name comes from a source outside the UN: check it against UNTERM before relying on it.',
  },
} as const;

/** Sources quote URLs and titles: their `_` and `*` are text, not emphasis. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, c => `\\${c}`);
}

function instrumentName(entry: GlossaryEntry, name: string): string {
  return entry.instrument ? `《${name}》` : name;
}

function sourceLines(entry: GlossaryEntry, labels: (typeof LABELS)[DraftLanguage]): string[] {
  if (entry.origin === 'draft') return [`${labels.source}: ${labels.draftOnly}`];
  const where = entry.origin === 'workspace' && entry.file ? ` ${escapeMarkdown(labels.workspace(entry.file))}` : '';
  const sources = entry.source.map((source, i) => `- ${escapeMarkdown(source)}${entry.evidence[i] ? ` (${escapeMarkdown(entry.evidence[i])})` : ''}`);
  const unverified = entry.evidence.length > 0 && entry.evidence.every(e => e.startsWith('other')) ? [labels.unverified] : [];
  return [...unverified, `${labels.source}:${where}\n${sources.join('\n')}`];
}

/** The hover text for one entity, in Markdown: names in both languages, its definition, its sources. */
export function describeTerm(document: ResolutionDocument, occurrence: TermOccurrence, messageLanguage: DraftLanguage): string {
  const labels = LABELS[messageLanguage];
  const { entry } = occurrence;
  const lines: string[] = [];
  const [zhFull, ...zhOthers] = entry.zhFull;
  const zhShort = entry.zhShort.length > 0 ? ` · ${labels.shortForms}: ${entry.zhShort.map(s => instrumentName(entry, s)).join('、')}` : '';
  if (zhFull) lines.push(`**${instrumentName(entry, zhFull)}**${zhShort}`);
  if (zhOthers.length > 0) lines.push(`${labels.alsoWritten}: ${zhOthers.map(n => instrumentName(entry, n)).join('、')}`);
  const [enFull, ...enOthers] = entry.enFull;
  const acronyms = entry.enShort.length > 0 ? ` (${entry.enShort.join(', ')})` : '';
  if (enFull || acronyms) lines.push(`${enFull ? `**${enFull}**` : ''}${acronyms}`.trim());
  if (enOthers.length > 0) lines.push(`${labels.alsoWritten}: ${enOthers.join('; ')}`);
  const definition = document.terms.definitions.find(d => d.entry === entry);
  lines.push(definition
    ? labels.defined(lineOf(document, definition.range.start), definitionText(document, definition))
    : labels.notDefined);
  lines.push(...sourceLines(entry, labels));
  return lines.join('\n\n');
}

/** Over a name of a UN body or instrument: what it stands for, where the draft defines it, the source. */
export function termHover(document: ResolutionDocument, offset: number, { messageLanguage }: HoverOptions): Hover | null {
  const occurrence = occurrenceAt(document.terms, offset);
  if (!occurrence) return null;
  return {
    contents: { kind: 'markdown', value: describeTerm(document, occurrence, messageLanguage) },
    range: document.lines.rangeOf(occurrence.range),
  };
}
