// Calls every verb of the core service on a text and checks what the answers promise an editor:
// nothing throws, every range lies inside the document on UTF-16 boundaries (never between the two
// halves of a surrogate pair or of a CRLF), symbols' selection ranges lie in their ranges, edits do
// not overlap, completion ranges sit on the cursor's line, and the answers are deterministic.
//
// Verbs are found on the service object, so features added later are exercised without a change
// here. Their arguments are supplied by parameter name (document, position, uri, range,
// diagnostics, options): a verb with another parameter name fails with a message naming it; add
// the name to ARGUMENTS below.
import * as assert from 'node:assert/strict';
import type { Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { ResolutionDocument, ResolutionService } from '../../server/src/core';

export const URI = 'file:///fuzz/draft.unres';
/** Another document some verbs edit: the workspace glossary, which does not exist yet. */
export const GLOSSARY_URI = 'file:///fuzz/.resolution-terms.json';

/** LSP positions computed independently of the core's LineIndex: lines end at \r\n, \r or \n. */
export class PositionOracle {
  readonly lineStarts: number[] = [0];
  readonly lineEnds: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\r' || c === '\n') {
        this.lineEnds.push(i);
        if (c === '\r' && text[i + 1] === '\n') i++;
        this.lineStarts.push(i + 1);
      }
    }
    this.lineEnds.push(text.length);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The position of an offset that lies on a boundary. */
  positionAt(offset: number): Position {
    let line = 0;
    while (line + 1 < this.lineStarts.length && this.lineStarts[line + 1] <= offset) line++;
    return { line, character: offset - this.lineStarts[line] };
  }

  /** The offset of a valid position; throws on an invalid one, saying why. */
  offsetAt(position: Position, what: string): number {
    const { line, character } = position;
    assert.ok(Number.isInteger(line) && Number.isInteger(character), `${what}: ${JSON.stringify(position)} is not a pair of integers`);
    assert.ok(line >= 0 && line < this.lineCount, `${what}: line ${line} outside the ${this.lineCount} lines of the document`);
    const length = this.lineEnds[line] - this.lineStarts[line];
    assert.ok(character >= 0 && character <= length, `${what}: character ${character} outside line ${line} of length ${length}`);
    const offset = this.lineStarts[line] + character;
    const high = this.text.charCodeAt(offset - 1);
    const low = this.text.charCodeAt(offset);
    assert.ok(!((high & 0xfc00) === 0xd800 && (low & 0xfc00) === 0xdc00), `${what}: ${JSON.stringify(position)} splits a surrogate pair`);
    return offset;
  }

  checkRange(range: Range, what: string): { start: number; end: number } {
    const start = this.offsetAt(range.start, `${what} start`);
    const end = this.offsetAt(range.end, `${what} end`);
    assert.ok(start <= end, `${what}: ends before it starts: ${JSON.stringify(range)}`);
    return { start, end };
  }

  /** Offsets that are valid cursor positions: not inside a surrogate pair or a CRLF. */
  boundary(offset: number): number {
    let o = Math.max(0, Math.min(offset, this.text.length));
    while (o > 0 && o < this.text.length && (
      ((this.text.charCodeAt(o - 1) & 0xfc00) === 0xd800 && (this.text.charCodeAt(o) & 0xfc00) === 0xdc00) ||
      (this.text[o - 1] === '\r' && this.text[o] === '\n'))) o--;
    return o;
  }
}

type Argument = 'document' | 'position' | 'uri' | 'range' | 'diagnostics' | 'options' | 'token' | 'offset' | 'true' | 'glossaryTarget' | 'query' | 'codeAction';

/** Parameter names the exerciser knows how to supply. */
const ARGUMENTS: Record<string, Argument> = {
  document: 'document', model: 'document', doc: 'document', earlier: 'document', later: 'document', left: 'document', right: 'document',
  position: 'position', pos: 'position', offset: 'offset',
  uri: 'uri', range: 'range', diagnostics: 'diagnostics',
  options: 'options', opts: 'options', settings: 'options', context: 'options', request: 'options',
  token: 'token',
  includeDeclaration: 'true',
  target: 'glossaryTarget',
  query: 'query',
  action: 'codeAction',
};

