// Negotiation markup in a draft under negotiation, both languages: square brackets around unagreed
// text (nested, spanning paragraphs), alternatives ([Alt. 1: …] [Alt. 2: …], [备选案文1：…]),
// `Option 1` / `Option 2` blocks at paragraph level, and proposal tags ((US), (RU: delete), (CN, FR),
// (agreed ad ref), (暂时商定)). Read once per document from the original text after the title line.
// Not negotiation brackets: Markdown links [x](url), the Assembly's adoption notes
// ([without reference to a Main Committee (A/72/L.62)]), [Original: Russian], footnote marks [1], [sic].
import type { ResolutionDocument } from '../parse/document';
import type { OffsetRange } from '../types';
import { isCode, memberState } from './memberStates';
import { RangeIndex } from './rangeIndex';
import { runToEnd } from '../steps';

export interface BracketSpan {
  /** From the opening bracket to after the closing one. */
  readonly range: OffsetRange;
  /** 0 for an outermost span. */
  readonly depth: number;
  /** Alt. 2:, 备选案文2：, Option 2: at the start of the span. */
  readonly alternative?: { readonly index: number; readonly label: OffsetRange };
}

export interface UnbalancedBracket {
  readonly bracket: OffsetRange;
  readonly kind: 'open' | 'close';
  /** The other end of the text read as bracketed: the end of the draft for an open, its start for a close. */
  readonly reach: OffsetRange;
}

export interface Alternative {
  readonly index: number;
  /** The whole alternative, brackets or header line and a proposal tag after it included. */
  readonly range: OffsetRange;
  /** What stays when it is kept: the text without label, brackets and proposal tags. */
  readonly content: OffsetRange;
  /** Alt. 1:, 备选案文1：, or the header line Option 1. */
  readonly label: OffsetRange;
}

export interface AlternativeGroup {
  readonly form: 'bracket' | 'option';
  readonly range: OffsetRange;
  readonly alternatives: readonly Alternative[];
}

export interface ProposalTag {
  readonly range: OffsetRange;
  readonly kind: 'proposal' | 'agreed';
  /** The delegations as written (US, Russian Federation), empty for an agreed mark. */
  readonly delegations: readonly string[];
  /** delete, retain, 删除…: what the delegation proposes, when written. */
  readonly action?: string;
}

export interface OptionHeader {
  readonly index: number;
  /** The header line, trimmed. */
  readonly range: OffsetRange;
}

export interface NegotiationMarkup {
  /** Balanced spans, by start. */
  readonly spans: readonly BracketSpan[];
  readonly unbalanced: readonly UnbalancedBracket[];
  readonly groups: readonly AlternativeGroup[];
  readonly tags: readonly ProposalTag[];
  readonly optionHeaders: readonly OptionHeader[];
}

// By code: a Chinese character read as a string is a new string each time, and a megabyte has a million.
const isOpener = (code: number) => code === 0x5b || code === 0xff3b;    // [ ［
const isCloser = (code: number) => code === 0x5d || code === 0xff3d;    // ] ］
const isBracket = (code: number) => isOpener(code) || isCloser(code);

