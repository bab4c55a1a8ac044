// Paragraph labels as inlay hints: PP1 before each preambular paragraph, OP1 before each operative
// one, OP3(a) and OP3(a)(ii) before sub-items, as delegates name them in negotiation.
import type { InlayHint } from 'vscode-languageserver-types';
import { allLabels } from '../negotiation/labels';
import type { ResolutionDocument } from '../parse/document';
import type { OffsetRange } from '../types';

/** The hints whose place lies in range (the visible part of the editor), or all of them. */
export function getInlayHints(document: ResolutionDocument, range?: OffsetRange): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const { label, anchor } of allLabels(document, range)) {
    if (range && (anchor < range.start || anchor > range.end)) continue;
    hints.push({ position: document.lines.positionAt(anchor), label, paddingRight: true });
  }
  return hints;
}
