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

// The opening of a comment up to its keyword; its body runs to the first --> and is never longer than a
// line of prose would make it. The --> is found by hand, once for all the openings before it: an
// expression looking ahead 2,000 characters from each of many unclosed <!-- read a megabyte in 200 ms.
const OPENING = /<!--[ \t]*resolint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|-->)/g;
const LONGEST_BODY = 2000;
const RULE_ID = /[a-z][a-z0-9]*(?:-[a-z0-9]+)*/g;

export function parseDirectives(text: string): Directive[] {
  if (!text.includes('<!--')) return [];
  const directives: Directive[] = [];
  // The first --> after the body being read (-1: none): openings come in text order, so one search
  // serves every opening before that -->.
  let close: number | undefined;
  OPENING.lastIndex = 0;
  for (let match = OPENING.exec(text); match; match = OPENING.exec(text)) {
    const start = match.index;
    const bodyStart = start + match[0].length;
    if (close === undefined || (close >= 0 && close < bodyStart)) close = text.indexOf('-->', bodyStart);
    if (close < 0 || close - bodyStart > LONGEST_BODY) {
      OPENING.lastIndex = start + 1;
      continue;
    }
    OPENING.lastIndex = close + 3;
    const body = text.slice(bodyStart, close);
    // `-- why`: what follows is a note, not rule ids.
    const note = body.search(/(?:^|\s)--(?:\s|$)/);
    const ids = note >= 0 ? body.slice(0, note) : body;
    const rules: DirectiveRule[] = [];
    for (const id of ids.matchAll(RULE_ID)) {
      rules.push({ id: id[0], range: { start: bodyStart + id.index!, end: bodyStart + id.index! + id[0].length } });
    }
    directives.push({ kind: match[1] as DirectiveKind, range: { start, end: close + 3 }, rules });
  }
  return directives;
}
