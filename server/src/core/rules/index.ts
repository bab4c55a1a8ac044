import { citationDateMismatch } from './citationDateMismatch';
import { citationForm } from './citationForm';
import { citationUnknown } from './citationUnknown';
import { citationYearMismatch } from './citationYearMismatch';
import type { Rule } from './rule';

/** The table of rules: id, default severity and description, each rule in its own file. */
export const RULES: readonly Rule[] = [
  citationYearMismatch,
  citationUnknown,
  citationDateMismatch,
  citationForm,
];
