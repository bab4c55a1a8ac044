import { negotiationMarkupInSteps } from '../negotiation/markup';
import { labelAt, stageSeverity } from './negotiationRule';
import { pausing, type Localized, type Rule } from './rule';
import { isResolution } from './structureRule';

const message: Localized<[string, string]> = {
  zh: (label, tag) => `${label ? `${label}：` : ''}谈判标记“${tag}”仍在文中。`,
  en: (label, tag) => `${label ? `${label}: ` : ''}the negotiation tag “${tag}” is still in the text.`,
};

/** (US), (RU: delete), (agreed ad ref), (暂时商定) left in the text: information while negotiating, a warning at the final stage. */
export const proposalTagLeft: Rule = {
  id: 'proposal-tag-left',
  defaultSeverity: 'information',
  description: 'A delegation\'s proposal tag ((US), (RU: delete)) or an agreed mark ((agreed ad ref), (暂时商定)) left in the text (a warning at the final stage).',
  *check(document, context) {
    if (!isResolution(document)) return;
    const severity = stageSeverity(context);
    const markup = yield* pausing(negotiationMarkupInSteps(document));
    for (const tag of markup.tags) {
      yield {
        ruleId: this.id,
        range: tag.range,
        severity,
        message: message[context.messageLanguage](labelAt(document, tag.range.start), document.text.slice(tag.range.start, tag.range.end)),
      };
    }
  },
};
