// One idea of a character class for every reader: what counts as Chinese (CJK), white space, a digit
// or a Latin word character. Code points, not regular expressions, so hot loops stay cheap.

/** An ideograph: the CJK unified ideographs, extension A, compatibility ideographs, and astral ones (𠀀) by their high surrogate. */
export function isIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)
    || (code >= 0xd840 && code <= 0xd8bf);
}

/**
 * Chinese text in the wide sense: ideographs, CJK punctuation (、。《》「」), full-width forms
 * (，；：（）０-９) and the low half of an astral ideograph. Spaces next to these are typesetting, not words.
 */
export function isCjk(code: number): boolean {
  return isIdeograph(code) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef)
    || (code >= 0x2e80 && code <= 0x2fdf) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xdc00 && code <= 0xdfff);
}

/** White space as extraction leaves it: space, tab, line breaks, the ideographic space, no-break space, BOM. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0x3000 || code === 0xa0 || code === 0xfeff
    || code === 11 || code === 12;
}

export function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isAsciiWord(code: number): boolean {
  return isDigit(code) || isAsciiLetter(code);
}

export function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Full-width digits ０-９ read as 0-9. */
export function isFullWidthDigit(code: number): boolean {
  return code >= 0xff10 && code <= 0xff19;
}

/** Regular-expression classes of the same sets, for patterns over the view. */
export const CJK_CLASS = '\\u2e80-\\u2fdf\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef\\ud840-\\ud8bf\\udc00-\\udfff';
export const IDEOGRAPH_CLASS = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** Whether a string holds an ideograph. */
export const HAS_IDEOGRAPH = new RegExp(`[${IDEOGRAPH_CLASS}]`);

/**
 * Where the run of `characters` that ends text[..end] begins: read from the end, one character at a
 * time, where an expression like /[,;:.]+$/ would retry a long run at each of its characters.
 */
export function trailingRunStart(text: string, characters: string, end = text.length): number {
  let start = end;
  while (start > 0 && characters.includes(text[start - 1])) start--;
  return start;
}
