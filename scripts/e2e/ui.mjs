// The UI checks of the e2e run: while a suite waits (test/e2e/helpers.ts, uiCheck), the launcher
// looks at the page as a drafter would, checks that it shows what it should, and takes a screenshot.
// Run 1 (English interface) takes the pictures of the drafter's page (docs/marketplace.md): into
// images/ with `npm run test:e2e -- --screenshots`, else into test-artifacts/e2e/ like the others.
import * as fs from 'node:fs';
import * as path from 'node:path';

const DEADLINE_MS = 60_000;

/** Where screenshots go: `listing` for the pictures of the drafter's page, `artifacts` for the rest. */
export function screenshotFolders(root, intoImages) {
  const artifacts = path.join(root, 'test-artifacts', 'e2e');
  return { root, artifacts, listing: intoImages ? path.join(root, 'images') : artifacts };
}

/** Waits until the element and its ancestors are fully faded in, so a screenshot shows it as a drafter sees it. */
async function settled(page, locator) {
  await page.waitForFunction(element => {
    for (let node = element; node && node !== document.body; node = node.parentElement) {
      if (getComputedStyle(node).opacity !== '1' || node.getAnimations().some(a => a.playState === 'running')) return false;
    }
    return true;
  }, await locator.elementHandle(), { timeout: 10_000 });
}

/** Runs check; on failure saves what the page showed, named after the check. */
async function looking(page, folders, name, check) {
  fs.mkdirSync(folders.artifacts, { recursive: true });
  const failed = path.join(folders.artifacts, `${name}-failed.png`);
  fs.rmSync(failed, { force: true });
  try {
    await check();
  } catch (error) {
    await page.screenshot({ path: failed }).catch(() => {});
    throw new Error(`${error.message}\nscreenshot of the failure: ${path.relative(folders.root, failed)}`);
  }
}

