#!/usr/bin/env node
// Makes synthetic "as extracted from a PDF" copies of official texts in test/fixtures/official/, so that
// tests can check that reading survives the shapes of PDF extraction: every paragraph re-wrapped at a
// fixed width (Chinese about 36 characters a line, broken anywhere between characters, inside
// citations and inside 号决议 too; English 80 columns, broken between words, sometimes hyphenated as
// resolu-⏎tion), a blank line after every printed line, paragraph starts indented, spaces between
// Chinese and Latin or digit runs, and page furniture every 40 lines (page numbers 3/12, a job number
// 75-01234 (C), the running symbol header S/RES/396 (1976), an https://undocs.org/… line on page one).
// The output is made, not extracted: test/fixtures/official/pdf-style/README.md says so.
// It is deterministic (a seeded sequence per file). It also writes pdf-style/map.tsv: for every row of
// citations.tsv in a source file, the line of the made file where that citation's number landed.
//   node scripts/make-pdf-style.mjs                 (rewrites the files listed in SOURCES below)
//   node scripts/make-pdf-style.mjs zh/s-res-0396-1976.txt …
//   node scripts/make-pdf-style.mjs --out /tmp/x    (writes elsewhere; a test compares it with the stored copy)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const official = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'official');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 ? args.splice(outAt, 2)[1] : join(official, 'pdf-style');

/** Texts whose source paragraphs are exactly their lines (Chinese) or blank-line blocks (English). */
const SOURCES = [
  'zh/s-res-0396-1976.txt',
  'zh/s-res-0443-1978-hant.txt',
  'zh/s-res-0953-1994.txt',
  'zh/s-res-1476-2003.txt',
  'zh/s-res-1518-2003.txt',
  'zh/s-res-1766-2007.txt',
  'zh/s-res-2610-2021.txt',
  'en/s-res-0364-1974.txt',
  'en/s-res-0566-1985.txt',
  'en/s-res-0712-1991.txt',
  'en/s-res-0885-1993.txt',
];

const LINES_PER_PAGE = 40;
// Chinese line width in characters (a Latin letter or digit counts half): for each file the width in
// this range that breaks the most lines inside a citation (after 第, before or inside 号决议).
const ZH_WIDTHS = [33, 34, 35, 36, 37, 38, 39];
// English line width in columns: for each file the width in this range that breaks the most lines inside
// a citation (resolu-⏎tion, resolution⏎1373, 1373⏎(2001)).
const EN_WIDTHS = [76, 77, 78, 79, 80, 81, 82, 83, 84];
const INDENT = '    ';

function seededRandom(text) {
  let seed = 2166136261;
  for (const ch of text) seed = Math.imul(seed ^ ch.codePointAt(0), 16777619) >>> 0;
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isHan = ch => /\p{Script=Han}|[\u3000-\u303f\uff00-\uffef《》“”、]/u.test(ch);
const isAsciiWord = ch => /[0-9A-Za-z/().\-]/.test(ch);
const isAlnum = ch => /[0-9A-Za-z]/.test(ch);
const isIdeograph = ch => /\p{Script=Han}/u.test(ch);

/** A character of the made text, with the offset it came from in the source (-1 when inserted). */
const made = (ch, src = -1) => ({ ch, src });

/**
 * Paragraphs as arrays of {ch, src}: Chinese, one per non-blank line; English, one per blank-line block,
 * also split before a numbered line (1. 4, (a)) and after the line The Security Council,
 */
function paragraphsOf(text, language) {
  const lines = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    lines.push({ line, offset });
    offset += line.length + 1;
  }
  const blocks = [];
  let current = null;
  let previous = '';
  for (const { line, offset: start } of lines) {
    if (!line.trim()) {
      current = null;
      previous = line;
      continue;
    }
    const lead = line.length - line.trimStart().length;
    const chars = [];
    let at = start + lead;
    for (const ch of line.slice(lead).trimEnd()) {
      chars.push(made(ch, at));
      at += ch.length;
    }
    const startsParagraph = /^(\d+[.,]|\([a-z]+\)|[A-Z]\.)\s/.test(line.trimStart()) || /^The Security Council,?$/.test(previous.trim());
    previous = line;
    if (language === 'zh' || !current || startsParagraph) {
      current = chars;
      blocks.push(current);
    } else {
      const last = current[current.length - 1];
      if (!(last.ch === '-' && /[a-z]/.test(chars[0].ch))) current.push(made(' ', start - 1));
      current.push(...chars);
    }
  }
  return blocks;
}

