// Fixture helpers: `|` marks a cursor (one) or a range (two) in a text; positions count UTF-16
// code units, and a line ends at \r\n, \n or \r, as LSP defines.
import type { Position, Range } from 'vscode-languageserver-protocol';

export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

export interface Marked {
  text: string;
  /** The first marker. */
  position: Position;
  /** From the first marker to the second, when there are two. */
  range: Range;
}

/** `回顾其第2195(|2015|)号决议` → the text without the markers, the cursor and the range between them. */
export function marked(source: string): Marked {
  const first = source.indexOf('|');
  if (first < 0) throw new Error(`no | marker in ${JSON.stringify(source)}`);
  const second = source.indexOf('|', first + 1);
  const text = source.replace(/\|/g, '');
  const start = positionAt(text, first);
  const end = second < 0 ? start : positionAt(text, second - 1);
  return { text, position: start, range: { start, end } };
}

/** The position of the first occurrence of needle in the given line of text, plus within (e.g. to hover mid-number). */
export function positionOf(text: string, line: number, needle: string, within = 0): Position {
  const lineText = text.split(/\r\n|\r|\n/)[line];
  const character = lineText?.indexOf(needle) ?? -1;
  if (character < 0) throw new Error(`${JSON.stringify(needle)} is not on line ${line}: ${JSON.stringify(lineText)}`);
  return { line, character: character + within };
}
