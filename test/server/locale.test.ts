// The initialize locale picks the language of messages and labels (zh* → Chinese, anything else →
// English); without it, each draft's own language. Dates and links in hovers follow the draft.
import * as assert from 'node:assert/strict';
import type { CodeAction, MarkupContent } from 'vscode-languageserver-protocol';
import { startInProcess, type LspTestClient } from './lspClient';
import { marked } from './marked';

const CHINESE_DRAFT = marked('安全理事会，\n回顾其第2195(|2015|)号决议，\n');
const ENGLISH_DRAFT = marked('The Security Council,\nRecalling its resolution 2195 (|2015|),\n');

interface Answers {
  message: string;
  fixTitle: string;
  hover: string;
}

/** The diagnostic message, quick-fix title and hover text a server started with this locale gives for a draft. */
async function answersFor(locale: string | undefined, draft: typeof CHINESE_DRAFT, uri: string): Promise<Answers> {
  const client: LspTestClient = startInProcess();
  try {
    await client.initialize(locale);
    await client.open(uri, 'un-resolution', draft.text);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.deepEqual(diagnostics.map(d => d.code), ['citation-year-mismatch']);
    const [action] = (await client.codeActions(uri, draft.range, diagnostics)) as CodeAction[];
    const hover = await client.hover(uri, draft.position);
    return { message: diagnostics[0].message, fixTitle: action.title, hover: (hover?.contents as MarkupContent).value };
  } finally {
    await client.shutdown();
  }
}

describe('server in-process: locale', () => {
  it('en: English messages for a Chinese draft, Chinese date in its hover', async () => {
    const { message, fixTitle, hover } = await answersFor('en', CHINESE_DRAFT, 'file:///drafts/zh-en.unres');
    assert.equal(message, 'Resolution 2195 was adopted on 19 December 2014: the year is 2014, not 2015.');
    assert.equal(fixTitle, 'Change the year to 2014');
    assert.ok(hover.includes('Adopted: 2014年12月19日'), hover);
    assert.ok(hover.includes('https://undocs.org/zh/S/RES/2195(2014)'), hover);
  });

  it('zh-cn: Chinese messages for a Chinese draft', async () => {
    const { message, fixTitle, hover } = await answersFor('zh-cn', CHINESE_DRAFT, 'file:///drafts/zh-zh.unres');
    assert.equal(message, '第2195号决议于2014年12月19日通过，年份应为2014，不是2015。');
    assert.equal(fixTitle, '将年份改为2014');
    assert.ok(hover.includes('通过日期: 2014年12月19日'), hover);
  });

  it('zh-TW and zh: any zh* locale is Chinese', async () => {
    for (const locale of ['zh-TW', 'zh']) {
      const { message } = await answersFor(locale, ENGLISH_DRAFT, `file:///drafts/en-${locale}.unres`);
      assert.match(message, /^第2195号决议于2014年12月19日通过/, locale);
    }
  });

  it('zh-cn: Chinese messages for an English draft, English date in its hover', async () => {
    const { message, hover } = await answersFor('zh-cn', ENGLISH_DRAFT, 'file:///drafts/en-zh.unres');
    assert.equal(message, '第2195号决议于2014年12月19日通过，年份应为2014，不是2015。');
    assert.ok(hover.includes('19 December 2014'), hover);
    assert.ok(hover.includes('https://undocs.org/en/S/RES/2195(2014)'), hover);
  });

  it('no locale: each draft in its own language', async () => {
    const chinese = await answersFor(undefined, CHINESE_DRAFT, 'file:///drafts/zh.unres');
    assert.match(chinese.message, /^第2195号决议于2014年12月19日通过/);
    assert.ok(chinese.hover.includes('2014年12月19日'), chinese.hover);
    const english = await answersFor(undefined, ENGLISH_DRAFT, 'file:///drafts/en.unres');
    assert.match(english.message, /adopted on 19 December 2014/);
    assert.ok(english.hover.includes('Adopted: 19 December 2014'), english.hover);
  });
});
