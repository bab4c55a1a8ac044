import { preambularOpener } from '../parse/openers';
import type { Localized, Rule } from './rule';
import { isResolution, openerFindings } from './structureRule';

const message: Localized<[string]> = {
  zh: start => `序言段落应以“回顾”“重申”“认识到”“表示关切”等短语开头，而不是“${start}”。`,
  en: start => `A preambular paragraph opens with a participle or adjective (Recalling, Reaffirming, Deeply concerned…), not “${start}”.`,
};

/** Each preambular paragraph opens with a participle (回顾, 重申, 认识到 / Recalling, Reaffirming…). */
export const preambleOpener: Rule = {
  id: 'preamble-opener',
  defaultSeverity: 'information',
  description: 'A preambular paragraph does not open with a recognized participle or phrase.',
  *check(document, { messageLanguage }) {
    if (!isResolution(document)) return;
    yield* openerFindings(document, this.id, document.structure.preamble,
      body => preambularOpener(body, document.language) !== undefined,
      (_, start) => message[messageLanguage](start));
  },
};
