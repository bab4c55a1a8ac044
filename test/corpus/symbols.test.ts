// Document symbols on official texts (test/fixtures/official, the corpus documents, S/RES/2446 in
// Chinese): adopted texts are correct by definition, so symbol-form finds nothing on them, in the
// texts as stored and in their script-made PDF-style copies; and every symbol a plain search finds
// on a line is read and linked.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { diagnose, service } from '../helpers';

const fixtures = join(__dirname, '..', 'fixtures');
const official = join(fixtures, 'official');

const texts = [
  ...['zh', 'en', 'pdf-style/zh', 'pdf-style/en'].flatMap(folder => readdirSync(join(official, folder)).map(file => join(official, folder, file))),
  ...['corpus-003.txt', 'corpus-004.txt', 'sres-2446-zh.unres'].map(file => join(fixtures, file)),
].filter(path => /\.(txt|unres)$/.test(path));

/** A symbol a plain search finds: not a resolution's, not in a web address, written on one line. */
const PLAIN_SYMBOL = /(?<![\w/.])(?:S|A|E|ST)\/(?!RES\/)(?:[A-Z]+[.-]?\d*\/)*\d+(?:\/(?:Add|Corr|Rev)\.\d+)?\b/g;

describe('official corpus: document symbols', () => {
  it('reports no symbol-form finding on any official text', () => {
    assert.ok(texts.length > 60, `${texts.length} texts`);
    const found = texts.flatMap(path => diagnose(readFileSync(path, 'utf8'), 'symbol-form').map(d => `${relative(fixtures, path)}:${d.range.start.line + 1} ${d.message}`));
    assert.deepEqual(found, []);
  });

  it('reads and links every symbol a plain search finds, and reads some in every language', () => {
    let count = 0;
    const missed: string[] = [];
    for (const path of texts) {
      const text = readFileSync(path, 'utf8');
      const document = service.parse(text);
      const linked = new Set(service.getDocumentLinks(document).map(link => document.lines.offsetAt(link.range.start)));
      for (const match of text.matchAll(PLAIN_SYMBOL)) {
        count++;
        if (!linked.has(match.index!)) missed.push(`${relative(fixtures, path)}: ${match[0]}`);
      }
    }
    assert.ok(count > 40, `${count} symbols`);
    assert.deepEqual(missed, []);
  });

  it('dates the presidential statements of S/RES/2446 as the text does, each its own', () => {
    const document = service.parse(readFileSync(join(fixtures, 'sres-2446-zh.unres'), 'utf8'));
    const dated = document.symbols.filter(s => s.presidentialStatement).map(s => `${s.symbol} ${s.date?.date.year}`);
    assert.deepEqual(dated, ['S/PRST/2014/28 2014', 'S/PRST/2015/17 2015', 'S/PRST/2016/17 2016', 'S/PRST/2017/5 2017', 'S/PRST/2017/9 2017', 'S/PRST/2018/14 2018']);
  });
});
