// Inline directives that silence rules: HTML comments, a form no UN text contains, read the same in
// .unres, .txt and .md files:
//   <!-- resolint-disable-next-line term-undefined -->    the line after the comment
//   <!-- resolint-disable-line punctuation-width -->      the comment's own line
//   <!-- resolint-disable citation-form --> … <!-- resolint-enable citation-form -->
//   <!-- resolint-disable-file term-undefined, term-redefined -->
// Rule ids are separated by commas or spaces; no id means every rule; `-- why` after the ids is a
// note for readers. Ranges are UTF-16 offsets into the text.
import type { OffsetRange } from '../types';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface DirectiveRule {
  readonly id: string;
  /** Where the id stands in the comment, for a finding on it (unused-disable). */
  readonly range: OffsetRange;
}

export interface Directive {
  readonly kind: DirectiveKind;
  /** The whole comment, <!-- to -->. */
  readonly range: OffsetRange;
  /** Empty: every rule. */
  readonly rules: readonly DirectiveRule[];
}

// One comment at a time, lazily up to the first -->, and never longer than a line of prose would
// make it: an unclosed <!-- in a long text costs one bounded look, not a scan to the end per comment.
const COMMENT = /<!--[ \t]*resolint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|-->)([^]{0,2000}?)-->/g;
const RULE_ID = /[a-z][a-z0-9]*(?:-[a-z0-9]+)*/g;

export function parseDirectives(text: string): Directive[] {
  if (!text.includes('<!--')) return [];
  const directives: Directive[] = [];
  for (const match of text.matchAll(COMMENT)) {
    const start = match.index!;
    const body = match[2];
    // `-- why`: what follows is a note, not rule ids.
    const note = body.search(/(?:^|\s)--(?:\s|$)/);
    const ids = note >= 0 ? body.slice(0, note) : body;
    const bodyStart = start + match[0].length - 3 - body.length;
    const rules: DirectiveRule[] = [];
    for (const id of ids.matchAll(RULE_ID)) {
      rules.push({ id: id[0], range: { start: bodyStart + id.index!, end: bodyStart + id.index! + id[0].length } });
    }
    directives.push({ kind: match[1] as DirectiveKind, range: { start, end: start + match[0].length }, rules });
  }
  return directives;
}
