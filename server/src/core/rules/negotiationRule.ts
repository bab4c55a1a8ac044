// Shared by the rules on negotiation markup: how loud a leftover is at each stage, and where it stands.
import type { ResolutionDocument } from '../parse/document';
import { paragraphAt } from '../negotiation/labels';
import type { RuleContext, Severity } from './rule';

/** Information while the draft is negotiated (brackets are its business), a warning once it is final. */
export function stageSeverity(context: RuleContext): Severity {
  return context.stage === 'final' ? 'warning' : 'information';
}

/** The label of the paragraph at offset (OP3), or an empty string outside paragraphs. */
export function labelAt(document: ResolutionDocument, offset: number): string {
  return paragraphAt(document, offset)?.label ?? '';
}
