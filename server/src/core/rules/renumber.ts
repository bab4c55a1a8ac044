// Renumbering operative paragraphs 1, 2, 3… in order, and the references to them in the same draft:
// the fix of operative-numbering, and the command behind the editor's Renumber operative paragraphs.
import type { ResolutionDocument } from '../parse/document';
import type { TextEdit } from './rule';

/** The edits that renumber; empty when the numbering is already right. */
export function renumberEdits(document: ResolutionDocument): TextEdit[] {
  const paragraphs = document.structure.operative;
  // A number written twice maps to its first paragraph: references most likely meant that one.
  const newNumber = new Map<number, number>();
  paragraphs.forEach((paragraph, index) => {
    if (!newNumber.has(paragraph.number)) newNumber.set(paragraph.number, index + 1);
  });
  const edits: TextEdit[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.number !== index + 1) edits.push({ range: paragraph.numberRange, newText: String(index + 1) });
  });
  for (const reference of document.paragraphReferences) {
    const target = newNumber.get(reference.number);
    if (target !== undefined && target !== reference.number) edits.push({ range: reference.numberRange, newText: String(target) });
  }
  return edits.sort((a, b) => a.range.start - b.range.start);
}