/** Bracketed text that is no negotiation markup; the brackets at both ends are skipped. */
const NOT_NEGOTIATION = [
  /!?\[[^[\]\n]*\]\((?:[^\s()/.#:]*[/.#:][^\s()]*)?\)/g,           // [x](url), ![alt](src)
  /\[[^[\]\n]+\]\[[^[\]\n]*\]/g,                                // [x][ref]
  /^[ \t]*\[[^[\]\n]+\]:[ \t]+\S/gm,                            // [ref]: url
  /[[［](?:without reference to a Main Committee|on the report of the [^[\]\n]{1,80}?Committee|未经发交主要委员会|根据[^[\]［］\n]{1,30}?的报告)\s*[(（]A\/[^)）\n]{1,40}[)）][\]］]/g,
  /[[［](?:Original|原件|原文)\s*[:：][^[\]［］\n]{1,30}[\]］]/g, // [Original: Russian], [原件：俄文]
  /[[［](?:\d{1,3}|sic|\.\.\.|…|……)[\]］]/g,                  // [1], [sic], […]
];

const ALTERNATIVE_LABEL = /^\s*(?:Alt(?:ernative)?\.?|备选案文|备选方案|Option)\s*(\d{1,2})\s*[:：.]?\s*/i;
const OPTION_HEADER = /^[ \t\u3000]*((?:[[［][ \t]*)?(?:Option|备选方案|备选案文|方案)[ \t]*(\d{1,2})(?:[ \t]*[:：.])?(?:[ \t]*[\]］])?)[ \t\u3000]*$/gim;
const TAG = /[(（]([^()（）\n]{1,80})[)）]/g;
const NOT_A_TAG = /^\s*(?:\d|(?:[a-z]{1,2}|[ivxl]{1,6})\s*$)/;
const AGREED = /^(?:agreed\s+ad\s+ref\.?|ad\s+ref\.?|agreed|暂时商定|已暂时商定|已商定)$/i;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to']);

const cache = new WeakMap<ResolutionDocument, NegotiationMarkup>();

/** The markup of a draft, read once and kept with the document. */
export function negotiationMarkup(document: ResolutionDocument): NegotiationMarkup {
  return runToEnd(negotiationMarkupInSteps(document));
}

/**
 * negotiationMarkup a step at a time, for the rules, which run in the steps of the check: the markup
 * of a draft of 140,000 one-line paragraphs took one step of 50 ms when it was read at once.
 */
export function* negotiationMarkupInSteps(document: ResolutionDocument): Generator<void, NegotiationMarkup> {
  const cached = cache.get(document);
  if (cached) return cached;
  const paragraphs = yield* paragraphRangesInSteps(document);
  // What follows the last paragraph (footnotes, an annex, OCR's [bid. for Ibid.) is no negotiation text.
  let end = paragraphs.length > 0 ? 0 : document.text.length;
  for (const paragraph of paragraphs) end = Math.max(end, paragraph.end);
  const markup = yield* readMarkupInSteps(document.text, { start: document.structure.title?.end ?? 0, end }, paragraphs);
  cache.set(document, markup);
  return markup;
}

/** Paragraphs read between two steps of the markup. */
const PARAGRAPHS_PER_STEP = 4096;

/** In text order: the structure reads the preamble, then the operative part, each in order. */
function* paragraphRangesInSteps(document: ResolutionDocument): Generator<void, OffsetRange[]> {
  const ranges: OffsetRange[] = [];
  for (const section of [document.structure.preamble, document.structure.operative]) {
    for (let i = 0; i < section.length; i++) {
      if (ranges.length % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
      ranges.push(section[i].range);
    }
  }
  return ranges;
}

/**
 * Brackets and tags are read in `region`, Option headers from its start on. paragraphs: the ranges of
 * the top-level paragraphs, which close the last option of a block. A step after each pass over the
 * text, and within the long ones.
 */
function* readMarkupInSteps(text: string, region: OffsetRange, paragraphs: readonly OffsetRange[]): Generator<void, NegotiationMarkup> {
  const ignored = new Set<number>();
  const from = region.start;
  const body = text.slice(from, region.end);
  for (const pattern of NOT_NEGOTIATION) {
    for (const match of body.matchAll(pattern)) {
      const start = from + match.index!;
      for (let i = start; i < start + match[0].length; i++) if (isBracket(text.charCodeAt(i))) ignored.add(i);
    }
    yield;
  }
  const optionHeaders: OptionHeader[] = [];
  for (const match of text.slice(from).matchAll(OPTION_HEADER)) {
    const start = from + match.index! + match[0].indexOf(match[1]);
    const range = { start, end: start + match[1].length };
    optionHeaders.push({ index: Number(match[2]), range });
    for (let i = range.start; i < range.end; i++) if (isBracket(text.charCodeAt(i))) ignored.add(i);
  }
  yield;
  const { spans, unbalanced } = yield* pairBracketsInSteps(text, region, ignored);
  yield;
  const tags = yield* findTagsInSteps(text, region);
  yield;
  const groups = [...bracketGroups(text, spans, tags), ...optionGroups(text, optionHeaders, paragraphs)].sort((a, b) => a.range.start - b.range.start);
  return { spans, unbalanced, groups, tags, optionHeaders };
}

/** Characters read between two steps of pairing brackets. */
const CHARACTERS_PER_STEP = 1 << 16;

function* pairBracketsInSteps(text: string, { start: from, end }: OffsetRange, ignored: ReadonlySet<number>): Generator<void, Pick<NegotiationMarkup, 'spans' | 'unbalanced'>> {
  const spans: BracketSpan[] = [];
  const unbalanced: UnbalancedBracket[] = [];
  const open: number[] = [];
  for (let i = from; i < end; i++) {
    if ((i - from) % CHARACTERS_PER_STEP === CHARACTERS_PER_STEP - 1) yield;
    const c = text.charCodeAt(i);
    if (!isBracket(c) || ignored.has(i)) continue;
    if (isOpener(c)) {
      open.push(i);
    } else {
      const start = open.pop();
      if (start === undefined) {
        unbalanced.push({ bracket: { start: i, end: i + 1 }, kind: 'close', reach: { start: from, end: from } });
        continue;
      }
      const label = ALTERNATIVE_LABEL.exec(text.slice(start + 1, i));
      const labelStart = label ? start + 1 + label[0].search(/\S/) : 0;
      spans.push({
        range: { start, end: i + 1 },
        depth: open.length,
        ...(label ? { alternative: { index: Number(label[1]), label: { start: labelStart, end: start + 1 + label[0].trimEnd().length } } } : {}),
      });
    }
  }
  for (const start of open) unbalanced.push({ bracket: { start, end: start + 1 }, kind: 'open', reach: { start: end, end } });
  spans.sort((a, b) => a.range.start - b.range.start);
  unbalanced.sort((a, b) => a.bracket.start - b.bracket.start);
  return { spans, unbalanced };
}

/** Title Case words before `at` whose initials spell code: United States (US), African Union (AU). */
function definedBefore(text: string, at: number, code: string): boolean {
  const before = text.slice(Math.max(0, at - 120), at).split('\n').pop()!;
  const words = before.trimEnd().split(/[\s-]+/);
  let initials = '';
  for (let w = words.length - 1; w >= 0 && initials.length < code.length; w--) {
    const word = words[w];
    if (SMALL_WORDS.has(word)) continue;
    if (!/^[A-Z]/.test(word)) break;
    initials = word[0] + initials;
  }
  return initials === code;
}

/** A proposal tag, or undefined for a parenthesis that is no tag. */
function readTag(text: string, range: OffsetRange, content: string): ProposalTag | undefined {
  const trimmed = content.trim();
  if (AGREED.test(trimmed)) return { range, kind: 'agreed', delegations: [] };
  const colon = trimmed.search(/[:：]/);
  const who = colon < 0 ? trimmed : trimmed.slice(0, colon).trim();
  const action = colon < 0 ? undefined : trimmed.slice(colon + 1).trim() || undefined;
  const tokens = who.split(/\s*[,，、/;；]\s*/).flatMap(token => (memberState(token) ? [token] : token.split(/\s+and\s+|和/)));
  const states = tokens.map(token => memberState(token.trim()));
  if (tokens.length === 0 || states.some(state => !state)) return undefined;
  const codes = tokens.every((token, i) => isCode(token.trim(), states[i]!));
  const nextTo = (i: number) => /[\]］]\s*$/.test(text.slice(Math.max(0, i - 3), i)) || /^\s*[\]］]/.test(text.slice(range.end, range.end + 3));
  if (!codes && !action && !nextTo(range.start)) return undefined;
  if (codes && !action && tokens.length === 1) {
    // 2625 (XXV) and similar; United States (US) defines a short form, it proposes nothing.
    if (/\d\s*$/.test(text.slice(Math.max(0, range.start - 3), range.start))) return undefined;
    if (definedBefore(text, range.start, tokens[0].trim())) return undefined;
    const previous = text.slice(Math.max(0, range.start - 60), range.start).trimEnd();
    if ([...states[0]!.en, ...states[0]!.zh].some(name => previous.endsWith(name))) return undefined;
  }
  return { range, kind: 'proposal', delegations: tokens.map(t => t.trim()), ...(action ? { action } : {}) };
}

/** Parentheses read between two steps of finding tags: each that may be a tag is weighed against the member states. */
const PARENTHESES_PER_STEP = 2048;

function* findTagsInSteps(text: string, region: OffsetRange): Generator<void, ProposalTag[]> {
  const tags: ProposalTag[] = [];
  TAG.lastIndex = region.start;
  let read = 0;
  for (let match = TAG.exec(text); match && match.index + match[0].length <= region.end; match = TAG.exec(text)) {
    if (++read % PARENTHESES_PER_STEP === 0) {
      // The expression is shared: the position is kept across the step, in which other drafts may be read.
      const next = TAG.lastIndex;
      yield;
      TAG.lastIndex = next;
    }
    // (2015), (a), (iv): years, numbers and sub-item labels are most of a text's parentheses, and no tag.
    if (NOT_A_TAG.test(match[1])) continue;
    const range = { start: match.index, end: match.index + match[0].length };
    const tag = readTag(text, range, match[1]);
    if (tag) tags.push(tag);
  }
  return tags;
}

/** The proposal tags by where they start and where they end (no tag holds another: a tag has no parentheses inside). */
class TagsByEdge {
  private readonly byStart = new Map<number, ProposalTag>();
  private readonly byEnd = new Map<number, ProposalTag>();

  constructor(tags: readonly ProposalTag[]) {
    for (const tag of tags) {
      if (!this.byStart.has(tag.range.start)) this.byStart.set(tag.range.start, tag);
      if (!this.byEnd.has(tag.range.end)) this.byEnd.set(tag.range.end, tag);
    }
  }

  startingAt(offset: number): ProposalTag | undefined {
    return this.byStart.get(offset);
  }

  endingAt(offset: number): ProposalTag | undefined {
    return this.byEnd.get(offset);
  }
}

/** Where a proposal tag right after `at` (spaces between) ends, or `at`. */
function afterTag(text: string, at: number, tags: TagsByEdge): number {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  const tag = tags.startingAt(i);
  return tag ? tag.range.end : at;
}

/** The text of an alternative without its proposal tags: their ranges, trimmed away from the ends. */
function contentWithoutTags(text: string, range: OffsetRange, tags: TagsByEdge): OffsetRange {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start])) start++;
  for (let changed = true; changed;) {
    changed = false;
    while (end > start && /\s/.test(text[end - 1])) end--;
    const tag = tags.endingAt(end);
    if (tag && tag.range.start >= start) { end = tag.range.start; changed = true; }
  }
  return { start, end };
}

