// Numbers written in Chinese numerals, as translations of the 1960s and 1970s write resolution
// numbers, sessions and dates: 決議案一五一四(十五), 一九六〇年十二月十四日. A number is written digit by
// digit (一五一四, 一九六〇, with 〇 or 零 for nought); a month, a day or a session with 十 (十二, 二十三).

const DIGITS = '〇一二三四五六七八九';

function digitValue(c: string | undefined): number {
  if (c === '零') return 0;
  return c === undefined ? -1 : DIGITS.indexOf(c);
}

/** Whether a character is a Chinese digit (〇 to 九, or 零). */
export function isChineseDigit(c: string | undefined): boolean {
  return digitValue(c) >= 0;
}

/** A number written digit by digit at pos (一五一四), of 1–maxLength digits. */
export function readDigitByDigit(text: string, pos: number, maxLength = 4): { value: number; end: number } | undefined {
  let value = 0;
  let end = pos;
  while (end - pos < maxLength && isChineseDigit(text[end])) value = value * 10 + digitValue(text[end++]);
  return end === pos || isChineseDigit(text[end]) ? undefined : { value, end };
}

/** A number below 100 at pos, written with 十: 五, 十, 十二, 二十, 二十三. */
export function readSmallNumber(text: string, pos: number): { value: number; end: number } | undefined {
  let end = pos;
  let tens = 0;
  let units = digitValue(text[end]);
  if (units > 0) end++;
  if (text[end] === '十') {
    tens = units > 0 ? units : 1;
    units = 0;
    end++;
    const after = digitValue(text[end]);
    if (after > 0) { units = after; end++; }
  } else if (units <= 0) {
    return undefined;
  }
  return { value: tens * 10 + units, end };
}

const ROMAN: readonly [number, string][] = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** A session number as the Assembly's symbols write it: 15 → XV. */
export function toRoman(value: number): string {
  let out = '';
  for (const [n, numeral] of ROMAN) while (value >= n) { out += numeral; value -= n; }
  return out;
}
