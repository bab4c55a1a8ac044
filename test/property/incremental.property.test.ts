// Incremental sync through a real LSP connection: random edit sequences on mutated drafts, sent as
// incremental didChange notifications (several changes per notification, bursts faster than the
// debounce, pauses that let a validation start), end with the diagnostics of a fresh open of the
// final text. Stale results are dropped: published versions never go back.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { skipReason } from '../../server/src/core/limits';
import { startInProcess, type LspTestClient } from '../server/lspClient';
import { draft, mutation, type Mutation } from './drafts';
import { PositionOracle } from './exercise';
import { service } from './properties';

/** npm test: a fixed seed and 30 sequences; npm run fuzz sets more, from a fresh seed. */
const SEED = Number(process.env.FUZZ_SEED ?? 6);
const RUNS = Number(process.env.FUZZ_INCREMENTAL_RUNS ?? 30);

/** One didChange: one to three changes, then perhaps a pause before the next. */
const batch = fc.record({
  changes: fc.array(mutation, { minLength: 1, maxLength: 3 }),
  pauseMs: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 70 }) }),
});

/** A mutation as an LSP change on text, at valid cursor positions (never inside a CRLF); and the new text. */
function toChange(text: string, m: Mutation): { change: TextDocumentContentChangeEvent; text: string } {
  const oracle = new PositionOracle(text);
  const start = oracle.boundary(Math.floor(m.at * (text.length + 1)));
  const end = Math.max(start, oracle.boundary(Math.min(text.length, start + m.length)));
  const change = { range: { start: oracle.positionAt(start), end: oracle.positionAt(end) }, text: m.text };
  return { change, text: spliced(text, start, end, m.text) };
}

function spliced(text: string, start: number, end: number, inserted: string): string {
  return text.slice(0, start) + inserted + text.slice(end);
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
/** The document's own URI in related information (bracket-unbalanced's other end), the same for every document. */
const THIS_DOCUMENT = 'file:///this-document.unres';

/** The diagnostics of a publication, their related information pointing at THIS_DOCUMENT instead of the document's URI. */
const strip = (p: PublishDiagnosticsParams) => p.diagnostics.map(d => (d.relatedInformation
  ? { ...d, relatedInformation: d.relatedInformation.map(r => ({ ...r, location: { ...r.location, uri: r.location.uri === p.uri ? THIS_DOCUMENT : r.location.uri } })) }
  : d));

describe('property: incremental didChange over LSP equals a fresh open', function () {
  this.timeout(RUNS > 30 ? 0 : 60_000);
  let client: LspTestClient;
  let run = 0;

  before(async () => {
    client = startInProcess();
    await client.initialize();
  });

  after(async () => {
    await client?.shutdown();
  });

  it('maps mutations to LSP changes exactly', () => {
    const text = 'a\r\nb𠀀c\rd';
    for (let at = 0; at <= 1; at += 0.05) {
      for (const length of [0, 1, 3]) {
        const { change, text: after } = toChange(text, { at, length, text: 'X' });
        const oracle = new PositionOracle(text);
        if (!('range' in change)) throw new Error('expected a range');
        const start = oracle.offsetAt(change.range.start, 'start');
        const end = oracle.offsetAt(change.range.end, 'end');
        assert.equal(after, spliced(text, start, end, 'X'));
      }
    }
  });

  it('random edit sequences end with the diagnostics of a fresh open of the final text', async () => {
    await fc.assert(fc.asyncProperty(draft, fc.array(batch, { minLength: 1, maxLength: 10 }), async (initial, batches) => {
      const uri = `file:///incremental/${++run}.unres`;
      let text = initial;
      let version = 1;
      const from = client.published.length;
      await client.open(uri, 'un-resolution', text, version);
      for (const { changes, pauseMs } of batches) {
        const contentChanges: TextDocumentContentChangeEvent[] = [];
        for (const m of changes) {
          const next = toChange(text, m);
          contentChanges.push(next.change);
          text = next.text;
        }
        await client.change(uri, ++version, contentChanges);
        if (pauseMs) await sleep(pauseMs);
      }
      const incremental = await client.waitForDiagnostics(uri, p => p.version === version);
      await client.close(uri);

      const freshUri = `file:///incremental/${run}-fresh.unres`;
      await client.open(freshUri, 'un-resolution', text);
      const fresh = await client.waitForDiagnostics(freshUri);
      await client.close(freshUri);

      assert.deepEqual(strip(incremental), strip(fresh));
      if (!skipReason(text)) assert.deepEqual(strip(fresh), service.getDiagnostics(service.parse(text), { uri: THIS_DOCUMENT }) ?? [], 'the server and the core agree');
      const versions = client.published.slice(from).filter(p => p.uri === uri && p.version !== undefined).map(p => p.version!);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `published versions went back: ${versions}`);
    }), { seed: SEED, numRuns: RUNS });
  });

  it('publishes once, for the last version, after a burst of edits faster than the debounce', async () => {
    const uri = 'file:///incremental/burst.unres';
    let text = '安全理事会，\r\n回顾𠀀其，\r\n';
    await client.open(uri, 'un-resolution', text);
    await client.waitForDiagnostics(uri);
    const from = client.published.length;
    let version = 1;
    for (const typed of '第2195(2015)号决议') {
      const at = text.indexOf('，', text.indexOf('回顾'));
      const position = new PositionOracle(text).positionAt(at);
      text = spliced(text, at, at, typed);
      await client.change(uri, ++version, [{ range: { start: position, end: position }, text: typed }]);
    }
    const last = await client.waitForDiagnostics(uri, p => p.version === version);
    assert.deepEqual(last.diagnostics.map(d => d.code), ['citation-year-mismatch']);
    const published = client.published.slice(from).filter(p => p.uri === uri);
    assert.deepEqual(published.map(p => p.version), [version], 'one publication, for the last version');
    await client.close(uri);
  });
});
