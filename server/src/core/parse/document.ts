import type { Citation, DraftLanguage, OffsetRange } from '../types';
import { readGenre, type Genre } from './genre';
import { LineIndex } from '../text/lineIndex';
import type { TextView } from '../text/view';
import { createViewInSteps } from '../text/viewBuilder';
import { findCitationsInSteps } from './citations';
import { findSymbols, type CitedSymbol } from './symbols';
import { findParagraphReferencesInSteps, type ParagraphReference } from './paragraphReferences';
import { parseStructureInSteps, type ResolutionStructure } from './structure';
import { builtinGlossary, type Glossary } from '../data/glossary';
import { parseDirectives, type Directive } from './directives';
import { findTermsInSteps, type DocumentTerms } from './terms';
import { runToEnd } from '../steps';

/** A draft parsed once per version; every feature and rule reads this model, none re-scans the text. */
export interface ResolutionDocument {
  /** The text as written: ranges, fixes and checks of the written form refer to it. */
  readonly text: string;
  /** The text as a reader reads it (see text/view.ts), which every reader of the parse step reads. */
  readonly view: TextView;
  readonly language: DraftLanguage;
  readonly lines: LineIndex;
  readonly citations: readonly Citation[];
  /** Document symbols other than resolutions (S/2017/375, S/PRST/2017/1, A/72/L.62), in text order. */
  readonly symbols: readonly CitedSymbol[];
  /** Whether a .txt or .md file reads like a UN text (see isResolutionLike). */
  readonly resolutionLike: boolean;
  /** A resolution (or draft), a verbatim record, or another text (a letter, a report): it decides which rules apply. */
  readonly genre: Genre;
  /** The statements of a verbatim record, each a scope of its own for the term rules. */
  readonly statements: readonly OffsetRange[];
  /** Title, preambular and operative paragraphs; empty when the text is not a resolution. */
  readonly structure: ResolutionStructure;
  /** References to paragraphs of this resolution (上文第5段, paragraph 5 above). */
  readonly paragraphReferences: readonly ParagraphReference[];
  /** Names of UN bodies and instruments, and the definitions the draft writes (全称(简称)). */
  readonly terms: DocumentTerms;
  /** The glossary the terms were read with: the workspace's, or the built-in one. */
  readonly glossary: Glossary;
  /** Inline resolint-disable comments; `text` has them as spaces. */
  readonly directives: readonly Directive[];
}

export interface ParseOptions {
  /** The glossary of the draft's workspace; defaults to the built-in one. */
  readonly glossary?: Glossary;
  /** The draft's language when the configuration names it (draftLanguage); detected otherwise. */
  readonly language?: DraftLanguage;
}

const SAMPLE = 64 * 1024;

/** Letters are counted a block at a time, and the count stops once the rest of the sample cannot change the answer. */
const BLOCK = 4096;

/**
 * Chinese when CJK characters are a fair share of the letters; English otherwise. skip: spans that are
 * not the draft's prose (resolint's own comments, in English whatever the draft's language).
 */
export function detectLanguage(text: string, skip: readonly OffsetRange[] = []): DraftLanguage {
  const length = Math.min(text.length, SAMPLE);
  const counts = [0, 0, 0];
  for (let at = 0; at < length;) {
    at = countLetters(text, skip, at, Math.min(length, at + BLOCK), counts);
    // Each unit left adds one to one count at most: all of them Latin would not outweigh the CJK
    // counted, or all of them CJK would not make up for the Latin. A Chinese draft is decided in its first third.
    const rest = Math.max(0, length - at);
    if (counts[CJK] > 0 && counts[CJK] * 3 >= counts[LATIN] + rest) return 'zh';
    if ((counts[CJK] + rest) * 3 < counts[LATIN]) return 'en';
  }
  // A Chinese word is one or two characters, an English word about six letters.
  return counts[CJK] * 3 >= counts[LATIN] && counts[CJK] > 0 ? 'zh' : 'en';
}

const CJK = 1;
const LATIN = 2;