/** Saves a screenshot of the page as folder/name.png; the mouse stays where it is when it holds a hover or a menu open. */
async function shoot(page, folder, name, { keepMouse = false } = {}) {
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${name}.png`);
  if (!keepMouse) await page.mouse.move(0, 0);
  await page.screenshot({ path: file });
  process.stderr.write(`e2e: screenshot: ${file}\n`);
}

/** Hovers the citation number `number` in the editor until the hover widget shows `expected` (every string). */
async function hoverCitation(page, number, expected) {
  const hover = page.locator('.monaco-hover:visible').filter({ hasText: expected[0] });
  const target = page.locator('.monaco-editor .view-line span span', { hasText: number }).first();
  await target.waitFor({ state: 'visible', timeout: DEADLINE_MS });
  const deadline = Date.now() + DEADLINE_MS;
  // The first hover can come before the language server answers: move away and hover again.
  for (;;) {
    await page.mouse.move(5, 5);
    await target.hover();
    try {
      await hover.first().waitFor({ state: 'visible', timeout: 5000 });
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
  await settled(page, hover.first());
  const text = await hover.first().innerText();
  for (const part of expected) if (!text.includes(part)) throw new Error(`the hover widget lacks ${part}: ${text}`);
}

/** Waits for a visible element matching selector that holds every text of `texts`. */
async function shown(page, selector, texts, what) {
  let locator = page.locator(selector);
  for (const text of texts) locator = locator.filter({ hasText: text });
  try {
    await locator.first().waitFor({ state: 'visible', timeout: DEADLINE_MS });
  } catch {
    throw new Error(`${what}: no visible ${selector} showing ${texts.map(String).join(' and ')} within ${DEADLINE_MS / 1000} s`);
  }
  await settled(page, locator.first());
  return locator.first();
}

/** Run 1: the extension under development, English interface, examples/draft-zh.unres and a Word draft open. */
export function developmentUiChecks(folders) {
  const check = (name, fn) => page => looking(page, folders, name, () => fn(page));
  return {
    'hover-citation': check('hover-citation', async page => {
      await hoverCitation(page, '2341', ['S/RES/2341', '2017年2月13日', 'Adopted']);
      await shoot(page, folders.listing, 'hover-citation', { keepMouse: true });
    }),
    problems: check('problems', async page => {
      await shown(page, '.markers-panel .monaco-list-row', ['Resolution 2195 was adopted on 19 December 2014'], 'the Problems panel');
      await shown(page, '.markers-panel .monaco-list-row', ['citation-form'], 'the Problems panel');
      await shoot(page, folders.listing, 'problems');
    }),
    outline: check('outline', async page => {
      // The files section above the Outline, folded, leaves the Outline the whole side bar.
      const files = page.locator('.pane-header[aria-expanded="true"]', { hasText: 'Workspace' });
      if (await files.count()) await files.first().click();
      await shown(page, '.monaco-list-row', ['执行部分'], 'the Outline');
      await shown(page, '.monaco-list-row', ['决定继续积极处理此案'], 'the Outline');
      await shoot(page, folders.listing, 'outline');
    }),
    'quick-fix': check('quick-fix', async page => {
      await shown(page, '.action-widget', ['Change the year to 2014'], 'the quick fix menu');
      await shoot(page, folders.listing, 'quick-fix', { keepMouse: true });
    }),
    'word-draft': check('word-draft', async page => {
      await shown(page, '.tabs-container .tab.active', ['draft.docx'], 'the tab of the Word draft');
      await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'visible', timeout: DEADLINE_MS });
      const line = await shown(page, '.monaco-editor .view-line', ['1. 决定继续按照第2341(2017)决议开展工作'], 'the Word draft\'s automatic number');
      await shoot(page, folders.listing, 'word-draft');
      // Typing into it is refused: the view is read-only.
      await line.click();
      await page.keyboard.type('x');
      await shown(page, '.monaco-editor-overlaymessage', ['Cannot edit in read-only editor'], 'the read-only notice');
    }),
  };
}

/** Run 2: the installed .vsix, Chinese messages. */
export function vsixUiChecks(folders) {
  const check = (name, fn) => page => looking(page, folders, name, () => fn(page));
  return {
    'hover-citation': check('hover-citation', async page => {
      await hoverCitation(page, '2341', ['2017年2月13日', 'S/RES/2341']);
      await shoot(page, folders.artifacts, 'hover-citation', { keepMouse: true });
    }),
    // The extension's page in VS Code is the drafter's page (docs/marketplace.md). Its pictures are in
    // the package but not shown: VS Code's page loads pictures from https: and data: only (its content
    // security policy), and the project has no address to give them yet (docs/extension.md).
    'extension-page': check('extension-page', async page => {
      // The list shows the English name in this workbench (the stub language pack translates nothing).
      const entry = await shown(page, '.extensions-viewlet .monaco-list-row', [/UN Resolution|联合国决议起草/], 'the installed extension in the Extensions view');
      await entry.click();
      const deadline = Date.now() + DEADLINE_MS;
      let seen = [];
      for (;;) {
        seen = await Promise.all(page.frames().map(frame => frame.evaluate(() => ({
          headings: [...document.querySelectorAll('h1, h2')].map(heading => heading.textContent.trim()),
          pictures: [...document.querySelectorAll('img')].map(img => img.getAttribute('src') ?? '').filter(src => /^images\/[\w-]+\.png$/.test(src)),
        })).catch(() => ({ headings: [], pictures: [] }))));
        const drafters = seen.find(({ headings, pictures }) => headings.includes('Every cited resolution, explained') && headings.includes('Word drafts') && pictures.length >= 4);
        if (drafters) break;
        if (Date.now() > deadline) throw new Error(`the extension's page is not the drafter's: ${JSON.stringify(seen.filter(frame => frame.headings.length))}`);
        await new Promise(resolve => setTimeout(resolve, 250));
      }
      await shoot(page, folders.artifacts, 'extension-page');
    }),
  };
}