/** Runs of bracketed alternatives, 1, 2, 3…, with nothing but space and proposal tags between. */
function bracketGroups(text: string, spans: readonly BracketSpan[], allTags: readonly ProposalTag[]): AlternativeGroup[] {
  const groups: AlternativeGroup[] = [];
  const tags = new TagsByEdge(allTags);
  let current: Alternative[] = [];
  let depth = -1;
  const flush = () => {
    if (current.length > 0) groups.push({ form: 'bracket', range: { start: current[0].range.start, end: current[current.length - 1].range.end }, alternatives: current });
    current = [];
  };
  for (const span of spans) {
    if (!span.alternative) continue;
    const previous = current[current.length - 1];
    const joins = previous && span.depth === depth && span.alternative.index === previous.index + 1
      && text.slice(previous.range.end, span.range.start).trim() === '';
    if (!joins) flush();
    depth = span.depth;
    const content = contentWithoutTags(text, { start: span.alternative.label.end, end: span.range.end - 1 }, tags);
    current.push({ index: span.alternative.index, range: { start: span.range.start, end: afterTag(text, span.range.end, tags) }, content, label: span.alternative.label });
  }
  flush();
  return groups;
}

/** Option 1 / Option 2 blocks: each header line and the paragraph after it; the last ends with that paragraph. */
function optionGroups(text: string, headers: readonly OptionHeader[], paragraphs: readonly OffsetRange[]): AlternativeGroup[] {
  const groups: AlternativeGroup[] = [];
  const paragraphsByStart = new RangeIndex(paragraphs, paragraph => paragraph);
  let run: OptionHeader[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const last = run[run.length - 1];
    const paragraph = paragraphsByStart.firstStartingFrom(last.range.end);
    let end = paragraph?.end ?? text.length;
    while (end > last.range.end && /\s/.test(text[end - 1])) end--;
    const alternatives = run.map((header, i): Alternative => {
      let altEnd = i + 1 < run.length ? run[i + 1].range.start : end;
      while (altEnd > header.range.end && /\s/.test(text[altEnd - 1])) altEnd--;
      let contentStart = header.range.end;
      while (contentStart < altEnd && /\s/.test(text[contentStart])) contentStart++;
      return { index: header.index, range: { start: header.range.start, end: altEnd }, content: { start: contentStart, end: altEnd }, label: header.range };
    });
    groups.push({ form: 'option', range: { start: run[0].range.start, end }, alternatives });
    run = [];
  };
  for (const header of headers) {
    if (run.length > 0 && header.index !== run[run.length - 1].index + 1) flush();
    run.push(header);
  }
  flush();
  return groups;
}
