// Reading Word drafts (server/src/docx.ts): documents written by the `docx` library as Word writes
// them, with automatic numbering, tracked changes and comments; broken, encrypted and foreign files.
import * as assert from 'node:assert/strict';
import JSZip from 'jszip';
import officeCrypto from 'officecrypto-tool';
import { DocxUnreadable, docxUnreadableMessage, fixSkipNote, paragraphExcerpt, readDocx } from '../../server/src/docx';
import { fixture } from '../helpers';
import { paragraphFromLine, writeDocx } from '../docxSample';

const SRES_2446 = fixture('sres-2446-zh.unres').replace(/\n$/, '');

async function unreadable(bytes: Uint8Array): Promise<DocxUnreadable> {
  try {
    await readDocx(bytes);
  } catch (error) {
    assert.ok(error instanceof DocxUnreadable, String(error));
    return error;
  }
  assert.fail('the file was read');
}

describe('docx: reading a Word draft', () => {
  it('reads S/RES/2446 (2018) written with automatic numbering as its official text, one paragraph a line', async () => {
    const docx = await writeDocx(SRES_2446.split('\n').map(paragraphFromLine));
    const { text, paragraphs } = await readDocx(docx);
    assert.equal(text, SRES_2446);
    assert.equal(paragraphs.length, 9);
    assert.deepEqual(paragraphs.map(p => p.numbering?.label), [undefined, undefined, undefined, undefined, undefined, undefined, undefined, '1.', '2.']);
    assert.equal(paragraphs[8].text, '2. 决定继续积极处理此案。');
  });

  it('counts numbers from list levels: 1. (a) (b) (i) (ii), a new top-level number restarts the levels below', async () => {
    const item = (level: number, text: string) => ({ pieces: [text], level });
    const docx = await writeDocx([
      { pieces: ['安全理事会，'] },
      item(0, '请秘书长：'), item(1, '报告；'), item(1, '协助：'), item(2, '甲；'), item(2, '乙；'),
      { pieces: ['（未编号的续段）'] },
      item(0, '决定：'), item(1, '丙；'),
      { pieces: ['要点'], level: 0, bullet: true },
      item(0, '决定继续积极处理此案。'),
    ]);
    const { paragraphs } = await readDocx(docx);
    assert.deepEqual(paragraphs.map(p => p.text), [
      '安全理事会，', '1. 请秘书长：', '(a) 报告；', '(b) 协助：', '(i) 甲；', '(ii) 乙；', '（未编号的续段）',
      '2. 决定：', '(a) 丙；', '要点', '3. 决定继续积极处理此案。',
    ]);
    assert.deepEqual(paragraphs[4].numbering, { level: 2, label: '(i)' });
    assert.equal(paragraphs[9].numbering, undefined, 'a bulleted paragraph gets no number');
  });

  it('reads tracked changes as accepted and leaves comments out', async () => {
    const docx = await writeDocx([
      { pieces: ['回顾其第2341(', { deleted: '2016' }, { inserted: '2017' }, ')号决议，'] },
      { pieces: ['又回顾', { deleted: '其第2195(2015)号决议和' }, { commented: '第2178(2014)号决议', comment: '请核对：第2195(2015)号决议' }, '，'] },
    ]);
    const { text } = await readDocx(docx);
    assert.equal(text, '回顾其第2341(2017)号决议，\n又回顾第2178(2014)号决议，');
  });

  it('keeps empty paragraphs, so that paragraph numbers are Word\'s, and reads astral CJK', async () => {
    const { paragraphs } = await readDocx(await writeDocx([{ pieces: ['𠀀回顾，'] }, { pieces: [] }, { pieces: ['又回顾，'] }]));
    assert.deepEqual(paragraphs.map(p => p.text), ['𠀀回顾，', '', '又回顾，']);
  });

  it('names what is wrong with a password-protected, a damaged, an old or a foreign file', async () => {
    const docx = await writeDocx([{ pieces: ['安全理事会，'] }]);
    const encrypted = await unreadable(officeCrypto.encrypt(docx, { password: 'secret' }));
    assert.equal(encrypted.reason, 'encrypted');
    assert.match(docxUnreadableMessage(encrypted, 'en'), /protected by a password/);
    assert.match(docxUnreadableMessage(encrypted, 'zh'), /设有密码/);

    const damaged = await unreadable(docx.subarray(0, docx.length >> 1));
    assert.equal(damaged.reason, 'damaged');
    assert.match(docxUnreadableMessage(damaged, 'en'), /^This Word document is damaged and cannot be read \(.+\)\.$/);

    const workbook = new JSZip().file('xl/workbook.xml', '<workbook/>').file('[Content_Types].xml', '<Types/>');
    const foreign = await unreadable(await workbook.generateAsync({ type: 'uint8array' }));
    assert.equal(foreign.reason, 'notWord');

    assert.equal((await unreadable(Buffer.from('安全理事会，\n回顾其第2341(2017)号决议，'))).reason, 'notWord');
    assert.equal((await unreadable(new Uint8Array(0))).reason, 'notWord');
    // An OLE compound file without an encrypted package: what Word 97–2003 writes.
    const oldWord = Buffer.from(officeCrypto.encrypt(docx, { password: 'secret' }));
    oldWord.fill(0, 512);
    assert.equal((await unreadable(oldWord)).reason, 'legacyWord');
  });

  it('rejects a missing file with the file system\'s error, not as unreadable Word', async () => {
    await assert.rejects(readDocx('/nonexistent/draft.docx'), (error: NodeJS.ErrnoException) => error.code === 'ENOENT');
  });
});

describe('docx: excerpts and --fix', () => {
  it('excerpts up to 12 characters either side, never cutting a surrogate pair', () => {
    const text = '又回顾其关于反恐的各项决议，尤其是第2195(2015)号决议和第2178(2014)号决议，';
    const start = text.indexOf('2015');
    assert.equal(paragraphExcerpt(text, start, start + 4), '…决议，尤其是第2195(2015)号决议和第2178(2…');
    assert.equal(paragraphExcerpt('回顾第1(2015)号', 5, 9), '回顾第1(2015)号');
    const astral = '𠀀'.repeat(20);
    for (let start = 0; start < astral.length; start += 2) {
      const excerpt = paragraphExcerpt(astral, start, start + 2).replace(/…/g, '');
      assert.ok(!/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(excerpt), `cut a pair at ${start}: ${excerpt}`);
    }
  });

  it('--fix skips a .docx with a note, and nothing else', () => {
    assert.match(fixSkipNote('drafts/决议草案.DOCX') ?? '', /^drafts\/决议草案\.DOCX: not fixed: resolint never writes a Word document/);
    assert.equal(fixSkipNote('draft.unres'), undefined);
    assert.equal(fixSkipNote('draft.docx.txt'), undefined);
  });
});
