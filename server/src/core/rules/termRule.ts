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
  // Each run of white space is matched once, whole: one holding a line break is replaced.
  return document.text.slice(range.start, range.end).replace(/\s+/g, (gap: string, offset: number, whole: string) => {
    if (!/[\r\n]/.test(gap)) return gap;
    const before = whole.charCodeAt(offset - 1);
    const after = whole.charCodeAt(offset + gap.length);
    return before < 0x2e80 && after < 0x2e80 && before !== 45 ? ' ' : '';
  });
}

/** A definition written as the draft writes it: 国际民用航空组织(民航组织). */
export function definitionText(document: ResolutionDocument, definition: TermDefinition): string {
  return oneLine(document, definition.range);
}

interface EntityUse {
  readonly entry: GlossaryEntry;
  readonly occurrences: readonly TermOccurrence[];
  readonly definitions: readonly TermDefinition[];
}

function group<T extends { entry: GlossaryEntry }>(items: Iterable<T>): Map<GlossaryEntry, T[]> {
  const byEntry = new Map<GlossaryEntry, T[]>();
  for (const item of items) {
    const list = byEntry.get(item.entry);
    if (list) list.push(item); else byEntry.set(item.entry, [item]);
  }
  return byEntry;
}

/** Five term rules read the same uses: grouped once per document. */
const usesOf = new WeakMap<ResolutionDocument, readonly EntityUse[]>();

/**
 * Each entity's occurrences, with its definitions in text order, per scope: the whole text, or each
 * statement of a verbatim record, where every speaker defines names afresh.
 */
export function entities(document: ResolutionDocument): readonly EntityUse[] {
  let uses = usesOf.get(document);
  if (!uses) usesOf.set(document, uses = [...groupedUses(document)]);
  return uses;
}

function* groupedUses(document: ResolutionDocument): Generator<EntityUse> {
  const { terms, statements } = document;
  if (statements.length === 0) {
    const definitionsOf = group(terms.definitions);
    for (const [entry, occurrences] of terms.byEntry) yield { entry, occurrences, definitions: definitionsOf.get(entry) ?? [] };
    return;
  }
  let o = 0;
  let d = 0;
  for (const statement of statements) {
    const occurrences: TermOccurrence[] = [];
    const definitions: TermDefinition[] = [];
    while (o < terms.occurrences.length && terms.occurrences[o].range.start < statement.end) occurrences.push(terms.occurrences[o++]);
    while (d < terms.definitions.length && terms.definitions[d].range.start < statement.end) definitions.push(terms.definitions[d++]);
    const definitionsOf = group(definitions);
    for (const [entry, list] of group(occurrences)) yield { entry, occurrences: list, definitions: definitionsOf.get(entry) ?? [] };
  }
}

/** A short form standing alone, or its lead name in an apposition: 伊黎伊斯兰国 of 伊黎伊斯兰国(达伊沙). */
export function leadForm(form: string): string {
  const bracket = form.indexOf('(');
  return bracket > 0 ? form.slice(0, bracket).trimEnd() : form;
}