/** Spaces between an ideograph and a Latin or digit run, as PDF extraction leaves them. */
function spaceRuns(chars) {
  const out = [];
  for (const c of chars) {
    const prev = out[out.length - 1];
    if (prev && ((isIdeograph(prev.ch) && isAlnum(c.ch)) || (isAlnum(prev.ch) && isIdeograph(c.ch)))) out.push(made(' '));
    out.push(c);
  }
  return out;
}

/** Chinese lines: break anywhere between characters, but not inside a run of digits or Latin letters. */
function wrapChinese(chars, width) {
  const units = [];
  for (const c of chars) {
    const last = units[units.length - 1];
    if (last && isAsciiWord(c.ch) && isAsciiWord(last[last.length - 1].ch)) last.push(c);
    else units.push([c]);
  }
  const weight = unit => unit.reduce((sum, c) => sum + (isHan(c.ch) ? 1 : 0.5), 0);
  const lines = [[...INDENT].map(ch => made(ch))];
  let used = INDENT.length / 2;
  for (const unit of units) {
    const w = weight(unit);
    const closing = unit.length === 1 && /[,;:.!?)\]、,;:。!?)》”]/.test(unit[0].ch);
    if (used + w > width && used > 0 && !closing) {
      lines.push([]);
      used = 0;
      if (unit.length === 1 && unit[0].ch === ' ') continue;
    }
    lines[lines.length - 1].push(...unit);
    used += w;
  }
  return lines.map(line => trimEnds(line));
}

/** English lines: break between words; a long word that does not fit is sometimes hyphenated. */
function wrapEnglish(chars, width, random) {
  const words = [];
  let word = [];
  for (const c of chars) {
    if (c.ch === ' ') {
      if (word.length) words.push(word);
      word = [];
    } else word.push(c);
  }
  if (word.length) words.push(word);
  const lines = [{ chars: [...INDENT].map(ch => made(ch)), words: 0 }];
  const add = (line, w) => {
    if (line.words++) line.chars.push(made(' '));
    line.chars.push(...w);
  };
  for (const w of words) {
    const line = lines[lines.length - 1];
    const room = width - line.chars.length - (line.words ? 1 : 0);
    if (w.length <= room) {
      add(line, w);
      continue;
    }
    const letters = w.every(c => /[A-Za-z]/.test(c.ch) || c.ch === ',' || c.ch === ';');
    const cut = Math.min(room - 1, w.length - 3);
    if (letters && cut >= 3 && (w.map(c => c.ch).join('').startsWith('resolution') || random() < 0.35)) {
      add(line, [...w.slice(0, cut), made('-')]);
      lines.push({ chars: w.slice(cut), words: 1 });
    } else lines.push({ chars: [...w], words: 1 });
  }
  return lines.map(line => line.chars);
}

function trimEnds(line) {
  let end = line.length;
  while (end > 0 && line[end - 1].ch === ' ' && line[end - 1].src < 0) end--;
  return line.slice(0, end);
}

/** How many printed lines end inside a citation: after 第, resolu- or resolution, or inside 号决议 or 1373 (2001). */
function breaksInsideCitations(lines) {
  const text = line => line.map(c => c.ch).join('');
  return lines.filter((line, i) => {
    const next = lines[i + 1] ? text(lines[i + 1]) : '';
    const end = text(line);
    return /(第|[号號]|[号號][决決]|resolu-|resolutions?)$/.test(end) || (/[0-9)]$/.test(end) && /^([号號]|\()/.test(next));
  }).length;
}

/** The first candidate with the highest score. */
function bestOf(candidates, score) {
  const scores = candidates.map(score);
  return candidates[scores.indexOf(Math.max(...scores))];
}

