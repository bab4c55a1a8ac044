// Arbitraries for property tests: drafts cut from the corpus and the example drafts, mutated by
// random inserts, deletions and replacements of the characters that trip up scanners: astral CJK
// (𠀀, two UTF-16 code units), brackets of both widths, digits, 、, CRLF and lone CR, lone surrogates
// and NUL, next to pieces of citations so that the mutations land inside and around them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';

const ROOT = path.resolve(__dirname, '..', '..');
const TEXT_FILE = /\.(txt|text|unres|md)$/i;

function textFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(file);
    return TEXT_FILE.test(entry.name) && entry.name !== 'README.md' ? [file] : [];
  });
}

/** Every text fixture and example draft: new fixtures join the property tests by themselves. */
export const CORPUS: readonly string[] = [...textFiles(path.join(ROOT, 'test', 'fixtures')), ...textFiles(path.join(ROOT, 'examples'))]
  .sort()
  .map(file => fs.readFileSync(file, 'utf8'));

/** Single characters and short strings that scanners get wrong. */
export const HOSTILE: readonly string[] = [
  '𠀀', '𪚥', '\uD840', '\uDC00', '\uDBFF\uDFFF', '\0', '\uFFFD', '\uFEFF', '\u200B',
  '(', ')', '（', '）', '[', '【', '】', '〔', '〕',
  '0', '1', '2', '9', '12345', '123456', '２０１７', '、', '，', ',', '。', '；', ';', '：',
  '\r\n', '\r', '\n', '\n\n', ' ', '\t', '\u3000', '\u00A0', '\u2028',
  '第', '号', '決議', '决议', '号决议', '和', '及', '以及', '年', '月', '日', '段', '上文', '下文',
  '大会', '安全理事会', '安理会', '经社理事会', '人权理事会',
  'resolution ', 'resolutions ', 'Resolution', 'S/RES/', 'A/RES/', ' and ', ', ', ' of ', 'September', 'paragraph ',
  '/', '71/291', 'ES-11/', 'S-14/', '(XXV)', '（XV）', ' A', '/RES/',
  '1.', '2.', '(a)', '（a）', '一、', '*', '#', '<', '>', '&', '"', '\\', '$', '`',
];

const citation: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 1940, max: 2099 }), fc.constantFrom('zh', 'zh-list', 'en', 'symbol', 'assembly'), fc.boolean())
  .map(([number, year, style, fullWidth]) => {
    const [open, close] = fullWidth ? ['（', '）'] : ['(', ')'];
    switch (style) {
      case 'zh': return `第${number}${open}${year}${close}号决议`;
      case 'zh-list': return `第${number}${open}${year}${close}、${number + 1}${open}${year}${close}和${number + 2}号决议`;
      case 'en': return `resolutions ${number} ${open}${year}${close} and ${number + 1} (${year}) of 12 May ${year}`;
      case 'assembly': return `大会第${number % 100}/${number % 1000}、${number}${open}XXV${close}和ES-${number % 20}/${number % 50}号决议及resolution ${number % 90}/${number % 400} A`;
      default: return `S/RES/${number}${open}${year}${close}`;
    }
  });

/** A piece of text to insert: hostile characters, strings of them, citations, or a slice of the corpus. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...HOSTILE), { minLength: 2, maxLength: 8 }).map(parts => parts.join('')) },
  { weight: 2, arbitrary: citation },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.integer({ min: 1, max: 200 })).map(([at, length]) => corpusSlice(at, length)) },
);

function corpusSlice(at: number, length: number): string {
  const all = CORPUS.join('\n');
  const start = at % Math.max(1, all.length);
  return all.slice(start, start + length);
}

/** One edit at fractions of the text's length, so it applies to any text. */
export interface Mutation {
  readonly at: number;
  readonly length: number;
  readonly text: string;
}

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.constant(0), text: fragment }),                     // insert
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 40 }), text: fc.constant('') }), // delete
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 12 }), text: fragment }),      // replace
);

export function applyMutation(text: string, { at, length, text: inserted }: Mutation): string {
  const start = Math.min(text.length, Math.floor(at * (text.length + 1)));
  return text.slice(0, start) + inserted + text.slice(Math.min(text.length, start + length));
}

/** A draft: a window of a corpus document (possibly all of it, possibly empty), then mutations. */
export const draft: fc.Arbitrary<string> = fc
  .tuple(
    fc.nat({ max: Math.max(0, CORPUS.length - 1) }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 4000 })),
    fc.array(mutation, { maxLength: 12 }),
  )
  .map(([index, from, length, mutations]) => {
    const source = CORPUS[index] ?? '';
    const start = Math.floor(from * source.length);
    return mutations.reduce(applyMutation, source.slice(start, start + length));
  });
