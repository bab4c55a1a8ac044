import { strict as assert } from 'node:assert';
import { fileKind, shouldCheck } from '../../server/src/core';
import { fixture, service } from '../helpers';

describe('which files are checked', () => {
  it('classifies files by language id or name', () => {
    assert.deepEqual(['un-resolution', 'draft.unres', 'plaintext', 'notes.TXT', 'markdown', 'a.md', 'main.ts'].map(fileKind),
      ['draft', 'draft', 'text', 'text', 'text', 'text', 'other']);
  });

  it('checks .txt and .md drafts that read like UN texts, in auto mode', () => {
    assert.ok(shouldCheck(service.parse(fixture('corpus-004.txt')), 'text'));
    assert.ok(shouldCheck(service.parse('Recalling resolution 2341 (2017),'), 'text'));
    assert.ok(shouldCheck(service.parse('安全理事会，'), 'text'));
  });

  it('does not take a year-less English "resolution" for a citation that makes a file a UN text', () => {
    assert.equal(shouldCheck(service.parse('# Displays\n\nA screen resolution 3840 by 2160 is sharp.'), 'text'), false);
    assert.ok(shouldCheck(service.parse('see resolution 60/288 on the strategy'), 'text'));
  });

  it('leaves unrelated text files alone unless asked', () => {
    const readme = service.parse('# Notes\n\nThe meeting (2015) discussed item 2195.');
    assert.equal(shouldCheck(readme, 'text'), false);
    assert.equal(shouldCheck(readme, 'text', 'always'), true);
    assert.equal(shouldCheck(readme, 'draft'), true);
    assert.equal(shouldCheck(service.parse('安全理事会，'), 'text', 'off'), false);
  });
});
