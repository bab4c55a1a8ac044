// Tokenizes the fixtures with the real TextMate engine and checks the scopes themes colour.
// Fixtures:
// - test/fixtures/grammar-sample.unres: lines 1–14 are a Chinese draft written for this test from the
//   formulas in shared/data/phrases.tsv and conventions.md; line 15 is corpus/003 line 1; lines 16–18
//   are corpus/003 lines 5–11, 13–23 and 25–31, each paragraph joined onto one line as in a .unres
//   file (the PDF extraction broke them); line 7 is corpus/004 line 35 verbatim (ASCII comma kept).
// - test/fixtures/grammar-sample-en.unres: an English draft written for this test; the citation
//   forms are the ones quoted in conventions.md (S/RES/1373, S/RES/2446).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { loadGrammar, readFixtureLines, repoRoot, SCOPE_NAME, Token, tokenizeLines } from './tokenize';

const s = (name: string) => `${name}.un-resolution`;
const NUMBER = s('constant.numeric.resolution-number');
const YEAR = s('constant.numeric.year');
const CITATION = s('meta.citation.resolution');
const SYMBOL = s('string.unquoted.document-symbol');
const PREAMBULAR = s('keyword.other.preambular');
const OPERATIVE = s('keyword.other.operative');
const LIST = s('markup.list.numbered');
const INSTRUMENT = s('string.quoted.other.instrument');

interface Doc { lines: string[]; tokens: Token[][] }

/** Row and offsets of the `occurrence`-th `needle` in the first line containing `lineMarker`. */
function locate(doc: Doc, lineMarker: string, needle: string, occurrence: number) {
  const row = doc.lines.findIndex(l => l.includes(lineMarker));
  assert.ok(row >= 0, `no line contains ${lineMarker}`);
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = doc.lines[row].indexOf(needle, start + 1);
  assert.ok(start >= 0, `"${needle}" #${occurrence} not in line ${row + 1}`);
  const end = start + needle.length;
  return { start, end, tokens: doc.tokens[row].filter(t => t.end > start && t.start < end) };
}

/** The needle must start and end on token boundaries: "2341" must not share a token with "(2017)". */
function assertScope(doc: Doc, lineMarker: string, needle: string, scope: string, occurrence = 0) {
  const { start, end, tokens } = locate(doc, lineMarker, needle, occurrence);
  assert.equal(tokens[0].start, start, `"${needle}" starts inside token "${tokens[0].text}"`);
  assert.equal(tokens[tokens.length - 1].end, end, `"${needle}" ends inside token "${tokens[tokens.length - 1].text}"`);
  for (const t of tokens) {
    assert.ok(t.scopes.includes(scope), `"${t.text}" in "${needle}" has ${t.scopes.join(' ')}, not ${scope}`);
  }
}

function assertNoScope(doc: Doc, lineMarker: string, needle: string, scopePrefix: string, occurrence = 0) {
  const hits = locate(doc, lineMarker, needle, occurrence).tokens.filter(t => t.scopes.some(sc => sc.startsWith(scopePrefix)));
  assert.deepEqual(hits.map(t => t.text), [], `"${needle}" should have no ${scopePrefix} scope`);
}

let grammar: IGrammar;
const docFromLines = (lines: string[]): Doc => ({ lines, tokens: tokenizeLines(grammar, lines) });
const docOf = (fixture: string) => docFromLines(readFixtureLines(fixture));

/** Per describe rather than a root hook, so other suites never pay for the WASM load. */
const useGrammar = () => before(async () => { grammar = await loadGrammar(); });

