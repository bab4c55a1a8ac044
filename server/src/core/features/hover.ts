import type { Hover } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../parse/document';
import { citationHover, type HoverOptions } from './citationHover';
import { paragraphHover } from './paragraphHover';
import { symbolHover } from './symbolHover';
import { termHover } from './termHover';

export type { HoverOptions } from './citationHover';

/** Each kind of hover in turn; the first that has something to say at the offset answers. */
const PROVIDERS: readonly ((document: ResolutionDocument, offset: number, options: HoverOptions) => Hover | null)[] = [
  citationHover,
  symbolHover,
  termHover,
  paragraphHover,
];

export function doHover(document: ResolutionDocument, offset: number, options: HoverOptions): Hover | null {
  for (const provider of PROVIDERS) {
    const hover = provider(document, offset, options);
    if (hover) return hover;
  }
  return null;
}
