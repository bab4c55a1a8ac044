// Traditional characters read as simplified ones (號決議 as 号决议, 執行局 as 执行局), so that a text
// written or copied in traditional characters hovers and checks like any other. Used by the view,
// and only for a document written in traditional characters.
import { TRADITIONAL_PAIRS } from './traditional.generated';

let simplifiedOf: Uint16Array | undefined;

/** The simplified code of each traditional one (basic plane), 0 for none; built on first use. */
export function simplifiedCodes(): Uint16Array {
  if (!simplifiedOf) {
    simplifiedOf = new Uint16Array(65536);
    for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) {
      simplifiedOf[TRADITIONAL_PAIRS.charCodeAt(i)] = TRADITIONAL_PAIRS.charCodeAt(i + 1);
    }
  }
  return simplifiedOf;
}

const SAMPLE = 64 * 1024;

/**
 * Whether a text is written in traditional characters: at least 5% of its ideographs (in its first
 * 64K characters) are traditional forms that simplified text never uses, and at least two.
 */
export function isTraditional(text: string): boolean {
  const [ideographs, traditional] = traditionalCounts(text);
  return traditional >= 2 && traditional * 20 >= ideographs;
}

/**
 * Ideographs and traditional forms in the sample. The loop is alone in its function, counting in the
 * loop, with nothing after it but the return: see countLetters in parse/document.ts for why.
 */
function traditionalCounts(text: string): [ideographs: number, traditional: number] {
  const simplified = simplifiedCodes();
  const length = Math.min(text.length, SAMPLE);
  const counts: [number, number] = [0, 0];
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    counts[0] += (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ? 1 : 0;
    counts[1] += simplified[c] !== 0 ? 1 : 0;
  }
  return counts;
}

/** The run with each traditional character replaced by its simplified form; lengths are unchanged. */
export function simplifyRun(run: string): string {
  const simplified = simplifiedCodes();
  let out = '';
  let from = 0;
  for (let i = 0; i < run.length; i++) {
    const s = simplified[run.charCodeAt(i)];
    if (s === 0) continue;
    out += run.slice(from, i) + String.fromCharCode(s);
    from = i + 1;
  }
  return from === 0 ? run : out + run.slice(from);
}
