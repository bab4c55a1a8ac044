// Code actions on negotiation markup: "Keep this alternative" (or option) removes the other
// alternatives of its group and the brackets, leaving the kept text; "Remove brackets" accepts a
// bracketed text, its proposal tags going with the brackets.
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { negotiationMarkup, type BracketSpan, type ProposalTag } from '../negotiation/markup';
import type { ResolutionDocument } from '../parse/document';
import type { DraftLanguage, OffsetRange } from '../types';

const TITLES: Record<DraftLanguage, { keep: (label: string) => string; remove: string }> = {
  zh: { keep: label => `保留此备选案文（${label}），删除其他`, remove: '去掉方括号（接受此文字）' },
  en: { keep: label => `Keep this alternative (${label}), remove the others`, remove: 'Remove brackets (accept this text)' },
};

const touches = (range: OffsetRange, at: OffsetRange) => range.start <= at.end && at.start <= range.end;

/** The edits that take away a span's brackets and the proposal tags at its close (inside, or right after). */
function removeBracketEdits(text: string, span: BracketSpan, tags: readonly ProposalTag[]): OffsetRange[] {
  const open = span.range.start;
  let contentEnd = trimEnd(text, open + 1, span.range.end - 1);
  for (let tag = tags.find(t => t.range.end === contentEnd && t.range.start > open); tag; tag = tags.find(t => t.range.end === contentEnd && t.range.start > open)) {
    contentEnd = trimEnd(text, open + 1, tag.range.start);
  }
  let tagAfter = span.range.end;
  while (tagAfter < text.length && (text[tagAfter] === ' ' || text[tagAfter] === '\t')) tagAfter++;
  const next = tags.find(t => t.range.start === tagAfter);
  return [{ start: open, end: open + 1 }, { start: contentEnd, end: next ? next.range.end : span.range.end }];
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** text without the characters of `leading` at its start and of `trailing` at its end, one character at a time (a label may hold any run of spaces). */
function trimmed(text: string, leading: RegExp, trailing: RegExp): string {
  let start = 0;
  let end = text.length;
  while (start < end && leading.test(text[start])) start++;
  while (end > start && trailing.test(text[end - 1])) end--;
  return text.slice(start, end);
}

export function getNegotiationActions(document: ResolutionDocument, uri: string, range: OffsetRange, language: DraftLanguage): CodeAction[] {
  const markup = negotiationMarkup(document);
  const titles = TITLES[language];
  const text = document.text;
  const actions: CodeAction[] = [];
  const edit = (edits: { range: OffsetRange; newText: string }[]) => ({ changes: { [uri]: edits.map((e): TextEdit => ({ range: document.lines.rangeOf(e.range), newText: e.newText })) } });
  for (const group of markup.groups) {
    const alternative = group.alternatives.find(a => touches(a.range, range));
    if (!alternative) continue;
    const label = trimmed(text.slice(alternative.label.start, alternative.label.end), /[\s[［]/, /[\s:：.[［]/);
    actions.push({
      title: titles.keep(label),
      kind: 'refactor.rewrite',
      edit: edit([{ range: group.range, newText: text.slice(alternative.content.start, alternative.content.end) }]),
    });
  }
  // The innermost bracketed span at the cursor that is no alternative.
  const span = markup.spans.filter(s => !s.alternative && touches(s.range, range)).sort((a, b) => b.depth - a.depth)[0];
  if (span) {
    actions.push({ title: titles.remove, kind: 'refactor.rewrite', edit: edit(removeBracketEdits(text, span, markup.tags).map(r => ({ range: r, newText: '' }))) });
  }
  return actions;
}
