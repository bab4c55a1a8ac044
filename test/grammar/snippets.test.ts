// Checks snippets/un-resolution.code-snippets: the syntax of every body, the punctuation drafters
// rely on, one snippet per phrases.tsv row in each language, and that the skeletons tokenize as
// the grammar expects a resolution to.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expandSnippet, parseSnippet, SnippetSyntaxError, tabStopIndices } from './snippet-syntax';
import { loadGrammar, repoRoot, tokenizeLines } from './tokenize';

interface Snippet { prefix: string | string[]; body: string | string[]; description: string }

const snippetsPath = path.join(repoRoot, 'snippets', 'un-resolution.code-snippets');
// The generator's default input; PHRASES_TSV overrides it. Without the shared folder (a fresh
// clone) the row-by-row test is skipped rather than failed.
const phrasesPath = process.env.PHRASES_TSV ?? path.join(repoRoot, '..', 'shared', 'data', 'phrases.tsv');
const HAN = /\p{Script=Han}/u;

const bodyText = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const prefixes = (s: Snippet) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);
const expanded = (s: Snippet) => expandSnippet(parseSnippet(bodyText(s)));

describe('snippet syntax parser (test helper)', () => {
  it('parses tab stops, nested placeholders, choices, $0 and escapes', () => {
    const nodes = parseSnippet('a ${1:b ${2:c}} ${3|x,y\\,z|} \\$5 \\} $TM_FILENAME ${4} $0');
    assert.equal(expandSnippet(nodes), 'a b c x $5 }   '); // a variable without default and tab stops insert nothing
    assert.deepEqual(tabStopIndices(nodes), [1, 2, 3, 4, 0]);
    assert.deepEqual(nodes.find(n => n.kind === 'choice'), { kind: 'choice', index: 3, options: ['x', 'y,z'] });
  });

  for (const bad of ['${1:abc', 'abc}', '${1:a}}', '${1|a,b}', '${1|a,,b|}', 'US$ 5', '${}', '${1x}', '$FOO', '${2:a ${3:b}']) {
    it(`rejects ${JSON.stringify(bad)}`, () => {
      assert.throws(() => parseSnippet(bad), SnippetSyntaxError);
    });
  }
});

