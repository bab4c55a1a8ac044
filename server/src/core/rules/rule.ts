import type { ResolutionRecord } from '../data/record';
import type { ResolutionDocument } from '../parse/document';
import type { CitationItem, DraftLanguage, OffsetRange, Severity, TextEdit } from '../types';

export type { Severity, TextEdit } from '../types';
/** A rule's level as a configuration sets it: off, or the severity of all its findings. */
export type RuleLevel = 'off' | Severity;
export type RuleLevels = Readonly<Record<string, RuleLevel>>;

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /**
   * The fix edits the whole document and is the same on every finding of its rule (renumbering):
   * a diagnostic carries its title only and the quick fix computes the edits when asked, so that a
   * draft with thousands of findings does not carry thousands of copies of one large edit.
   */
  readonly wholeDocument?: boolean;
}

/** What a rule reports, before it becomes an LSP diagnostic or a line of resolint output. */
export interface Finding {
  readonly ruleId: string;
  readonly range: OffsetRange;
  readonly message: string;
  /** Set when the rule decides the severity case by case (citation-unknown). */
  readonly severity?: Severity;
  readonly fix?: Fix;
  /** Other places the finding speaks of (the other end of an unbalanced bracket). */
  readonly related?: readonly { readonly range: OffsetRange; readonly message: string }[];
}

/** How far a draft is: under negotiation, brackets and proposal tags are expected; at the final stage they are left over. */
export type DraftStage = 'negotiating' | 'final';

export interface RuleContext {
  readonly record: ResolutionRecord;
  /** The language of messages and labels: the editor's, or else the draft's. */
  readonly messageLanguage: DraftLanguage;
  /** Negotiating unless said otherwise (the setting unResolution.stage, resolint --final). */
  readonly stage?: DraftStage;
}

export interface Rule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One line for documentation and `resolint --rules`. */
  readonly description: string;
  /** Offer one action that applies every fix of this rule in the document. */
  readonly fixAll?: boolean;
  /**
   * The findings, one at a time: rules are generators, so that the server can answer requests
   * between findings of a draft that has a hundred thousand of them. A rule that reads far before it
   * can tell its first finding yields PAUSE now and then, for the same reason.
   */
  check(document: ResolutionDocument, context: RuleContext): Iterable<Finding | Pause>;
}

/** What a rule yields to let the server answer requests while it reads on, with no finding yet. */
export const PAUSE = Symbol('pause');
export type Pause = typeof PAUSE;

/** The value of a reader that works in steps (the negotiation markup), a PAUSE yielded after each step. */
export function* pausing<T>(steps: Generator<void, T>): Generator<Pause, T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield PAUSE;
  }
}

/** The findings of a rule, its pauses left out: for readers that do not work in steps. */
export function* findingsOf(check: Iterable<Finding | Pause>): Generator<Finding> {
  for (const item of check) if (item !== PAUSE) yield item;
}

/** Messages come in the two languages of the interface. */
export type Localized<Args extends unknown[]> = Record<DraftLanguage, (...args: Args) => string>;

/** Items the record rules read between two pauses: a hostile draft may cite 40,000. */
const ITEMS_PER_PAUSE = 2048;

/**
 * Every item of every Security Council citation marked as one: the ones the record can check; and
 * PAUSE now and then, which the rules pass on.
 */
export function* securityCouncilItems(document: ResolutionDocument): Generator<CitationItem | Pause> {
  let read = 0;
  for (const citation of document.citations) {
    if (citation.organ !== 'securityCouncil' || !citation.marked) continue;
    for (const item of citation.items) {
      if (++read % ITEMS_PER_PAUSE === 0) yield PAUSE;
      yield item;
    }
  }
}
