// unResolution.draftDetection, read with workspace/configuration: `off` leaves plaintext and
// Markdown alone (a .unres draft is still checked); a configuration change re-checks open documents.
import * as assert from 'node:assert/strict';
import { startInProcess, type LspTestClient } from './lspClient';

const PLAIN_DRAFT = '回顾其第2195(2015)号决议，\n';

describe('server in-process: draftDetection setting', () => {
  let client: LspTestClient;

  before(async () => {
    client = startInProcess();
    await client.initialize(undefined, { unResolution: { draftDetection: 'off' } });
  });

  after(async () => {
    await client?.shutdown();
  });

  it('off: a plaintext draft is not checked, a .unres draft is', async () => {
    await client.open('file:///drafts/off.txt', 'plaintext', PLAIN_DRAFT);
    await client.open('file:///drafts/off.unres', 'un-resolution', PLAIN_DRAFT);
    assert.deepEqual((await client.waitForDiagnostics('file:///drafts/off.txt')).diagnostics, []);
    const unres = await client.waitForDiagnostics('file:///drafts/off.unres');
    assert.deepEqual(unres.diagnostics.map(d => d.code), ['citation-year-mismatch']);
  });

  it('off → auto: open plaintext drafts are checked again after didChangeConfiguration', async () => {
    await client.changeConfiguration({ unResolution: { draftDetection: 'auto' } });
    const { diagnostics, version } = await client.waitForDiagnostics('file:///drafts/off.txt');
    assert.equal(version, 1);
    assert.deepEqual(diagnostics.map(d => d.code), ['citation-year-mismatch']);
  });

  it('auto → off: their diagnostics are cleared; an invalid value then falls back to auto', async () => {
    await client.changeConfiguration({ unResolution: { draftDetection: 'off' } });
    assert.deepEqual((await client.waitForDiagnostics('file:///drafts/off.txt')).diagnostics, []);
    await client.changeConfiguration({ unResolution: { draftDetection: 'sometimes' } });
    const { diagnostics } = await client.waitForDiagnostics('file:///drafts/off.txt');
    assert.deepEqual(diagnostics.map(d => d.code), ['citation-year-mismatch']);
  });
});
