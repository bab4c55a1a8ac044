import { bracketUnbalanced } from './bracketUnbalanced';
import { bracketUnresolved } from './bracketUnresolved';
import { citationDateMismatch } from './citationDateMismatch';
import { citationForm } from './citationForm';
import { citationListConjunction } from './citationListConjunction';
import { citationUnknown } from './citationUnknown';
import { citationYearMismatch } from './citationYearMismatch';
import { operativeNumbering } from './operativeNumbering';
import { operativeOpener } from './operativeOpener';
import { operativePunctuation } from './operativePunctuation';
import { paragraphReference } from './paragraphReference';
import { preambleOpener } from './preambleOpener';
import { preamblePunctuation } from './preamblePunctuation';
import { proposalTagLeft } from './proposalTagLeft';
import { punctuationWidth } from './punctuationWidth';
import { symbolForm } from './symbolForm';
import type { Rule } from './rule';
import { termFullAfterShort } from './termFullAfterShort';
import { termInconsistentShort } from './termInconsistentShort';
import { termRedefined } from './termRedefined';
import { termUndefined } from './termUndefined';
import { termUsedBeforeDefinition } from './termUsedBeforeDefinition';

/** The table of rules: id, default severity and description, each rule in its own file. */
export const RULES: readonly Rule[] = [
  citationYearMismatch,
  citationUnknown,
  citationDateMismatch,
  citationForm,
  citationListConjunction,
  symbolForm,
  preambleOpener,
  preamblePunctuation,
  operativeOpener,
  operativePunctuation,
  operativeNumbering,
  paragraphReference,
  punctuationWidth,
  termUsedBeforeDefinition,
  termUndefined,
  termRedefined,
  termFullAfterShort,
  termInconsistentShort,
  bracketUnbalanced,
  bracketUnresolved,
  proposalTagLeft,
];