/** The parameter names of a function, from its source; a destructured parameter counts as options. */
export function parameterNames(fn: Function): string[] {
  const source = fn.toString();
  const arrow = source.indexOf('=>');
  const open = source.indexOf('(');
  if (arrow >= 0 && (open < 0 || arrow < open)) return [source.slice(0, arrow).replace(/^async\s+/, '').trim()];
  let depth = 0;
  let current = '';
  const names: string[] = [];
  for (let i = open + 1; i < source.length; i++) {
    const c = source[i];
    if ('([{'.includes(c)) depth++;
    if (')]}'.includes(c)) {
      if (depth === 0) break;
      depth--;
    }
    if (c === ',' && depth === 0) { names.push(current); current = ''; } else current += c;
  }
  if (current.trim()) names.push(current);
  return names.map(p => {
    const name = p.trim().replace(/^\.\.\./, '');
    return /^[{[]/.test(name) ? 'options' : name.split(/[=:\s]/)[0];
  });
}

export interface Verb {
  readonly name: string;
  readonly parameters: readonly Argument[];
}

/** The verbs of the service (every function but the parse), with what each of their parameters is. */
export function verbsOf(service: ResolutionService): Verb[] {
  return Object.keys(service).sort().flatMap(name => {
    const fn = (service as unknown as Record<string, unknown>)[name];
    if (typeof fn !== 'function' || name === 'parse' || name === 'parseInSteps') return [];
    const parameters = parameterNames(fn).map(parameter => {
      const argument = ARGUMENTS[parameter];
      if (!argument) throw new Error(`service.${name} has a parameter "${parameter}" the property tests cannot supply: add it to ARGUMENTS in test/property/exercise.ts`);
      return argument;
    });
    return [{ name, parameters }];
  });
}

function isPosition(value: unknown): value is Position {
  return typeof value === 'object' && value !== null && typeof (value as Position).line === 'number' && typeof (value as Position).character === 'number';
}

function isRange(value: unknown): value is Range {
  return typeof value === 'object' && value !== null && isPosition((value as Range).start) && isPosition((value as Range).end);
}

interface Context {
  oracle: PositionOracle;
  /** Documents other than the draft that edits may touch, by uri. */
  others: Map<string, PositionOracle>;
  what: string;
  /** The cursor, for answers that must contain it (hover, completion). */
  cursor?: number;
  edits: TextEdit[][];
}

function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Checks every range, symbol, folding range, edit and completion in an answer. */
function checkAnswer(value: unknown, context: Context, path: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkAnswer(item, context, `${path}[${i}]`));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const what = `${context.what}${path}`;
  const object = value as Record<string, unknown>;
  if (isRange(object)) {
    context.oracle.checkRange(object, what);
    return;
  }
  if (isRange(object.range) && isRange(object.selectionRange)) {
    const range = context.oracle.checkRange(object.range, `${what}.range`);
    const selection = context.oracle.checkRange(object.selectionRange, `${what}.selectionRange`);
    assert.ok(contains(range, selection), `${what}: selectionRange ${JSON.stringify(object.selectionRange)} is not inside range ${JSON.stringify(object.range)}`);
  }
  if (typeof object.startLine === 'number' && typeof object.endLine === 'number') {
    assert.ok(0 <= object.startLine && object.startLine <= object.endLine && object.endLine < context.oracle.lineCount,
      `${what}: folding range ${object.startLine}–${object.endLine} outside the ${context.oracle.lineCount} lines`);
  }
  if (typeof object.label === 'string' && context.cursor !== undefined) {
    const edit = object.textEdit as { range?: Range; insert?: Range; replace?: Range } | undefined;
    for (const range of [edit?.range, edit?.insert, edit?.replace]) {
      if (!range) continue;
      const offsets = context.oracle.checkRange(range, `${what}.textEdit`);
      assert.equal(range.start.line, range.end.line, `${what}: completion edit spans lines`);
      assert.ok(offsets.start <= context.cursor && context.cursor <= offsets.end, `${what}: completion edit does not contain the cursor`);
    }
  }
  // Edits of the draft are checked against it and applied later; edits of another known document
  // against that document; an edit of an unknown document is an error.
  const editsOf = (uri: string, edits: TextEdit[], where: string) => {
    if (uri === URI) {
      context.edits.push(edits);
      checkAnswer(edits, context, where);
      return;
    }
    const other = context.others.get(uri);
    assert.ok(other, `${what}: an edit of an unknown document ${uri}`);
    edits.forEach((edit, i) => other.checkRange(edit.range, `${what}${where}[${i}]`));
  };
  if (object.changes && typeof object.changes === 'object') {
    for (const [uri, edits] of Object.entries(object.changes as Record<string, TextEdit[]>)) editsOf(uri, edits, `${path}.changes`);
  }
  if (Array.isArray(object.documentChanges)) {
    for (const change of object.documentChanges as { textDocument?: { uri: string }; edits?: TextEdit[]; uri?: string }[]) {
      if (change.textDocument && change.edits) editsOf(change.textDocument.uri, change.edits, `${path}.documentChanges`);
      else if (change.uri) assert.ok(change.uri === URI || context.others.has(change.uri), `${what}: a file operation on ${change.uri}`);
    }
  }
  for (const [key, child] of Object.entries(object)) {
    if (key !== 'changes' && key !== 'documentChanges') checkAnswer(child, context, `${path}.${key}`);
  }
}

/** Applies non-overlapping edits; fails when they overlap, as an editor would refuse them. */
export function applyEdits(oracle: PositionOracle, edits: readonly TextEdit[], what: string): string {
  const spans = edits
    .map(edit => ({ ...oracle.checkRange(edit.range, what), newText: edit.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) {
    assert.ok(spans[i - 1].end <= spans[i].start, `${what}: overlapping edits ${JSON.stringify(spans[i - 1])} and ${JSON.stringify(spans[i])}`);
  }
  let text = oracle.text;
  for (const span of spans.reverse()) text = text.slice(0, span.start) + span.newText + text.slice(span.end);
  return text;
}

export interface Probes {
  /** Fractions of the text's length: cursor positions for verbs that take one. */
  readonly cursors: readonly number[];
  /** Raw positions, possibly outside the document or inside a surrogate pair: only "does not throw". */
  readonly raw: readonly Position[];
}

/**
 * Every verb on one text, every answer checked; returns the answers, for the determinism check.
 * Code actions are asked for the whole document, so every diagnostic's fix is applied and checked.
 */
export function exercise(service: ResolutionService, text: string, probes: Probes): unknown[] {
  const oracle = new PositionOracle(text);
  const document: ResolutionDocument = service.parse(text);
  const diagnostics: Diagnostic[] = service.getDiagnostics(document) ?? [];
  const whole: Range = { start: { line: 0, character: 0 }, end: oracle.positionAt(text.length) };
  const cursors = [...new Set(probes.cursors.map(at => oracle.boundary(Math.floor(at * (text.length + 1)))))];
  const transcript: unknown[] = [];
  const edits: TextEdit[][] = [];
  // A code action to resolve: one left without its edit when the client resolves edits, if any.
  const resolvable = service.getCodeActions(document, URI, whole, diagnostics, { resolveEdits: true });
  const codeAction = resolvable.find(action => !action.edit) ?? resolvable[0] ?? { title: 'nothing to resolve' };

  for (const verb of verbsOf(service)) {
    const call = (position: Position | undefined, cursor: number | undefined, checked: boolean): void => {
      const args = verb.parameters.map(parameter => {
        switch (parameter) {
          case 'document': return document;
          case 'position': return position;
          case 'offset': return cursor;
          case 'uri': return URI;
          case 'range': return whole;
          case 'diagnostics': return diagnostics;
          case 'options': return {};
          case 'token': return { isCancellationRequested: false };
          case 'true': return true;
          case 'glossaryTarget': return { uri: GLOSSARY_URI, draftName: 'draft.unres' };
          case 'query': return 'OP1';
          case 'codeAction': return codeAction;
        }
      });
      const what = `${verb.name}(${position ? JSON.stringify(position) : ''})`;
      let answer: unknown;
      try {
        answer = (service as unknown as Record<string, (...a: unknown[]) => unknown>)[verb.name](...args);
      } catch (error) {
        throw new Error(`${what} threw: ${(error as Error).stack ?? error}`);
      }
      if (checked) {
        const context: Context = { oracle, others: new Map([[GLOSSARY_URI, new PositionOracle('')]]), what, cursor, edits };
        checkAnswer(answer, context, '');
        if (verb.name === 'doHover' && isRange((answer as { range?: unknown } | null)?.range) && cursor !== undefined) {
          const range = oracle.checkRange((answer as { range: Range }).range, `${what}.range`);
          assert.ok(range.start <= cursor && cursor <= range.end, `${what}: the hover range ${JSON.stringify(range)} does not contain the cursor ${cursor}`);
        }
      }
      transcript.push([what, answer]);
    };
    if (verb.parameters.includes('position') || verb.parameters.includes('offset')) {
      for (const cursor of cursors) call(oracle.positionAt(cursor), cursor, true);
      for (const position of probes.raw) call(position, undefined, false);
    } else {
      call(undefined, undefined, true);
    }
  }
  // Every edit offered (quick fixes, renumbering) applies cleanly, and the result can be checked again.
  for (const [i, group] of edits.slice(0, 8).entries()) {
    const fixed = applyEdits(oracle, group, `edit ${i}`);
    service.getDiagnostics(service.parse(fixed));
  }
  return transcript;
}

/** The property: exercise twice, on two parses of the same text, and the answers are the same. */
export function checkService(service: ResolutionService, text: string, probes: Probes): void {
  const first = exercise(service, text, probes);
  const second = exercise(service, text, probes);
  assert.deepEqual(JSON.parse(JSON.stringify(second)), JSON.parse(JSON.stringify(first)), 'the answers differ between two runs on the same text');
}
