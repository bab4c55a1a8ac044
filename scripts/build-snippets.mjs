#!/usr/bin/env node
// Builds snippets/un-resolution.code-snippets: one Chinese and one English snippet per row of
// phrases.tsv, plus the hand-written skeleton and citation snippets kept below.
//   node scripts/build-snippets.mjs [PHRASES_TSV]
// PHRASES_TSV defaults to ../shared/data/phrases.tsv beside the repository. The output is committed;
// JSON has no comments, so every snippet carries its provenance in its description.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsvPath = resolve(process.argv[2] ?? join(repo, '..', 'shared', 'data', 'phrases.tsv'));
const out = join(repo, 'snippets', 'un-resolution.code-snippets');

// Pinyin prefixes let a drafter with the input method switched off find 回顾 by typing "huigu".
// The longest entry wins when splitting a phrase, so words settle polyphones (重申 chongshen,
// 着重 zhuozhong, 地 de).
const PINYIN = Object.fromEntries(`
  回顾 huigu 又 you 还 hai 特别是 tebieshi 其 qi 以往 yiwang 相关 xiangguan 决议 jueyi 包括 baokuo
  重申 chongshen 表示 biaoshi 注意到 zhuyidao 欢迎 huanying 赞赏 zanshang 地 de 强调 qiangdiao
  再次 zaici 着重 zhuozhong 指出 zhichu 最 zui 严重 yanzhong 关切 guanqie 认定 rending 局势 jushi
  根据 genju 联合国 lianheguo 宪章 xianzhang 决定 jueding 继续 jixu 积极 jiji 处理 chuli 此案 cian
  请 qing 秘书长 mishuzhang 促请 cuqing 吁请 yuqing 强烈 qianglie 敦促 duncu 谴责 qianze 授权 shouquan
  安理会 anlihui 安全理事会 anquanlishihui 大会 dahui 通过 tongguo 第 di
`.trim().split(/\s+/).reduce((pairs, w, i, all) => (i % 2 ? pairs : [...pairs, [w, all[i + 1]]]), []));

const ELLIPSIS = /…+|\.\.\./;
const HAN = /\p{Script=Han}/u;
// Formulas that are whole paragraphs as they stand: no trailing placeholder is added to them.
const COMPLETE = /Chapter VII|seized of the matter|第七章|处理此案/;
// The closing formula ends the resolution, so it takes a full stop instead of a semicolon.
const CLOSING = /seized of the matter|处理此案/;

/** Snippet text escapes (VS Code: \$, \}, \\). */
const esc = s => s.replace(/[\\$}]/g, c => '\\' + c);
const escChoice = s => s.replace(/[\\$},|]/g, c => '\\' + c);

/** Turns phrase text into snippet syntax: ellipses and numbers become placeholders. Equal numbers
 *  share a tab stop, so the year typed once fills both "(2018)" and "on … 2018" of a header. */
function bodyOf(text, stops) {
  let result = '';
  let rest = text;
  while (rest) {
    // "(the Secretary-General to ...)" / "(秘书长……)": optional content, one placeholder around it
    const optional = /[(（]([^()（）]*(?:…|\.\.\.)[^()（）]*)[)）]/.exec(rest);
    const ellipsis = ELLIPSIS.exec(rest);
    const number = /\d+/.exec(rest);
    const next = [optional && { kind: 'optional', m: optional }, ellipsis && { kind: 'ellipsis', m: ellipsis },
      number && { kind: 'number', m: number }].filter(Boolean).sort((a, b) => a.m.index - b.m.index)[0];
    if (!next) return result + esc(rest);
    result += esc(rest.slice(0, next.m.index));
    const [whole] = next.m;
    if (next.kind === 'optional') {
      result += `\${${stops.next++}:${bodyOf(next.m[1], stops)}}`;
    } else if (next.kind === 'number' && stops.byNumber.has(whole)) {
      result += `\${${stops.byNumber.get(whole)}:${whole}}`;
    } else {
      if (next.kind === 'number') stops.byNumber.set(whole, stops.next);
      result += `\${${stops.next++}:${esc(whole)}}`;
    }
    rest = rest.slice(next.m.index + whole.length);
  }
  return result;
}

