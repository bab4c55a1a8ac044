import { operativeOpener as findOperativeOpener } from '../parse/openers';
import type { OperativeParagraph } from '../parse/structure';
import type { Localized, Rule } from './rule';
import { isResolution, openerFindings } from './structureRule';

const message: Localized<[number, string]> = {
  zh: (number, start) => `执行段落第${number}段应以“决定”“请”“促请”“敦促”等执行动词开头，而不是“${start}”。`,
  en: (number, start) => `Operative paragraph ${number} opens with an operative verb (Decides, Requests, Calls upon, Urges…), not “${start}”.`,
};

/** Each operative paragraph opens with an operative verb (决定, 请, 促请 / Decides, Requests…). */
export const operativeOpener: Rule = {
  id: 'operative-opener',
  defaultSeverity: 'information',
  description: 'An operative paragraph does not open with an operative verb.',
  *check(document, { messageLanguage }) {
    if (!isResolution(document)) return;
    yield* openerFindings(document, this.id, document.structure.operative,
      body => findOperativeOpener(body, document.language) !== undefined,
      (paragraph, start) => message[messageLanguage]((paragraph as OperativeParagraph).number, start));
  },
};