describe('grammar: Chinese draft (grammar-sample.unres)', () => {
  let zh: Doc;
  useGrammar();
  before(() => { zh = docOf('grammar-sample.unres'); });

  it('scopes the title line', () => {
    assertScope(zh, '安全理事会，', '安全理事会', s('entity.name.section'));
    assertScope(zh, '安全理事会，', '，', s('markup.heading.title-line'));
  });

  it('scopes each number and year of a citation list, and the list as one citation', () => {
    const line = '包括第1373(2001)';
    for (const n of ['1373', '1624', '2178']) assertScope(zh, line, n, NUMBER);
    for (const y of ['2001', '2005', '2014']) assertScope(zh, line, y, YEAR);
    for (const part of ['第', '、', '和', '号决议']) assertScope(zh, line, part, CITATION);
    assertNoScope(zh, line, '各项决议', CITATION);
  });

  it('reads the ten-resolution list of corpus/003 with its PDF spaces', () => {
    const line = '根据第 1373(2001)、1624(2005)';
    const numbers = ['1373', '1624', '2178', '2195', '2253', '2322', '2341', '2354', '2368', '2370'];
    for (const n of numbers) assertScope(zh, line, n, NUMBER);
    assertScope(zh, line, '2370', CITATION);
    assertScope(zh, line, '2017', YEAR, 3); // 2341(2017), 2354(2017), 2368(2017), 2370(2017)
    assertNoScope(zh, line, '相关决议', CITATION);
  });

  it('accepts full-width brackets, spaces, year-less numbers and the 2011 list style', () => {
    assertScope(zh, '第2341（2017）号决议', '2341', NUMBER);
    assertScope(zh, '第2341（2017）号决议', '2017', YEAR);
    assertScope(zh, '第2341（2017）号决议', '（', s('punctuation.section.parens.begin'));
    assertScope(zh, '第 1535(2004)号决议', '1535', NUMBER);
    assertScope(zh, '第1533号决议', '1533', NUMBER);
    for (const n of ['825', '1540', '1928']) assertScope(zh, '第825(1993)号、', n, NUMBER);
    assertScope(zh, '大会第71/291号决议', '71/291', NUMBER);
  });

  it('leaves dates, paragraph references and chapters out of citations', () => {
    assertNoScope(zh, '2004年3月12日', '2004', CITATION);
    assertNoScope(zh, '第 22 段提交报告', '第 22 段', CITATION);
    assertNoScope(zh, '第七章采取行动', '第七章', CITATION);
    assertNoScope(zh, '2017 年 12 月 14 日', '2017', LIST);
  });

  it('scopes document symbols', () => {
    assertScope(zh, '(S/2018/922)', 'S/2018/922', SYMBOL);
    assertScope(zh, 'S/PRST/2014/28号', 'S/PRST/2014/28', SYMBOL);
    assertScope(zh, '(A/RES/71/291)', 'A/RES/71/291', SYMBOL);
  });

  it('scopes preambular openers at line start, including the Chapter VII formula', () => {
    assertScope(zh, '回顾其以往', '回顾', PREAMBULAR);
    assertScope(zh, '又回顾', '又回顾', PREAMBULAR);
    assertScope(zh, '还回顾', '还回顾', PREAMBULAR);
    assertScope(zh, '重申《', '重申', PREAMBULAR);
    assertScope(zh, '表示注意到', '表示注意到', PREAMBULAR);
    assertScope(zh, '强调联合国会员国', '强调', PREAMBULAR);
    assertScope(zh, '根据《联合国宪章》第七章', '根据', PREAMBULAR);
    assertScope(zh, '根据《联合国宪章》第七章', '第七章采取行动', PREAMBULAR);
    assertScope(zh, '根据《联合国宪章》第七章', '联合国宪章', INSTRUMENT);
    assertNoScope(zh, '根据第 2322(2016)号决议以及', '根据', PREAMBULAR);
  });

  it('scopes instruments in book-title marks', () => {
    assertScope(zh, '重申《联合国宪章》', '《联合国宪章》', INSTRUMENT);
    assertScope(zh, '重申《联合国宪章》', '《', s('punctuation.definition.string.begin'));
  });

  it('scopes paragraph numbers, sub-items and operative verbs', () => {
    assertScope(zh, '1. 决定', '1.', LIST);
    assertScope(zh, '1. 决定', '1', s('constant.numeric.paragraph-number'));
    assertScope(zh, '3. 促请', '3.', LIST);
    assertScope(zh, '1. 决定', '决定', OPERATIVE);
    assertScope(zh, '2. 请秘书长', '请', OPERATIVE);
    assertScope(zh, '3. 促请', '促请', OPERATIVE);
    assertScope(zh, '4. 强烈谴责', '强烈谴责', OPERATIVE);
    assertScope(zh, '(a) 说明', '(a)', s('markup.list.numbered.sub-item'));
    assertScope(zh, '(a) 说明', 'a', s('constant.numeric.sub-item'));
  });

  it('gives keywords only where a paragraph opens', () => {
    const doc = docFromLines(['委员会强调了合作，决定继续', '决定继续积极处理此案。', '1.5 亿美元']);
    assertNoScope(doc, '委员会', '强调', PREAMBULAR);
    assertNoScope(doc, '委员会', '决定', OPERATIVE);
    assertNoScope(doc, '决定继续积极', '决定', OPERATIVE); // no paragraph number
    assertNoScope(doc, '1.5', '1.', LIST);
  });
});