/** Phrase cell → snippet body (a string, or lines for a multi-line header) for one language of one row. */
function phraseBody(type, lang, cell) {
  const stops = { next: 1, byNumber: new Map() };
  const zh = lang === 'zh';
  // The corpus copies are normalised to ASCII punctuation; UN Chinese texts use full-width.
  // Ellipses mark a gap to fill; Chinese writes them ……, English ….
  const normalise = s => (zh
    ? s.replace(/,/g, '，').replace(/;/g, '；').replace(/:/g, '：').replace(/…+|\.\.\./g, '……')
    : s.replace(/…+|\.\.\./g, '…'));
  if (type === 'fixed') {
    const lines = cell.split(' / ').map(part => bodyOf(normalise(part), stops));
    return lines.length === 1 ? lines[0] : lines;
  }
  // "Calls upon (older usage)": a note about the wording, not part of it
  const variants = cell.split(' / ').map(v => normalise(v.replace(/\s*\([a-z ]+\)/g, '').trim()));
  const plain = variants.every(v => !ELLIPSIS.test(v) && !/\d/.test(v));
  let body = variants.length > 1 && plain
    ? `\${${stops.next++}|${variants.map(escChoice).join(',')}|}`
    : bodyOf(variants[0], stops);
  if (!ELLIPSIS.test(variants[0]) && !COMPLETE.test(cell)) body += zh ? `\${${stops.next++}:……}` : ` \${${stops.next++}:…}`;
  const end = CLOSING.test(cell) ? (zh ? '。' : '.') : type === 'preambular' ? (zh ? '，' : ',') : (zh ? '；' : ';');
  return body.replace(/[，,；;。.]$/, '') + end;
}

// Prefixes need to be typeable and tell rows apart, not to spell the whole phrase.
const STOP_WORDS = new Set(['a', 'an', 'and', 'its', 'of', 'the', 'to']);
const wordsOf = text => text.toLowerCase().match(/[a-z0-9]+/g)?.filter(w => !STOP_WORDS.has(w)) ?? [];

/** English prefix: up to five significant words before any "(" or ellipsis; on a clash with an
 *  earlier row, the second variant's words (or the row's last two words) are appended. */
