// How a line reads once negotiation marks at its edges are set aside: `[Alt. 2: Reaffirming …, (RU)]`
// reads `Reaffirming …,`. The paragraph splitter asks this (parse/paragraphs.ts), so that a bracketed
// line still opens with its opener and ends with its paragraph punctuation.
const LEADING = /^(?:[[［]\s*)+(?:(?:Alt(?:ernative)?\.?|备选案文|备选方案|Option)\s*\d{1,2}\s*[:：.]?\s*)?/i;
const TRAILING = /(?:\s*[(（][^()（）\n]{1,40}[)）])?\s*(?:[\]］]\s*)+$/;

export function withoutNegotiationMarks(line: string): string {
  if (line === '') return line;
  const first = line[0];
  const last = line[line.length - 1];
  if (first !== '[' && first !== '［' && last !== ']' && last !== '］') return line;
  return line.replace(LEADING, '').replace(TRAILING, '');
}

/** A line that only heads an option: `Option 2`, `[Option 1:]`, `备选方案2`. */
const OPTION_HEADER = /^[[［]?[ \t]*(?:Option|备选方案|备选案文|方案)[ \t]*\d{1,2}[ \t]*[:：.]?[ \t]*[\]］]?$/i;

export function isOptionHeader(line: string): boolean {
  return OPTION_HEADER.test(line);
}

/** An Option header line that ends a paragraph: the next option begins. */
const TRAILING_OPTION_HEADER = /\s*[\r\n][ \t\u3000]*[[［]?[ \t]*(?:Option|备选方案|备选案文|方案)[ \t]*\d{1,2}[ \t]*[:：.]?[ \t]*[\]］]?$/i;

/** The text without the negotiation marks that close it: `…States, (US)]` and `…;⏎Option 2` read `…States,` and `…;`. */
export function withoutClosingMarks(text: string): string {
  const words = text.replace(TRAILING_OPTION_HEADER, '');
  const last = words[words.length - 1];
  return last === ']' || last === '］' ? words.replace(TRAILING, '') : words;
}
