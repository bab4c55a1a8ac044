import { negotiationMarkupInSteps } from '../negotiation/markup';
import { pausing, type Localized, type Rule } from './rule';
import { isResolution } from './structureRule';

const unclosed: Localized<[string]> = {
  zh: bracket => `“${bracket}”没有对应的右方括号：此后直到文末都将被读作方括号内的文字。`,
  en: bracket => `“${bracket}” is never closed: the rest of the draft reads as bracketed text.`,
};
const unopened: Localized<[string]> = {
  zh: bracket => `“${bracket}”没有对应的左方括号。`,
  en: bracket => `“${bracket}” closes a bracket that was never opened.`,
};
const reachOpen: Localized<[]> = {
  zh: () => '方括号内的文字延续到这里（文末）',
  en: () => 'the bracketed text runs to here (the end of the draft)',
};
const reachClose: Localized<[]> = {
  zh: () => '从这里（正文开头）起找不到左方括号',
  en: () => 'no opening bracket from here (the start of the text) on',
};

/** [text without its close, or text] without its open: an error, with the other end of the text it takes in. */
export const bracketUnbalanced: Rule = {
  id: 'bracket-unbalanced',
  defaultSeverity: 'error',
  description: 'A square bracket without its partner: an opening one never closed, or a closing one never opened.',
  *check(document, { messageLanguage }) {
    if (!isResolution(document)) return;
    const markup = yield* pausing(negotiationMarkupInSteps(document));
    for (const bracket of markup.unbalanced) {
      const written = document.text.slice(bracket.bracket.start, bracket.bracket.end);
      const open = bracket.kind === 'open';
      yield {
        ruleId: this.id,
        range: bracket.bracket,
        message: (open ? unclosed : unopened)[messageLanguage](written),
        related: [{ range: bracket.reach, message: (open ? reachOpen : reachClose)[messageLanguage]() }],
      };
    }
  },
};
