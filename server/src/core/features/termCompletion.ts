// Completion of the names of UN bodies and instruments from the glossary. Chinese is written without
// spaces, so the word being typed is the longest tail of the characters before the cursor that
// starts a known name; the first use of a name offers the full definition form 全称(简称).
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import type { GlossaryEntry } from '../data/glossary';
import type { ResolutionDocument } from '../parse/document';

const MAX_ITEMS = 50;
const CJK_RUN = /[\u3400-\u9fff《]{1,12}$/;
const LATIN_WORD = /[A-Za-z]{2,12}$/;

interface Name {
  text: string;
  entry: GlossaryEntry;
  short: boolean;
}

function namesOf(entry: GlossaryEntry, latin: boolean): Name[] {
  const full = latin ? entry.enFull : entry.zhFull;
  const short = latin ? entry.enShort : entry.zhShort;
  return [...full.map(text => ({ text, entry, short: false })), ...short.map(text => ({ text, entry, short: true }))];
}

function describe(entry: GlossaryEntry): string {
  return [entry.zhFull[0], entry.enFull[0], entry.enShort[0]].filter(Boolean).join(' · ');
}

export function termCompletion(document: ResolutionDocument, offset: number): CompletionItem[] {
  const before = document.text.slice(Math.max(0, offset - 12), offset);
  const latin = LATIN_WORD.exec(before);
  const run = latin ?? CJK_RUN.exec(before);
  if (!run) return [];
  const names = document.glossary.entries.flatMap(entry => namesOf(entry, latin !== null));
  const used = document.terms.byEntry;
  // The longest tail that starts some name: 会员国执行反恐 → 反恐.
  for (let start = 0; start < run[0].length; start++) {
    const typed = run[0].slice(start).replace(/^《/, '');
    const matching = names.filter(name => name.text.startsWith(typed));
    if (matching.length === 0) continue;
    const from = offset - run[0].length + start;
    const range = { start: document.lines.positionAt(from), end: document.lines.positionAt(offset) };
    const items: CompletionItem[] = [];
    for (const name of matching.slice(0, MAX_ITEMS)) {
      const written = name.entry.instrument && !latin ? `《${name.text}》` : name.text;
      items.push({ label: written, kind: CompletionItemKind.Reference, detail: describe(name.entry), filterText: run[0].slice(start), textEdit: { range, newText: written } });
      const shortForm = latin ? name.entry.enShort[0] : name.entry.zhShort[0];
      // A name the draft has not used yet: offer it with its short form defined, as UN texts introduce one.
      if (!name.short && shortForm && !name.entry.instrument && !used.has(name.entry)) {
        const definition = latin ? `${written} (${shortForm})` : `${written}(${shortForm})`;
        items.push({ label: definition, kind: CompletionItemKind.Snippet, detail: describe(name.entry), filterText: run[0].slice(start), textEdit: { range, newText: definition } });
      }
    }
    return items;
  }
  return [];
}