describe('grammar: English draft (grammar-sample-en.unres)', () => {
  let en: Doc;
  useGrammar();
  before(() => { en = docOf('grammar-sample-en.unres'); });

  it('scopes the title line, only when alone on its line', () => {
    assertScope(en, 'The Security Council,', 'The Security Council', s('entity.name.section'));
    const prose = docFromLines(['The Security Council, in its resolution 2341 (2017), decided']);
    assertNoScope(prose, 'The', 'The Security Council', s('markup.heading'));
    assertScope(prose, 'The', '2341', NUMBER);
  });

  it('scopes every item of a resolution list', () => {
    const line = 'Recalling its resolutions';
    for (const n of ['1373', '1624', '2178']) assertScope(en, line, n, NUMBER);
    for (const y of ['2001', '2005', '2014']) assertScope(en, line, y, YEAR);
    assertScope(en, line, ' and ', CITATION);
    const long = 'Recalling also resolutions';
    for (const n of ['2121', '2127', '2399', '2272']) assertScope(en, long, n, NUMBER);
    assertScope(en, long, ', as well as resolution ', CITATION);
  });

  it('keeps "of <date>" inside the citation without taking its year for the resolution year', () => {
    const line = 'Reaffirming its resolutions 1269';
    assertScope(en, line, '1368', NUMBER);
    assertScope(en, line, ' of 19 October 1999', s('meta.date'));
    assertNoScope(en, line, '1999', YEAR, 1);
  });

  it('scopes symbols and the no-space forms', () => {
    const line = '1. Decides that resolution';
    assertScope(en, line, '2341(2017)', CITATION);
    assertScope(en, line, '2017', YEAR);
    assertScope(en, line, 'S/RES/2341 (2017)', SYMBOL);
    assertScope(en, line, '2341', NUMBER, 1);
    assertScope(en, 'implement S/RES/2341(2017)', 'S/RES/2341(2017)', SYMBOL);
    assertScope(en, '(A/RES/71/291)', 'A/RES/71/291', SYMBOL);
    assertScope(en, '(A/RES/71/291)', '71/291', NUMBER);
    assertScope(en, '(S/2018/922)', 'S/2018/922', SYMBOL);
    assertScope(en, 'S/PRST/2014/28 and', 'S/PRST/2018/14', SYMBOL);
    assertNoScope(docFromLines(['S/he said A/B']), 'S/he', 'S/he', SYMBOL);
  });

  it('tells a General Assembly session from a year, and a paragraph number from a resolution', () => {
    assertScope(en, 'resolution 2625 (XXV)', 'XXV', s('constant.numeric.session'));
    assertNoScope(en, 'resolution 2625 (XXV)', 'XXV', YEAR);
    assertNoScope(en, 'paragraph 22 of', '22', CITATION);
    assertNoScope(en, 'paragraph 22 of', '2018', CITATION);
  });

  it('scopes preambular openers and operative verbs', () => {
    for (const opener of ['Recalling', 'Reaffirming', 'Recalling also', 'Taking note of', 'Recalling further',
      'Bearing in mind', 'Acting under']) {
      assertScope(en, opener + ' ', opener, PREAMBULAR);
    }
    for (const [marker, verb] of [['1. Decides', 'Decides'], ['2. Requests', 'Requests'],
      ['3. Strongly', 'Strongly condemns'], ['4. Calls', 'Calls upon']]) {
      assertScope(en, marker, verb, OPERATIVE);
    }
    assertScope(en, '3. Strongly', '3.', LIST);
    assertScope(en, '(a) the measures', '(a)', s('markup.list.numbered.sub-item'));
    assertNoScope(docFromLines(['The Council, recalling its work']), 'recalling', 'recalling', PREAMBULAR);
  });
});

// Line → token text → scopes, for reviewing grammar changes as a diff. UPDATE_SNAPSHOTS=1 rewrites.
describe('grammar: snapshots', () => {
  useGrammar();
  for (const fixture of ['grammar-sample.unres', 'grammar-sample-en.unres']) {
    it(`matches __snapshots__/${fixture}.txt`, () => {
      const doc = docOf(fixture);
      const text = doc.lines.map((line, i) => [`> ${line}`, ...doc.tokens[i]
        .filter(t => t.scopes.length > 1)
        .map(t => `  ${JSON.stringify(t.text)} → ${t.scopes.filter(sc => sc !== SCOPE_NAME).join(' ')}`)].join('\n'))
        .join('\n') + '\n';
      const file = path.join(__dirname, '__snapshots__', `${fixture}.txt`);
      if (process.env.UPDATE_SNAPSHOTS === '1') {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, text);
      }
      assert.ok(fs.existsSync(file), `${file} missing: run with UPDATE_SNAPSHOTS=1`);
      assert.equal(text, fs.readFileSync(file, 'utf8'), 'tokenization changed: review, then UPDATE_SNAPSHOTS=1');
    });
  }
});

describe('grammar: package wiring', () => {
  it('is the grammar and configuration that package.json contributes for un-resolution', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const contribution = pkg.contributes.grammars.find((g: { language: string }) => g.language === 'un-resolution');
    const raw = JSON.parse(fs.readFileSync(path.join(repoRoot, contribution.path), 'utf8'));
    assert.equal(raw.scopeName, contribution.scopeName);
    assert.equal(raw.scopeName, SCOPE_NAME);
    const language = pkg.contributes.languages.find((l: { id: string }) => l.id === 'un-resolution');
    const config = JSON.parse(fs.readFileSync(path.join(repoRoot, language.configuration), 'utf8'));
    const closing = new Map(config.autoClosingPairs.map((p: { open: string; close: string }) => [p.open, p.close]));
    for (const [open, close] of [['(', ')'], ['（', '）'], ['《', '》'], ['“', '”'], ['[', ']']]) {
      assert.ok(config.brackets.some(([o, c]: string[]) => o === open && c === close), `bracket ${open}${close}`);
      assert.equal(closing.get(open), close, `auto-closing ${open}`);
    }
  });
});