describe('snippets file', () => {
  const snippets: Record<string, Snippet> = JSON.parse(fs.readFileSync(snippetsPath, 'utf8'));
  const entries = Object.entries(snippets);
  const withPrefix = (p: string) => entries.filter(([, s]) => prefixes(s).includes(p)).map(([, s]) => s);

  it('gives every snippet a prefix, a body and a description naming its source', () => {
    assert.ok(entries.length > 40, `only ${entries.length} snippets`);
    for (const [name, s] of entries) {
      assert.ok(prefixes(s).length > 0 && prefixes(s).every(p => typeof p === 'string' && /^\S+$/.test(p)), `${name}: prefix`);
      assert.ok(typeof s.body === 'string' || (Array.isArray(s.body) && s.body.every(l => typeof l === 'string')), `${name}: body`);
      assert.match(s.description, /phrases\.tsv|conventions\.md/, `${name}: description names no source`);
    }
  });

  it('has bodies in valid snippet syntax, tab stops numbered from 1 without gaps', () => {
    for (const [name, s] of entries) {
      const indices = new Set(tabStopIndices(parseSnippet(bodyText(s))).filter(i => i !== 0));
      const expected = Array.from({ length: indices.size }, (_, i) => i + 1);
      assert.deepEqual([...indices].sort((a, b) => a - b), expected, `${name}: tab stops`);
    }
  });

  it('offers English, pinyin and Chinese prefixes', () => {
    for (const p of ['recalling', 'decides', 'res-zh', 'res-en', 'huigu', '回顾', 'cite-zh', 'cite-en', 'closing']) {
      assert.ok(withPrefix(p).length > 0, `no snippet with prefix ${p}`);
    }
    assert.ok(withPrefix('huigu').every(s => expanded(s).startsWith('回顾')));
    assert.ok(withPrefix('decides').every(s => expanded(s).startsWith('Decides ')));
  });

  it('has the citation snippets', () => {
    assert.equal(bodyText(withPrefix('cite-zh')[0]), '第${1:2341}(${2:2017})号决议');
    assert.equal(bodyText(withPrefix('cite-en')[0]), 'resolution ${1:2341} (${2:2017})');
  });

  for (const [prefix, title, closing, preambleEnd, operativeEnd, finalEnd] of [
    ['res-zh', '安全理事会，', '决定继续积极处理此案。', '，', '；', '。'],
    ['res-en', 'The Security Council,', 'Decides to remain actively seized of the matter.', ',', ';', '.'],
  ]) {
    it(`${prefix}: title, preambular paragraphs, numbered operative paragraphs, closing formula`, () => {
      const lines = expanded(withPrefix(prefix)[0]).split('\n');
      assert.equal(lines[0], title);
      const numbered = lines.slice(1).filter(l => /^\d+\. /.test(l));
      const preambular = lines.slice(1, lines.length - numbered.length);
      assert.ok(preambular.length > 0 && numbered.length > 1, 'preambular part, then operative part');
      preambular.forEach(l => assert.ok(!/^\d/.test(l) && l.endsWith(preambleEnd), `preambular: ${l}`));
      numbered.forEach((l, i) => assert.ok(l.startsWith(`${i + 1}. `), `numbering: ${l}`));
      numbered.slice(0, -1).forEach(l => assert.ok(l.endsWith(operativeEnd), `operative: ${l}`));
      assert.equal(numbered[numbered.length - 1].replace(/^\d+\. /, ''), closing);
      assert.ok(closing.endsWith(finalEnd));
    });

    it(`${prefix}: tokenizes as a resolution with the grammar`, async () => {
      const lines = expanded(withPrefix(prefix)[0]).split('\n');
      const tokens = tokenizeLines(await loadGrammar(), lines);
      const hasScope = (row: number, scopePart: string) => tokens[row].some(t => t.scopes.some(sc => sc.startsWith(scopePart)));
      assert.ok(hasScope(0, 'entity.name.section'), 'title line');
      lines.forEach((line, row) => {
        if (row === 0) return;
        const expected = /^\d+\. /.test(line) ? 'keyword.other.operative' : 'keyword.other.preambular';
        assert.ok(hasScope(row, expected), `${expected} in: ${line}`);
      });
    });
  }

  describe('phrases.tsv rows', function () {
    before(function () {
      if (!fs.existsSync(phrasesPath)) this.skip();
    });

    it('each row has one Chinese and one English snippet, with the right opening and end punctuation', () => {
      const [header, ...lines] = fs.readFileSync(phrasesPath, 'utf8').split(/\r?\n/).filter(Boolean);
      const columns = header.split('\t');
      const rows = lines.map(l => Object.fromEntries(l.split('\t').map((v, i) => [columns[i], v.trim()])));
      assert.ok(rows.length > 20);
      for (const row of rows) {
        // The generator quotes each row in this exact form; quotes delimit "Recalling" from "Recalling also".
        const quoted = `EN “${row.en}” ↔ ZH “${row.zh}”. Source: phrases.tsv: ${row.evidence}`;
        const found = entries.filter(([, s]) => s.description.includes(quoted)).map(([, s]) => s);
        assert.equal(found.length, 2, `row ${row.en}: ${found.length} snippets`);
        const zh = found.find(s => HAN.test(expanded(s)));
        const en = found.find(s => !HAN.test(expanded(s)));
        assert.ok(zh && en, `row ${row.en}: one snippet per language`);
        const zhText = expanded(zh);
        const enText = expanded(en);
        assert.doesNotMatch(zhText, /[,;:]/, `ASCII punctuation in Chinese: ${zhText}`);
        assert.ok(prefixes(zh).some(p => /^[a-z0-9-]+$/.test(p)), `ASCII prefix of ${row.zh}`);
        assert.ok(prefixes(en).some(p => /^[a-z0-9-]+$/.test(p)), `ASCII prefix of ${row.en}`);

        if (row.type === 'fixed') {
          // Fixed formulas are reproduced as they stand, one line per " / " part, with full-width commas.
          assert.equal(zhText.split('\n').join(' / '), row.zh.replace(/,/g, '，'));
          assert.equal(enText.split('\n').join(' / '), row.en);
          continue;
        }
        // Paragraph openers are also found by typing the Chinese word itself (回顾, 决定).
        assert.ok(prefixes(zh).some(p => HAN.test(p)), `Chinese prefix of ${row.zh}`);
        assert.ok(zhText.startsWith(/^\p{Script=Han}+/u.exec(row.zh)![0]), `${zhText} opens as ${row.zh}`);
        assert.ok(enText.startsWith(row.en.split(' ')[0]), `${enText} opens as ${row.en}`);
        const closing = /seized of the matter/.test(row.en);
        const [zhEnd, enEnd] = closing ? ['。', '.'] : row.type === 'preambular' ? ['，', ','] : ['；', ';'];
        assert.ok(zhText.endsWith(zhEnd), `${row.type}: "${zhText}" should end with ${zhEnd}`);
        assert.ok(enText.endsWith(enEnd), `${row.type}: "${enText}" should end with ${enEnd}`);
      }
    });
  });
});
