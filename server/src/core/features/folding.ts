import type { FoldingRange } from 'vscode-languageserver-types';
import { negotiationMarkup } from '../negotiation/markup';
import type { ResolutionDocument } from '../parse/document';
import type { PreambularParagraph, SubItem } from '../parse/structure';
import type { OffsetRange } from '../types';

function collectSubItems(items: readonly SubItem[], into: OffsetRange[]): void {
  for (const item of items) {
    into.push(item.range);
    collectSubItems(item.children, into);
  }
}

function collectSection(paragraphs: readonly PreambularParagraph[], into: OffsetRange[]): void {
  if (paragraphs.length === 0) return;
  into.push({ start: paragraphs[0].range.start, end: paragraphs[paragraphs.length - 1].range.end });
  for (const paragraph of paragraphs) {
    into.push(paragraph.range);
    collectSubItems(paragraph.subItems, into);
  }
}

/** A fold for the preamble, the operative part, each paragraph or sub-item, and bracketed alternatives and Option blocks, spanning several lines. */
export function getFoldingRanges(document: ResolutionDocument): FoldingRange[] {
  const ranges: OffsetRange[] = [];
  collectSection(document.structure.preamble, ranges);
  collectSection(document.structure.operative, ranges);
  for (const group of negotiationMarkup(document).groups) ranges.push(group.range, ...group.alternatives.map(a => a.range));
  const folds: FoldingRange[] = [];
  for (const range of ranges) {
    const startLine = document.lines.positionAt(range.start).line;
    const endLine = document.lines.positionAt(range.end).line;
    if (endLine > startLine) folds.push({ startLine, endLine });
  }
  return folds;
}
