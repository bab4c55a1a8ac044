// What the term rules share: the names they print, and the definition written as one line.
import type { GlossaryEntry } from '../data/glossary';
import type { ResolutionDocument } from '../parse/document';
import type { TermDefinition, TermOccurrence } from '../parse/terms';
import type { DraftLanguage, OffsetRange } from '../types';

/** The entity's full name in a language, or in the other one when it has none. */
export function fullName(entry: GlossaryEntry, language: DraftLanguage): string | undefined {
  return language === 'zh' ? entry.zhFull[0] ?? entry.enFull[0] : entry.enFull[0] ?? entry.zhFull[0];
}

/** The 1-based line of an offset, as editors show it. */
export function lineOf(document: ResolutionDocument, offset: number): number {
  return document.lines.positionAt(offset).line + 1;
}

/** Text as written, without the line breaks of PDF extraction (a space between English words). */
export function oneLine(document: ResolutionDocument, range: OffsetRange): string {
  return document.text.slice(range.start, range.end).replace(/\s*[\r\n]\s*/g, (gap: string, offset: number, whole: string) => {
    const before = whole.charCodeAt(offset - 1);
    const after = whole.charCodeAt(offset + gap.length);
    return before < 0x2e80 && after < 0x2e80 && before !== 45 ? ' ' : '';
  });
}

/** A definition written as the draft writes it: 国际民用航空组织(民航组织). */
export function definitionText(document: ResolutionDocument, definition: TermDefinition): string {
  return oneLine(document, definition.range);
}

/** Each entity's occurrences, with its definitions in text order. */
export function* entities(document: ResolutionDocument): Generator<{ entry: GlossaryEntry; occurrences: readonly TermOccurrence[]; definitions: TermDefinition[] }> {
  const definitionsOf = new Map<GlossaryEntry, TermDefinition[]>();
  for (const d of document.terms.definitions) {
    const list = definitionsOf.get(d.entry);
    if (list) list.push(d); else definitionsOf.set(d.entry, [d]);
  }
  for (const [entry, occurrences] of document.terms.byEntry) yield { entry, occurrences, definitions: definitionsOf.get(entry) ?? [] };
}

/** A short form standing alone, or its lead name in an apposition: 伊黎伊斯兰国 of 伊黎伊斯兰国(达伊沙). */
export function leadForm(form: string): string {
  const bracket = form.indexOf('(');
  return bracket > 0 ? form.slice(0, bracket).trimEnd() : form;
}