function slug(cell, used) {
  const [first, second] = cell.split(' / ').map(v => v.split(/[(（]|…|\.\.\./)[0]);
  let result = wordsOf(first).slice(0, 5).join('-');
  if (used.has(result)) result = [result, ...(second ? wordsOf(second).slice(0, 3) : wordsOf(cell).slice(-2))].join('-');
  used.add(result);
  return result;
}

/** Leading Chinese words (up to four, stopping at 《 or any non-Han character), then their pinyin. */
function chinesePrefixes(cell) {
  const words = [];
  let rest = cell;
  while (words.length < 4 && HAN.test(rest[0] ?? '')) {
    const word = Object.keys(PINYIN).filter(w => rest.startsWith(w)).sort((a, b) => b.length - a.length)[0] ?? rest[0];
    words.push(word);
    rest = rest.slice(word.length);
  }
  const missing = words.filter(w => !PINYIN[w]);
  if (missing.length) console.warn(`build-snippets: no pinyin for ${missing.join(' ')} in "${cell}"; add it to PINYIN`);
  return [words.join(''), ...(missing.length || !words.length ? [] : [words.map(w => PINYIN[w]).join('')])];
}

// Rows whose derived prefixes would be useless (the header starts with a number).
const PREFIX_OVERRIDES = [
  { en: /^Resolution \d+/, enPrefixes: ['header-en'], zhPrefixes: ['header-zh', 'tongguo'] },
];

const TYPE_LABEL = { preambular: 'Preambular', operative: 'Operative', fixed: 'Fixed formula' };

function phraseSnippets(rows) {
  const snippets = {};
  const usedSlugs = new Set();
  for (const row of rows) {
    const closing = CLOSING.test(row.en);
    const override = PREFIX_OVERRIDES.find(o => o.en.test(row.en));
    const enSlug = slug(row.en, usedSlugs);
    const label = closing ? 'Closing formula' : TYPE_LABEL[row.type] ?? row.type;
    const source = `EN “${row.en}” ↔ ZH “${row.zh}”. Source: phrases.tsv: ${row.evidence}`;
    snippets[`${label} (ZH): ${row.zh}`] = {
      prefix: override?.zhPrefixes ?? [...chinesePrefixes(row.zh), `zh-${enSlug}`, ...(closing ? ['closing-zh'] : [])],
      body: phraseBody(row.type, 'zh', row.zh),
      description: `${label}, Chinese: ${source}`,
    };
    snippets[`${label} (EN): ${row.en}`] = {
      prefix: override?.enPrefixes ?? [enSlug, ...(closing ? ['closing'] : [])],
      body: phraseBody(row.type, 'en', row.en),
      description: `${label}, English: ${source}`,
    };
  }
  return snippets;
}

// Hand-written: skeletons and citation forms. Their wording is taken from phrases.tsv rows and
// conventions.md (shared/data), named in each description. The snippets are also offered in
// plaintext files, so prefixes here are never everyday words such as 决议 or "resolution".
const HAND_WRITTEN = {
  'Resolution skeleton (ZH)': {
    prefix: ['res-zh', 'jueyi'],
    body: [
      '安全理事会，',
      '回顾${1:其以往关于${2:……}的各项决议}，',
      '重申${3:……}，',
      '1. 决定${4:……}；',
      '2. 请秘书长${5:……}；',
      '3. 决定继续积极处理此案。',
    ],
    description: 'Security Council resolution skeleton, Chinese. Source: layout and formulas of S/RES/2446 (2018) ZH (phrases.tsv rows 安全理事会, / 回顾 / 重申 / 决定 / 请(秘书长……) / 决定继续积极处理此案)',
  },
  'Resolution skeleton (EN)': {
    prefix: ['res-en', 'resolution-skeleton'],
    body: [
      'The Security Council,',
      'Recalling ${1:its previous resolutions on ${2:…}},',
      'Reaffirming ${3:…},',
      '1. Decides ${4:…};',
      '2. Requests the Secretary-General ${5:…};',
      '3. Decides to remain actively seized of the matter.',
    ],
    description: 'Security Council resolution skeleton, English. Source: layout and formulas of S/RES/2446 (2018) EN (phrases.tsv rows The Security Council, / Recalling / Reaffirming / Decides / Requests / Decides to remain actively seized of the matter)',
  },
  'General Assembly skeleton (ZH)': {
    prefix: ['ga-zh', 'dahui'],
    body: ['大会，', '回顾${1:……}，', '1. 决定${2:……}；', '2. 请秘书长${3:……}。'],
    description: 'General Assembly resolution skeleton, Chinese: title line 大会， with preambular and operative formulas from phrases.tsv (回顾, 决定, 请). GA closing paragraphs vary, so none is supplied.',
  },
  'General Assembly skeleton (EN)': {
    prefix: ['ga-en'],
    body: ['The General Assembly,', 'Recalling ${1:…},', '1. Decides ${2:…};', '2. Requests the Secretary-General ${3:…}.'],
    description: 'General Assembly resolution skeleton, English: title line "The General Assembly," with formulas from phrases.tsv (Recalling, Decides, Requests). GA closing paragraphs vary, so none is supplied.',
  },
  'Citation: Security Council resolution (ZH)': {
    prefix: ['cite-zh', 'haojueyi'],
    body: '第${1:2341}(${2:2017})号决议',
    description: 'Chinese citation 第2341(2017)号决议. Source: conventions.md §3 (S/RES/2446 ZH: 第2387(2017)号决议)',
  },
  'Citation: list of Security Council resolutions (ZH)': {
    prefix: ['cite-list-zh'],
    body: '第${1:1373}(${2:2001})、${3:1624}(${4:2005})和${5:2178}(${6:2014})号决议',
    description: 'Chinese list citation: 第 once, 、 between items, 和 before the last, 号决议 once. Source: conventions.md §3 (S/RES/2326 ZH: 第1996(2011)、2046(2012)、…和2304(2016)号决议)',
  },
  'Citation: Security Council resolution (EN)': {
    prefix: ['cite-en'],
    body: 'resolution ${1:2341} (${2:2017})',
    description: 'English citation resolution 2341 (2017). Source: conventions.md §2 (S/RES/2446: resolution 2387 (2017))',
  },
  'Citation: list of Security Council resolutions (EN)': {
    prefix: ['cite-list-en'],
    body: 'resolutions ${1:1373} (${2:2001}), ${3:1624} (${4:2005}) and ${5:2178} (${6:2014})',
    description: 'English list citation. Source: conventions.md §2 (S/RES/2446: resolutions 2121 (2013), 2127 (2013), ... 2399 (2018))',
  },
  'Citation: General Assembly resolution (ZH)': {
    prefix: ['cite-ga-zh'],
    body: '大会第${1:71}/${2:291}号决议',
    description: 'Chinese GA citation 大会第71/291号决议. Source: conventions.md §3 (UN bitext A/S-30/4: 大会第70/181号决议)',
  },
  'Citation: General Assembly resolution (EN)': {
    prefix: ['cite-ga-en'],
    body: 'General Assembly resolution ${1:71}/${2:291}',
    description: 'English GA citation. Source: conventions.md §2 and the UN Editorial Manual (resolution 31/1 style since the 31st session)',
  },
  'Document symbol: Security Council resolution': {
    prefix: ['symbol-sres'],
    body: 'S/RES/${1:2341} (${2:2017})',
    description: 'Document symbol of a Security Council resolution, as in the document header. Source: conventions.md §2 (S/RES/2446 (2018)); symbols are not translated',
  },
};

function readTsv(path) {
  const [header, ...lines] = readFileSync(path, 'utf8').split(/\r?\n/).filter(Boolean);
  const columns = header.split('\t');
  return lines.map(line => Object.fromEntries(line.split('\t').map((v, i) => [columns[i], v.trim()])));
}

const rows = readTsv(tsvPath);
const snippets = { ...HAND_WRITTEN, ...phraseSnippets(rows) };
writeFileSync(out, JSON.stringify(snippets, null, 2) + '\n');
console.log(`build-snippets: ${Object.keys(snippets).length} snippets (${rows.length} phrases.tsv rows) → ${out}`);
