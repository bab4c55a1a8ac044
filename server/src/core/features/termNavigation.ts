// Navigation over the names of UN bodies: from a name to the draft's definition of it, to every
// name of the same entity (full name, short forms, acronyms), and highlights of them.
import type { DocumentHighlight, Range } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../parse/document';
import { occurrenceAt, type TermOccurrence } from '../parse/terms';

const HIGHLIGHT_READ = 2;
const HIGHLIGHT_WRITE = 3;

function isDeclaration(occurrence: TermOccurrence): boolean {
  return occurrence.role !== 'use';
}

/** The definitions of the entity named at offset (more than one when the draft redefines it). */
export function findTermDefinitions(document: ResolutionDocument, offset: number): Range[] {
  const occurrence = occurrenceAt(document.terms, offset);
  if (!occurrence) return [];
  return document.terms.definitions.filter(d => d.entry === occurrence.entry).map(d => document.lines.rangeOf(d.range));
}

/** Every name of the entity named at offset; its definitions' names only with includeDeclaration. */
export function findTermReferences(document: ResolutionDocument, offset: number, includeDeclaration: boolean): Range[] {
  const occurrence = occurrenceAt(document.terms, offset);
  if (!occurrence) return [];
  return (document.terms.byEntry.get(occurrence.entry) ?? [])
    .filter(o => includeDeclaration || !isDeclaration(o))
    .map(o => document.lines.rangeOf(o.range));
}

/** The names of the entity at offset: written (Write) in its definitions, read (Read) elsewhere. */
export function findTermHighlights(document: ResolutionDocument, offset: number): DocumentHighlight[] {
  const occurrence = occurrenceAt(document.terms, offset);
  if (!occurrence) return [];
  return (document.terms.byEntry.get(occurrence.entry) ?? []).map(o => ({
    range: document.lines.rangeOf(o.range),
    kind: isDeclaration(o) ? HIGHLIGHT_WRITE : HIGHLIGHT_READ,
  }));
}
