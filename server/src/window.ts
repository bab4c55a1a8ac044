// Hover on a file too large to parse whole: parse a window of text around the cursor and answer
// from it, so a 20 MB draft still explains its citations at once. Citations, dates and organ names
// are local (a citation is far shorter than the window), so the answer is the one the whole file
// would give whenever the citation under the cursor lies inside the window.
import type { Hover, Position } from 'vscode-languageserver-types';
import type { RequestOptions, ResolutionDocument, ResolutionService } from './core';
import { detectLanguage } from './core/parse/document';

/** Characters on each side of the cursor. */
export const WINDOW_RADIUS = 4096;

/** What the window needs of a document: vscode-languageserver-textdocument's TextDocument has it. */
export interface PositionedText {
  readonly version: number;
  getText(): string;
  offsetAt(position: Position): number;
  positionAt(offset: number): Position;
}

interface Window {
  readonly version: number;
  readonly start: number;
  readonly end: number;
  readonly origin: Position;
  readonly model: ResolutionDocument;
}

/** The window [start, end) around offset: it starts after a line break when one is near. */
export function windowAround(text: string, offset: number, radius = WINDOW_RADIUS): { start: number; end: number } {
  let start = Math.max(0, offset - radius);
  if (start > 0) {
    const lineStart = text.indexOf('\n', start);
    if (lineStart >= 0 && lineStart < start + radius / 2 && lineStart < offset) start = lineStart + 1;
    // Never start between the two halves of a surrogate pair or of a CRLF.
    else if ((text.charCodeAt(start) & 0xfc00) === 0xdc00 && (text.charCodeAt(start - 1) & 0xfc00) === 0xd800) start++;
    else if (text.charCodeAt(start) === 10 && text.charCodeAt(start - 1) === 13) start++;
  }
  let end = Math.min(text.length, offset + radius);
  if ((text.charCodeAt(end - 1) & 0xfc00) === 0xd800 && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
  return { start, end };
}

/** Moves a position in the window to the position in the whole document. */
function shift(position: Position, origin: Position): Position {
  return position.line === 0
    ? { line: origin.line, character: origin.character + position.character }
    : { line: origin.line + position.line, character: position.character };
}

/**
 * Windowed hover, one window kept per document and reused while the cursor stays well inside it.
 */
export class WindowedHover {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly service: ResolutionService, private readonly radius = WINDOW_RADIUS) {}

  /** options: the interface language and the draft's record, as for the service's hover. */
  doHover(uri: string, document: PositionedText, position: Position, options: RequestOptions = {}): Hover | null {
    const offset = document.offsetAt(position);
    const window = this.windowFor(uri, document, offset);
    const local = window.model.lines.positionAt(offset - window.start);
    const hover = this.service.doHover(window.model, local, options);
    if (!hover?.range) return hover;
    return { ...hover, range: { start: shift(hover.range.start, window.origin), end: shift(hover.range.end, window.origin) } };
  }

  forget(uri: string): void {
    this.windows.delete(uri);
  }

  private windowFor(uri: string, document: PositionedText, offset: number): Window {
    const margin = this.radius / 4;
    const kept = this.windows.get(uri);
    const inside = (w: Window) => (w.start === 0 || offset - w.start >= margin) && (w.end === document.getText().length || w.end - offset >= margin);
    if (kept && kept.version === document.version && offset >= kept.start && offset <= kept.end && inside(kept)) return kept;
    const text = document.getText();
    const { start, end } = windowAround(text, offset, this.radius);
    // The draft's language (dates, links) is the whole file's, as parse decides it (on its start).
    const language = kept?.version === document.version ? kept.model.language : detectLanguage(text);
    const model = { ...this.service.parse(text.slice(start, end)), language };
    const window: Window = { version: document.version, start, end, origin: document.positionAt(start), model };
    this.windows.set(uri, window);
    return window;
  }
}
