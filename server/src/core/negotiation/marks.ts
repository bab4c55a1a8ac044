// How a line reads once negotiation marks at its edges are set aside: `[Alt. 2: Reaffirming …, (RU)]`
// reads `Reaffirming …,`. The paragraph splitter asks this (parse/paragraphs.ts), so that a bracketed
// line still opens with its opener and ends with its paragraph punctuation.
//
// Every expression here is read on lines and paragraphs of any length, and none backtracks over a run
// of spaces (test/robustness/regexComplexity.test.ts): the closing marks are read from the end, by hand.
const LEADING = /^(?:[[［]\s*)+(?:(?:Alt(?:ernative)?\.?|备选案文|备选方案|Option)\s*\d{1,2}\s*[:：.]?\s*)?/i;

const isClosingBracket = (code: number) => code === 0x5d || code === 0xff3d;   // ] ］
const isParenthesis = (code: number) => code === 0x28 || code === 0x29 || code === 0xff08 || code === 0xff09;
/** The longest tag read before closing brackets: `(RU: delete)`, `(agreed ad ref)`. */
const TAG_LENGTH = 40;

function isSpaceAt(text: string, i: number): boolean {
  return /\s/.test(text[i]);
}

/**
 * Where the marks that close text begin: closing brackets with spaces between, and before them a
 * proposal tag of 1 to 40 characters, `…States, (US)]` → before ` (US)]`. text.length when none.
 */
function closingMarksStart(text: string): number {
  let start = text.length;
  let bracket = false;
  while (start > 0 && (isClosingBracket(text.charCodeAt(start - 1)) || isSpaceAt(text, start - 1))) {
    start--;
    bracket ||= isClosingBracket(text.charCodeAt(start));
  }
  if (!bracket) return text.length;
  // Spaces before the first bracket belong to the marks; a tag may stand right before them.
  const close = text.charCodeAt(start - 1);
  if (close !== 0x29 && close !== 0xff09) return start;
  let open = start - 2;
  while (open >= 0 && start - 2 - open < TAG_LENGTH && !isParenthesis(text.charCodeAt(open)) && text[open] !== '\n') open--;
  const opening = text.charCodeAt(open);
  if (open < 0 || open === start - 2 || (opening !== 0x28 && opening !== 0xff08)) return start;
  while (open > 0 && isSpaceAt(text, open - 1)) open--;
  return open;
}

export function withoutNegotiationMarks(line: string): string {
  if (line === '') return line;
  const first = line[0];
  const last = line[line.length - 1];
  if (first !== '[' && first !== '［' && last !== ']' && last !== '］') return line;
  const words = line.replace(LEADING, '');
  return words.slice(0, closingMarksStart(words));
}

/** A line that only heads an option: `Option 2`, `[Option 1:]`, `备选方案2`. */
const OPTION_HEADER = /^[[［]?[ \t]*(?:Option|备选方案|备选案文|方案)[ \t]*\d{1,2}(?:[ \t]*[:：.])?[ \t]*[\]］]?$/i;

export function isOptionHeader(line: string): boolean {
  return OPTION_HEADER.test(line);
}

/**
 * The text without an Option header line that ends it (the next option begins), and the white space
 * before that line: `…;⏎Option 2` reads `…;`.
 */
function withoutTrailingOptionHeader(text: string): string {
  const lineStart = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
  if (lineStart === 0) return text;
  let headerStart = lineStart;
  while (headerStart < text.length && ' \t\u3000'.includes(text[headerStart])) headerStart++;
  if (!isOptionHeader(text.slice(headerStart))) return text;
  let end = lineStart - 1;
  while (end > 0 && isSpaceAt(text, end - 1)) end--;
  return text.slice(0, end);
}

/** The text without the negotiation marks that close it: `…States, (US)]` and `…;⏎Option 2` read `…States,` and `…;`. */
export function withoutClosingMarks(text: string): string {
  const words = withoutTrailingOptionHeader(text);
  const last = words[words.length - 1];
  return last === ']' || last === '］' ? words.slice(0, closingMarksStart(words)) : words;
}
