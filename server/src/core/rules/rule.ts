import type { ResolutionRecord } from '../data/record';
import type { ResolutionDocument } from '../parse/document';
import type { Citation, CitationItem, DraftLanguage, OffsetRange } from '../types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** A rule's level as a configuration sets it: off, or the severity of all its findings. */
export type RuleLevel = 'off' | Severity;
export type RuleLevels = Readonly<Record<string, RuleLevel>>;

export interface TextEdit {
  readonly range: OffsetRange;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/** What a rule reports, before it becomes an LSP diagnostic or a line of resolint output. */
export interface Finding {
  readonly ruleId: string;
  readonly range: OffsetRange;
  readonly message: string;
  /** Set when the rule decides the severity case by case (citation-unknown). */
  readonly severity?: Severity;
  readonly fix?: Fix;
}

export interface RuleContext {
  readonly record: ResolutionRecord;
  /** The language of messages and labels: the editor's, or else the draft's. */
  readonly messageLanguage: DraftLanguage;
}

export interface Rule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One line for documentation and `resolint --rules`. */
  readonly description: string;
  /** Offer one action that applies every fix of this rule in the document. */
  readonly fixAll?: boolean;
  check(document: ResolutionDocument, context: RuleContext): Finding[];
}

/** Messages come in the two languages of the interface. */
export type Localized<Args extends unknown[]> = Record<DraftLanguage, (...args: Args) => string>;

/** Every item of every Security Council citation: the ones the record can check. */
export function* securityCouncilItems(document: ResolutionDocument): Generator<[CitationItem, Citation]> {
  for (const citation of document.citations) {
    if (citation.organ !== 'securityCouncil') continue;
    for (const item of citation.items) yield [item, citation];
  }
}
