// A draft with a hundred thousand findings (issue 9, case 1): a half-width comma after every
// character (the draft, 520 KB; here with a full-width one after each, 910 KB, so that
// punctuation-width reports each slip rather than one systematic finding), under the editor's 1 MB limit. The check once overflowed the stack (a spread of
// every finding into one call), held the server for seconds and published 45 MB. Now resolint lists
// every finding; the server publishes the most severe unResolution.maxDiagnostics and a notice, and
// answers requests while it checks.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { ROOT, ensureServerBundle, startInProcess, startStdio, startedStdio, type LspTestClient } from '../server/lspClient';
import { applyFix, fixActions, service } from '../helpers';

const COMMAS = 130_000;
/** The draft of the issue, each wrong mark beside a right one: 130,000 punctuation-width warnings. */
const MANY = `安全理事会，\n回顾${'决,，'.repeat(COMMAS)}`;

const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map(d => d.code);

describe('a draft with 130,000 findings', function () {
  this.timeout(180_000);

  describe('in the core', () => {
    const document = service.parse(MANY);

    it('lists every finding, in text order, without overflowing the stack', () => {
      const diagnostics = service.getDiagnostics(document)!;
      assert.equal(diagnostics.length, COMMAS);
      assert.ok(diagnostics.every(d => d.code === 'punctuation-width'));
      const columns = diagnostics.map(d => d.range.start.character);
      assert.ok(columns.every((c, i) => i === 0 || c > columns[i - 1]), 'in text order');
    });

    it('with maxDiagnostics, keeps that many and one notice of how many more there are, in both languages', () => {
      const zh = service.getDiagnostics(document, { maxDiagnostics: 1000 })!;
      assert.equal(zh.length, 1001);
      const notice = zh.at(-1)!;
      assert.equal(notice.code, 'diagnostics-truncated');
      assert.equal(notice.severity, 3);
      assert.deepEqual(notice.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
      assert.match(notice.message, /另有 129000 个问题未在此显示（编辑器最多显示 1000 个.*resolint 命令行会列出全部问题/);
      const en = service.getDiagnostics(document, { maxDiagnostics: 1000, messageLanguage: 'en' })!;
      assert.match(en.at(-1)!.message, /^129000 more problems are not shown here .*resolint command line lists them all/);
      // The kept ones are the first thousand, as the full list has them.
      assert.deepEqual(zh.slice(0, -1), service.getDiagnostics(document)!.slice(0, 1000));
    });

    it('offers "fix all" without its 130,000 edits to a client that resolves them, and makes them when resolved', () => {
      const [first] = service.getDiagnostics(document, { maxDiagnostics: 1000 })!;
      const uri = 'file:///many/pw.unres';
      const actions = fixActions(document, uri, first.range, [first], { resolveEdits: true });
      assert.deepEqual(actions.map(a => [a.title, !!a.edit]), [['改为“，”', true], ['修正本文件中所有 punctuation-width 问题', false]]);
      assert.ok(JSON.stringify(actions).length < 2000, `${JSON.stringify(actions).length} bytes`);
      const resolved = service.resolveCodeAction(document, actions[1]);
      const edits = resolved.edit!.changes![uri];
      assert.equal(edits.length, COMMAS);
      assert.ok(edits.every(e => e.newText === '，'));
      // A client that does not resolve gets the same edits at once.
      assert.deepEqual(service.getCodeActions(document, uri, first.range, [first])[1].edit, resolved.edit);
    });

    it('is worked out in small steps, with the same result', () => {
      const steps = service.getDiagnosticsInSteps(document, { maxDiagnostics: 1000 });
      let count = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) count++;
      assert.ok(count >= COMMAS / 256, `${count} steps`);
      assert.deepEqual(step.value, service.getDiagnostics(document, { maxDiagnostics: 1000 }));
    });
  });

  it('is checked in steps when one rule reads the whole draft before its one finding (the systematic width)', () => {
    const document = service.parse(`安全理事会，\n回顾${'决,'.repeat(COMMAS)}`);
    const steps = service.getDiagnosticsInSteps(document);
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    // punctuation-width pauses every 4,096 marks it reads (the other rules add a step each).
    assert.ok(count >= COMMAS / 4096, `${count} steps`);
    assert.deepEqual(codes(step.value!), ['punctuation-width']);
    assert.match(step.value![0].message, new RegExp(`共 ${COMMAS} 处`));
  });

  it('with a directive, fixes all of a rule that pauses as it reads (its pauses are no findings)', () => {
    // 5,000 slips, each beside a right mark: punctuation-width pauses every 4,096 candidates.
    const text = `安全理事会，\n<!-- resolint-disable-next-line punctuation-width -->\n回顾决,，\n回顾${'决,，'.repeat(5000)}\n`;
    const document = service.parse(text);
    const diagnostics = service.getDiagnostics(document)!.filter(d => d.code === 'punctuation-width');
    assert.equal(diagnostics.length, 5000, 'the silenced line has none');
    const uri = 'file:///many/directive.unres';
    const all = fixActions(document, uri, diagnostics[0].range, [diagnostics[0]]).find(a => a.title.includes('所有'))!;
    assert.equal(all.edit!.changes![uri].length, 5000);
    assert.ok(all.edit!.changes![uri].every(e => e.range.start.line === 3 && e.newText === '，'));
  });

  it('keeps the most severe: errors and warnings before information and hints, then the first in the text', () => {
    // Preambular paragraphs without an opener (information) first, errors (a wrong year) last.
    const text = [
      '安全理事会，', '', ...Array.from({ length: 30 }, () => '各国应当合作，'), '',
      `回顾${'决,，'.repeat(40)}第2195(2015)号决议和第2195(2015)号决议，`, '', '1. 决定继续积极处理此案。', '',
    ].join('\n');
    const all = service.getDiagnostics(service.parse(text))!;
    assert.deepEqual([...new Set(codes(all))].sort(), ['citation-year-mismatch', 'preamble-opener', 'punctuation-width']);
    const kept = service.getDiagnostics(service.parse(text), { maxDiagnostics: 12 })!;
    const errors = all.filter(d => d.severity === 1);
    const firstWarnings = all.filter(d => d.severity === 2).slice(0, 10);
    assert.deepEqual(kept.slice(0, -1), all.filter(d => errors.includes(d) || firstWarnings.includes(d)));
    assert.match(kept.at(-1)!.message, new RegExp(`另有 ${all.length - 12} 个问题`));
    // Under the limit, nothing is left out and the list is the full one.
    assert.deepEqual(service.getDiagnostics(service.parse(text), { maxDiagnostics: all.length }), all);
  });

  it('operative-numbering carries its renumbering once, not once per finding', () => {
    const text = ['安全理事会，', '回顾其以往各项决议，', ...Array.from({ length: 2000 }, () => '1. 决定继续处理此案；'), ''].join('\n');
    const diagnostics = service.getDiagnostics(service.parse(text))!.filter(d => d.code === 'operative-numbering');
    assert.equal(diagnostics.length, 1999);
    // Each finding's fix is a title; the 1,999 edits are made when the quick fix is asked for.
    assert.ok(JSON.stringify(diagnostics).length < 1999 * 400, `${JSON.stringify(diagnostics).length} bytes`);
    // To a client that resolves code actions, the renumbering comes when the quick fix is chosen.
    const [deferred] = service.getCodeActions(service.parse(text), 'file:///n.unres', diagnostics[1000].range, [diagnostics[1000]], { resolveEdits: true });
    assert.equal(deferred.edit, undefined);
    assert.equal(service.resolveCodeAction(service.parse(text), deferred).edit!.changes!['file:///n.unres'].length, 1999);
    const renumbered = applyFix(text, diagnostics[1000]).split('\n').filter(line => /^\d/.test(line));
    assert.deepEqual(renumbered.map(line => line.split('.')[0]), Array.from({ length: 2000 }, (_, i) => String(i + 1)));
  });

  describe('resolint (dist/cli.js)', () => {
    it('prints every finding and exits 0: they are warnings', () => {
      ensureServerBundle();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resolint-many-'));
      try {
        const file = path.join(dir, 'pw.unres');
        fs.writeFileSync(file, MANY);
        const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
        assert.equal(run.stderr, '');
        assert.equal(run.status, 0);
        // A line per finding, each followed by its source line and caret.
        const lines = run.stdout.split('\n').filter(line => line.startsWith(file));
        assert.equal(lines.length, COMMAS);
        assert.match(run.stdout, new RegExp(`✖ ${COMMAS} problems \\(0 errors, ${COMMAS} warnings\\)\\n$`));
        assert.match(lines.at(-1)!, new RegExp(`pw\\.unres:2:${1 + 3 * COMMAS} warning punctuation-width `));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('the server reads unResolution.maxDiagnostics: 5 keeps five; 0 or a string is the default, 1000', async () => {
    const client = startInProcess();
    try {
      await client.initialize('en', { unResolution: { maxDiagnostics: 5 } });
      const uri = 'file:///many/setting.unres';
      await client.open(uri, 'un-resolution', `安全理事会，\n回顾${'决,，'.repeat(1200)}`);
      const five = await client.waitForDiagnostics(uri, undefined, 60_000);
      assert.deepEqual(five.diagnostics.map(d => d.code), [...Array(5).fill('punctuation-width'), 'diagnostics-truncated']);
      assert.match(five.diagnostics[5].message, /^1195 more problems are not shown here \(the editor shows the 5 most severe/);
      for (const value of [0, 'many']) {
        await client.changeConfiguration({ unResolution: { maxDiagnostics: value } });
        const { diagnostics } = await client.waitForDiagnostics(uri, undefined, 60_000);
        assert.equal(diagnostics.length, 1001, String(value));
        assert.match(diagnostics[1000].message, /^200 more problems .* the 1000 most severe/);
      }
    } finally {
      await client.shutdown();
    }
  });

  describe('the server over stdio (dist/server.js)', () => {
    let client: LspTestClient;

    before(async () => { client = await startedStdio('en'); });

    after(async () => {
      await client?.shutdown();
    });

    it('publishes the default 1,000 and the notice, and answers hovers on another draft meanwhile', async () => {
      const other = 'file:///many/other.unres';
      const otherText = '安全理事会，\n回顾第2341(2017)号决议，\n';
      await client.open(other, 'un-resolution', otherText);
      await client.waitForDiagnostics(other);
      const uri = 'file:///many/pw.unres';
      let published = false;
      const diagnostics = client.waitForDiagnostics(uri, undefined, 120_000).then(params => { published = true; return params; });
      await client.open(uri, 'un-resolution', MANY);
      // Hovers one after the other until the check is done (npm run bench measures how long they wait).
      while (!published) {
        const hover = await client.hover(other, { line: 1, character: 4 }, 120_000);
        assert.match(JSON.stringify(hover?.contents), /S\/RES\/2341 \(2017\)/);
      }
      const { diagnostics: list } = await diagnostics;
      assert.equal(list.length, 1001);
      assert.equal(list.at(-1)!.code, 'diagnostics-truncated');
      assert.match(list.at(-1)!.message, /^129000 more problems/);
      assert.ok(JSON.stringify(list).length < 1_000_000, `${JSON.stringify(list).length} bytes published`);
    });

    it('answers code actions without the fix-all edits when the client resolves them, and resolves them', async () => {
      const resolving = startStdio();
      try {
        await resolving.request('initialize', { processId: null, rootUri: null, capabilities: { textDocument: { codeAction: { resolveSupport: { properties: ['edit'] } } } } });
        const uri = 'file:///many/resolve.unres';
        await resolving.open(uri, 'un-resolution', MANY);
        const { diagnostics } = await resolving.waitForDiagnostics(uri, undefined, 120_000);
        const actions = await resolving.codeActions(uri, diagnostics[0].range, [diagnostics[0]]) as CodeAction[];
        // The quick fix, fix all (to resolve), then the two comments that disable the rule.
        assert.deepEqual(actions.map(a => !!a.edit), [true, false, true, true]);
        const resolved = await resolving.request<CodeAction>('codeAction/resolve', actions[1]);
        assert.equal(resolved.edit!.changes![uri].length, COMMAS);
      } finally {
        await resolving.shutdown();
      }
    });
  });
});
