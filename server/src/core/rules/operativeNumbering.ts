import { renumberEdits } from './renumber';
import type { ResolutionDocument } from '../parse/document';
import type { Fix, Localized, Rule, TextEdit } from './rule';
import { isResolution } from './structureRule';

type Problem = 'duplicate' | 'disorder' | 'gap' | 'start';

const message: Record<Problem, Localized<[number, number]>> = {
  duplicate: { zh: n => `执行段落编号${n}重复。`, en: n => `Operative paragraph number ${n} is used twice.` },
  disorder: { zh: (n, previous) => `执行段落编号${n}排在${previous}之后，顺序错乱。`, en: (n, previous) => `Operative paragraph ${n} comes after ${previous}: out of order.` },
  gap: { zh: (n, previous) => `执行段落编号从${previous}跳到${n}，中间有缺号。`, en: (n, previous) => `Operative numbering jumps from ${previous} to ${n}.` },
  start: { zh: n => `第一个执行段落应编为1，而不是${n}。`, en: n => `The first operative paragraph is numbered 1, not ${n}.` },
};
export const renumberTitle: Localized<[]> = {
  zh: () => '重新编排执行段落编号',
  en: () => 'Renumber operative paragraphs',
};

function renumberFix(document: ResolutionDocument, title: string): Fix {
  let edits: TextEdit[] | undefined;
  return { title, wholeDocument: true, get edits() { return (edits ??= renumberEdits(document)); } };
}

/** Operative paragraphs are numbered 1, 2, 3… without gaps, duplicates or disorder. */
export const operativeNumbering: Rule = {
  id: 'operative-numbering',
  defaultSeverity: 'warning',
  description: 'Operative paragraph numbers have gaps, duplicates or are out of order.',
  *check(document, { messageLanguage }) {
    if (!isResolution(document)) return;
    const seen = new Set<number>();
    let previous = 0;
    // One renumbering fixes every finding: made once, on the first one, and its edits only when asked.
    let fix: Fix | undefined;
    for (const paragraph of document.structure.operative) {
      const n = paragraph.number;
      const problem: Problem | undefined = seen.has(n) ? 'duplicate'
        : n < previous ? 'disorder'
          : previous === 0 && n !== 1 ? 'start'
            : previous > 0 && n > previous + 1 ? 'gap' : undefined;
      const before = previous;
      seen.add(n);
      previous = Math.max(previous, n);
      if (!problem) continue;
      fix ??= renumberFix(document, renumberTitle[messageLanguage]());
      yield { ruleId: this.id, range: paragraph.numberRange, message: message[problem][messageLanguage](n, before), fix };
    }
  },
};