/**
 * Adds the characters of text from `from` to `to` to counts by kind (other, CJK, Latin), and returns
 * where the next block starts (past `to` when a skipped span runs on). The loop is alone in its
 * function, counting with one increment, and nothing follows it but the return. V8 compiles such a
 * loop while it runs (on-stack replacement), before the code after it has ever run; where that code
 * then lacked what it needed (a test after the loop, a counter first met late, as the first Latin
 * letter of a Chinese draft), each call fell back to the interpreter, until V8 stopped optimizing the
 * function at all: it then took a sixth of the time resolint spends on a short draft.
 */
function countLetters(text: string, skip: readonly OffsetRange[], from: number, to: number, counts: number[]): number {
  let s = 0;
  let i = from;
  for (; i < to; i++) {
    while (s < skip.length && skip[s].end <= i) s++;
    if (s < skip.length && skip[s].start <= i) { i = skip[s].end - 1; continue; }
    const c = text.charCodeAt(i);
    counts[(c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xd840 && c <= 0xd87f) ? CJK : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LATIN : 0]++;
  }
  return i;
}

const UN_TEXT_MARKERS = /安全理事会|安理会|联合国大会|Security Council|General Assembly/;

/**
 * A citation that only a UN text writes: 第…号决议, a symbol, or an English one with its year or session.
 * "resolution 1920" alone may be a screen's, so it does not make a file a UN text.
 */
function unmistakable(citation: Citation): boolean {
  return (citation.organ === 'securityCouncil' || citation.organ === 'generalAssembly') && citation.marked
    && (citation.style !== 'en' || citation.items.some(item => item.year !== undefined || item.assemblySymbol !== undefined));
}

/**
 * Plain-text and Markdown files are checked when they read like UN texts: they cite a Security
 * Council or General Assembly resolution, or name the Security Council or the General Assembly. The
 * server and resolint both decide with this function, so a file gets the same findings in both.
 */
export function isResolutionLike(view: TextView, citations: readonly Citation[]): boolean {
  const text = view.text;
  return citations.some(unmistakable) || UN_TEXT_MARKERS.test(text.length > SAMPLE ? text.slice(0, SAMPLE) : text);
}

export function parseDocument(text: string, options: ParseOptions = {}): ResolutionDocument {
  return runToEnd(parseDocumentInSteps(text, options));
}

/**
 * The parse in steps: the server runs it in slices, answering requests between two steps. The view
 * is built a few hundred thousand characters at a step, the citations and the structure are read a
 * few hundred citations or a few thousand lines at a step, the terms in three steps, the other
 * readers one at a step (each is linear in the text). parseDocument runs every step at once.
 */
export function* parseDocumentInSteps(text: string, options: ParseOptions = {}): Generator<void, ResolutionDocument> {
  // resolint's own comments are read for what they silence, and left out of the text every reader sees.
  const directives = parseDirectives(text);
  const language = options.language ?? detectLanguage(text, directives.map(directive => directive.range));
  yield;
  const view = yield* createViewInSteps(text, language === 'zh', directives.map(directive => directive.range));
  yield;
  const citations = yield* findCitationsInSteps(view);
  yield;
  const read = yield* parseStructureInSteps(view, language);
  yield;
  const { genre, statements } = readGenre(text, read.title !== undefined);
  // A verbatim record quotes drafts and resolutions: its own structure is that of its statements.
  const structure = genre === 'verbatimRecord' ? { preamble: [], operative: [] } : read;
  const glossary = options.glossary ?? builtinGlossary();
  const paragraphReferences = structure.title ? yield* findParagraphReferencesInSteps(view, view.toView(structure.title.end), citations) : [];
  const lines = new LineIndex(text);
  const symbols = findSymbols(view, citations);
  yield;
  const terms = yield* findTermsInSteps(view, glossary);
  return {
    text,
    view,
    language,
    genre,
    statements,
    lines,
    citations,
    symbols,
    resolutionLike: isResolutionLike(view, citations),
    structure,
    paragraphReferences,
    terms,
    glossary,
    directives,
  };
}
