import { negotiationMarkupInSteps } from '../negotiation/markup';
import { labelAt, stageSeverity } from './negotiationRule';
import { pausing, type Localized, type Rule } from './rule';
import { isResolution } from './structureRule';

const bracketed: Localized<[string]> = {
  zh: label => `${label ? `${label}：` : ''}方括号内的文字尚未商定。`,
  en: label => `${label ? `${label}: ` : ''}bracketed text not yet agreed.`,
};
const options: Localized<[string, number]> = {
  zh: (label, count) => `${label ? `${label}：` : ''}${count}个备选方案尚未选定。`,
  en: (label, count) => `${label ? `${label}: ` : ''}${count} options, none chosen yet.`,
};

/** Every bracketed span and Option block still in the draft: information while negotiating, a warning at the final stage. */
export const bracketUnresolved: Rule = {
  id: 'bracket-unresolved',
  defaultSeverity: 'information',
  description: 'Text still in square brackets, or Option blocks not yet chosen (a warning at the final stage: unResolution.stage, --final).',
  *check(document, context) {
    if (!isResolution(document)) return;
    const severity = stageSeverity(context);
    const markup = yield* pausing(negotiationMarkupInSteps(document));
    for (const span of markup.spans) {
      yield { ruleId: this.id, range: span.range, severity, message: bracketed[context.messageLanguage](labelAt(document, span.range.start)) };
    }
    for (const group of markup.groups) {
      if (group.form !== 'option') continue;
      const first = group.alternatives[0];
      yield { ruleId: this.id, range: first.label, severity, message: options[context.messageLanguage](labelAt(document, first.content.start), group.alternatives.length) };
    }
  },
};
