// What changed between two revisions of a draft, paragraph by paragraph: added, deleted, moved,
// renumbered (OP5 became OP6) and changed paragraphs, matched by content (compare/align.ts), with an
// inline diff of each changed paragraph (by character in Chinese, by word in English), and the
// citations that appear or disappear.
import { diffChars, diffWords } from 'diff';
import { resolutionSymbol } from '../format';
import { labeledParagraphs, type LabeledParagraph, type SectionKind } from '../negotiation/labels';
import type { ResolutionDocument } from '../parse/document';
import { align, textSimilarity } from './align';

export type ChangeKind = 'added' | 'deleted' | 'moved' | 'changed' | 'renumbered';

export interface DiffPart {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

export interface ParagraphChange {
  readonly kind: ChangeKind;
  /** The label in the earlier revision; null for an added paragraph. */
  readonly from: string | null;
  /** The label in the later revision; null for a deleted paragraph. */
  readonly to: string | null;
  /** For a moved paragraph: whether its text changed too. */
  readonly changed?: boolean;
  /** The paragraph's text as compared (the later one, or the earlier for a deleted paragraph). */
  readonly text: string;
  /** For a changed paragraph (or a moved one that changed): the inline diff from earlier to later. */
  readonly diff?: readonly DiffPart[];
}

export interface RevisionComparison {
  readonly changes: readonly ParagraphChange[];
  /** Citations (S/RES/2195 (2014), A/RES/71/291) in one revision and not the other. */
  readonly citations: { readonly added: readonly string[]; readonly removed: readonly string[] };
}

/** A paragraph's words as compared: the view (line breaks of PDF text joined), its printed number left out. */
export function paragraphText(document: ResolutionDocument, paragraph: LabeledParagraph): string {
  const view = document.view;
  return view.text.slice(view.toView(paragraph.bodyStart), view.toView(paragraph.range.end)).replace(/\s+/g, ' ').trim();
}

function inlineDiff(earlier: string, later: string, language: ResolutionDocument['language']): DiffPart[] {
  const parts = language === 'zh' ? diffChars(earlier, later) : diffWords(earlier, later);
  return parts.map(part => ({ op: part.added ? 'insert' : part.removed ? 'delete' : 'equal', text: part.value }));
}

interface Sorted { readonly change: ParagraphChange; readonly key: number }

function compareSection(earlier: ResolutionDocument, later: ResolutionDocument, kind: SectionKind): ParagraphChange[] {
  const left = labeledParagraphs(earlier).filter(p => p.kind === kind);
  const right = labeledParagraphs(later).filter(p => p.kind === kind);
  const leftTexts = left.map(p => paragraphText(earlier, p));
  const rightTexts = right.map(p => paragraphText(later, p));
  const alignment = align(leftTexts, rightTexts, { similarity: textSimilarity });
  const sorted: Sorted[] = [];
  const rightOfLeft = new Map(alignment.pairs.map(pair => [pair.left, pair.right]));
  for (const pair of alignment.pairs) {
    const from = left[pair.left].label;
    const to = right[pair.right].label;
    const same = leftTexts[pair.left] === rightTexts[pair.right];
    const text = rightTexts[pair.right];
    const diff = same ? undefined : inlineDiff(leftTexts[pair.left], text, later.language);
    if (pair.moved) sorted.push({ key: pair.right, change: { kind: 'moved', from, to, changed: !same, text, ...(diff ? { diff } : {}) } });
    else if (!same) sorted.push({ key: pair.right, change: { kind: 'changed', from, to, text, diff } });
    // Preambular paragraphs carry no number: a new position is no change of theirs.
    else if (from !== to && kind === 'OP') sorted.push({ key: pair.right, change: { kind: 'renumbered', from, to, text } });
  }
  for (const j of alignment.added) sorted.push({ key: j, change: { kind: 'added', from: null, to: right[j].label, text: rightTexts[j] } });
  for (const i of alignment.deleted) {
    // Shown where it stood: after the later place of the paragraph that came before it.
    let before = i - 1;
    while (before >= 0 && !(rightOfLeft.has(before) && !alignment.pairs.find(p => p.left === before)!.moved)) before--;
    sorted.push({ key: (before < 0 ? -1 : rightOfLeft.get(before)!) + 0.5, change: { kind: 'deleted', from: left[i].label, to: null, text: leftTexts[i] } });
  }
  return sorted.sort((a, b) => a.key - b.key).map(s => s.change);
}

function citationKeys(document: ResolutionDocument): Set<string> {
  const keys = new Set<string>();
  for (const citation of document.citations) {
    if (!citation.marked) continue;
    for (const item of citation.items) {
      if (item.assemblySymbol) keys.add(item.assemblySymbol);
      else if (citation.organ === 'securityCouncil') keys.add(resolutionSymbol(item.number, item.year));
    }
  }
  return keys;
}

export function compareRevisions(earlier: ResolutionDocument, later: ResolutionDocument): RevisionComparison {
  const before = citationKeys(earlier);
  const after = citationKeys(later);
  return {
    changes: [...compareSection(earlier, later, 'PP'), ...compareSection(earlier, later, 'OP')],
    citations: { added: [...after].filter(key => !before.has(key)), removed: [...before].filter(key => !after.has(key)) },
  };
}
