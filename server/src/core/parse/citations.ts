import type { Citation } from '../types';
import { findChineseCitations } from './citationsZh';
import { findEnglishCitations } from './citationsEn';

/** Every citation of a resolution in the text, Chinese and English, in document order. */
export function findCitations(text: string): Citation[] {
  return [...findChineseCitations(text), ...findEnglishCitations(text)].sort((a, b) => a.range.start - b.range.start);
}