/** The resolution's own symbol, from the file name: zh/s-res-0396-1976.txt → S/RES/396 (1976). */
function symbolOf(file) {
  const [, number, year] = file.match(/s-res-0*(\d+)-(\d{4})/);
  return { number, year, header: `S/RES/${number} (${year})`, link: `S/RES/${number}(${year})` };
}

function paginate(printed, file, language, random) {
  const { year, header, link } = symbolOf(file);
  const job = `${year.slice(2)}-${String(Math.floor(random() * 90000) + 10000)} (${language === 'zh' ? 'C' : 'E'})`;
  const body = printed.flatMap(line => [line, []]);
  const pages = [];
  for (let i = 0; i < body.length; i += LINES_PER_PAGE) pages.push(body.slice(i, i + LINES_PER_PAGE));
  const text = s => [...s].map(ch => made(ch));
  const out = [];
  pages.forEach((lines, i) => {
    const page = i + 1;
    if (page > 1) out.push(text(header), []);
    out.push(...lines);
    const number = text(`${page}/${pages.length}`);
    out.push([]);
    if (page === 1) out.push(text(`https://undocs.org/${language}/${link}`), []);
    if (page % 2 === 0) out.push(number, [], text(job));
    else out.push(text(job), [], number);
    out.push([]);
  });
  return out;
}

/** The source offset of each citation row's number: the k-th occurrence of its written form on its line. */
function citationOffsets(text, rows) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const seen = new Map();
  return rows.map(row => {
    const first = row.written.split('⏎')[0];
    const key = `${row.line}\t${first}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const start = lineStarts[row.line - 1];
    const end = row.line < lineStarts.length ? lineStarts[row.line] : text.length;
    let at = start - 1;
    for (let i = 0; i <= k; i++) {
      at = text.indexOf(first, at + 1);
      if (at < 0 || at >= end) throw new Error(`${row.file}:${row.line}: ${row.written} not found`);
    }
    return at;
  });
}

function readCitations() {
  const [head, ...lines] = readFileSync(join(official, 'citations.tsv'), 'utf8').trimEnd().split('\n');
  const names = head.split('\t');
  return lines.map(line => {
    const cells = line.split('\t');
    const row = Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']));
    row.line = Number(row.line);
    return row;
  });
}

function makeOne(file, citations) {
  const language = file.startsWith('zh/') ? 'zh' : 'en';
  const text = readFileSync(join(official, file), 'utf8');
  const random = seededRandom(file);
  const paragraphs = paragraphsOf(text, language);
  const printed = language === 'zh'
    ? bestOf(ZH_WIDTHS.map(width => paragraphs.flatMap(paragraph => wrapChinese(spaceRuns(paragraph), width))), breaksInsideCitations)
    : bestOf(EN_WIDTHS.map(width => {
      const hyphenate = seededRandom(`${file} ${width}`);
      return paragraphs.flatMap(paragraph => wrapEnglish(paragraph, width, hyphenate));
    }), breaksInsideCitations);
  const lines = paginate(printed, file, language, random);
  const lineOfSource = new Map();
  lines.forEach((line, i) => line.forEach(c => c.src >= 0 && lineOfSource.set(c.src, i + 1)));
  const rows = citations.filter(row => row.file === file);
  const mapRows = citationOffsets(text, rows).map((offset, i) => {
    const line = lineOfSource.get(offset);
    if (!line) throw new Error(`${file}: the number of ${rows[i].written} was lost`);
    return [file, rows[i].line, rows[i].number, rows[i].written, `pdf-style/${file}`, line].join('\t');
  });
  const target = join(outDir, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, lines.map(line => line.map(c => c.ch).join('')).join('\n') + '\n');
  return mapRows;
}

const files = args.length ? args : SOURCES;
const citations = readCitations();
const map = files.flatMap(file => makeOne(file, citations));
writeFileSync(join(outDir, 'map.tsv'), ['file\tline\tnumber\twritten\tpdf_file\tpdf_line', ...map].join('\n') + '\n');
console.log(`${files.length} files, ${map.length} citation rows mapped → ${outDir}`);
