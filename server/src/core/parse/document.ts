import type { Citation, DraftLanguage } from '../types';
import { LineIndex } from '../text/lineIndex';
import { findCitations } from './citations';
import { findParagraphReferences, type ParagraphReference } from './paragraphReferences';
import { parseStructure, type ResolutionStructure } from './structure';
import { builtinGlossary, type Glossary } from '../data/glossary';
import { maskDirectives, parseDirectives, type Directive } from './directives';
import { findTerms, type DocumentTerms } from './terms';

/** A draft parsed once per version; every feature and rule reads this model, none re-scans the text. */
export interface ResolutionDocument {
  readonly text: string;
  readonly language: DraftLanguage;
  readonly lines: LineIndex;
  readonly citations: readonly Citation[];
  /** Whether a .txt or .md file reads like a UN text (see isResolutionLike). */
  readonly resolutionLike: boolean;
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

/** Chinese when CJK characters are a fair share of the letters; English otherwise. */
export function detectLanguage(text: string): DraftLanguage {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xd840 && c <= 0xd87f)) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  // A Chinese word is one or two characters, an English word about six letters.
  return cjk * 3 >= latin && cjk > 0 ? 'zh' : 'en';
}

const UN_TEXT_MARKERS = /安全理事会|安理会|联合国大会|Security Council|General Assembly/;

/**
 * A citation that only a UN text writes: 第…号决议, a symbol, or an English one with its year or session.
 * "resolution 1920" alone may be a screen's, so it does not make a file a UN text.
 */
function unmistakable(citation: Citation): boolean {
  return (citation.organ === 'securityCouncil' || citation.organ === 'generalAssembly')
    && (citation.style !== 'en' || citation.items.some(item => item.year !== undefined || item.assemblySymbol !== undefined));
}

/**
 * Plain-text and Markdown files are checked when they read like UN texts: they cite a Security
 * Council or General Assembly resolution, or name the Security Council or the General Assembly. The
 * server and resolint both decide with this function, so a file gets the same findings in both.
 */
export function isResolutionLike(text: string, citations: readonly Citation[]): boolean {
  return citations.some(unmistakable) || UN_TEXT_MARKERS.test(text.length > SAMPLE ? text.slice(0, SAMPLE) : text);
}

export function parseDocument(original: string, options: ParseOptions = {}): ResolutionDocument {
  const directives = parseDirectives(original);
  const text = maskDirectives(original, directives);
  const citations = findCitations(text);
  const language = options.language ?? detectLanguage(text);
  const structure = parseStructure(text, language);
  const glossary = options.glossary ?? builtinGlossary();
  const paragraphReferences = structure.title
    ? findParagraphReferences(text, { start: structure.title.end, end: text.length }, citations)
    : [];
  return {
    text,
    language,
    lines: new LineIndex(text),
    citations,
    resolutionLike: isResolutionLike(text, citations),
    structure,
    paragraphReferences,
    terms: findTerms(text, glossary),
    glossary,
    directives,
  };
}
