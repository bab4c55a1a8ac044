// "Add to the workspace glossary": a definition the draft writes that no glossary has (a new entity,
// or a new short form of a known one) becomes an entry of `.resolution-terms.json`, so the next
// draft of the workspace knows it. The server says where that file is and what it holds.
import type { CodeAction, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { GlossaryEntryData } from '../data/glossary';
import { glossaryEditsForEntry } from '../data/glossaryFile';
import type { ResolutionDocument } from '../parse/document';
import type { TermDefinition } from '../parse/terms';
import { definitionText, lineOf } from '../rules/termRule';
import { LineIndex } from '../text/lineIndex';
import type { DraftLanguage, OffsetRange } from '../types';

export interface GlossaryTarget {
  /** The glossary file in effect for the draft, or where one would be created. */
  readonly uri: string;
  /** Its text; undefined when it does not exist yet. */
  readonly text?: string;
  /** How the source of a new entry names the draft (a path relative to the workspace). */
  readonly draftName: string;
}

const title: Record<DraftLanguage, (name: string) => string> = {
  zh: name => `将“${name}”加入工作区术语表`,
  en: name => `Add “${name}” to the workspace glossary`,
};

/** The entry a definition adds: a new entity, or a known one with the short forms the draft adds. */
function entryFor(document: ResolutionDocument, definition: TermDefinition, draftName: string): GlossaryEntryData {
  const english = !/[\u3400-\u9fff]/.test(definition.full.form);
  const source = [`${draftName}, line ${lineOf(document, definition.range.start)}: ${definitionText(document, definition)}`];
  const aliases = definition.aliases.map(a => a.form);
  const { entry } = definition;
  const union = (known: readonly string[]) => [...known, ...aliases.filter(a => !known.includes(a))];
  if (entry.origin === 'draft') {
    return english
      ? { zhFull: [], zhShort: [], enFull: [definition.full.form], enShort: aliases, source, evidence: [] }
      : { zhFull: [definition.full.form], zhShort: aliases, enFull: [], enShort: [], source, evidence: [] };
  }
  // Names the workspace entry gives replace the built-in ones: it lists them all, plus the new ones.
  return english
    ? { zhFull: [], zhShort: [], enFull: entry.enFull, enShort: union(entry.enShort), source, evidence: [] }
    : { zhFull: entry.zhFull, zhShort: union(entry.zhShort), enFull: [], enShort: [], source, evidence: [] };
}

function overlaps(a: OffsetRange, b: OffsetRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function getGlossaryActions(document: ResolutionDocument, range: OffsetRange, target: GlossaryTarget, messageLanguage: DraftLanguage): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const definition of document.terms.definitions) {
    if (!definition.novel || !overlaps(definition.range, range)) continue;
    const edits = glossaryEditsForEntry(target.text, entryFor(document, definition, target.draftName));
    if (!edits) continue;
    const lines = new LineIndex(target.text ?? '');
    const textEdits = edits.map(e => ({ range: lines.rangeOf(e.range), newText: e.newText }));
    const fileEdit: TextDocumentEdit = { textDocument: { uri: target.uri, version: null }, edits: textEdits };
    const edit: WorkspaceEdit = target.text === undefined
      ? { documentChanges: [{ kind: 'create', uri: target.uri, options: { ignoreIfExists: true } }, fileEdit] }
      : { changes: { [target.uri]: textEdits } };
    actions.push({ title: title[messageLanguage](definition.aliases.map(a => a.form).join('、')), kind: 'quickfix', edit });
  }
  return actions;
}
