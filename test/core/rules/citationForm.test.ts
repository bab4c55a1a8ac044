import { strict as assert } from 'node:assert';
import { applyFix, diagnose, fixture } from '../../helpers';

const RULE = 'citation-form';

/** The text after applying the one citation-form fix found in it. */
function fixed(text: string): string {
  const found = diagnose(text, RULE);
  assert.equal(found.length, 1, `expected one finding in ${text}, got ${found.map(d => d.message).join(' / ')}`);
  assert.equal(found[0].severity, 2);
  const result = applyFix(text, found[0]);
  assert.deepEqual(diagnose(result, RULE), [], `the fix of ${text} left a finding`);
  return result;
}

describe(RULE, () => {
  it('puts 号 into 第2341(2017)决议', () => {
    assert.equal(fixed('重申第2341(2017)决议，'), '重申第2341(2017)号决议，');
  });

  it('writes the citation found, as the fix makes it, into the message', () => {
    assert.match(diagnose('依照第 2195 (2014)\n决议', RULE)[0].message, /应写作“第2195\(2014\)号决议”/);
    assert.match(diagnose('Recalling resolution 2195(2014),', RULE, 'en')[0].message, /: resolution 2195 \(2014\)\.$/);
  });

  it('moves the year before 号 in 第2341号(2017)决议', () => {
    assert.equal(fixed('重申第2341号(2017)决议，'), '重申第2341(2017)号决议，');
  });

  it('matches the brackets of 第2341(2017）号决议', () => {
    assert.equal(fixed('第2341(2017）号决议'), '第2341(2017)号决议');
  });

  it('separates list items with 、', () => {
    assert.equal(fixed('第1373(2001)，1624(2005)和2178(2014)号决议'), '第1373(2001)、1624(2005)和2178(2014)号决议');
  });

  it('leaves 、 before the last item to citation-list-conjunction: adopted texts write lists so', () => {
    assert.deepEqual(diagnose('第1540(2004)、1673(2006)、1810(2008)号决议', RULE), []);
  });

  it('quotes a long list around the fix only, so that each message stays short however long the list', () => {
    const numbers = Array.from({ length: 150 }, (_, i) => 2001 + i);
    const text = `Recalling its resolutions ${numbers.map(n => `${n}(2016)`).join(', ')},`;
    const found = diagnose(text, RULE, 'en');
    assert.equal(found.length, numbers.length);
    const first = found[0].message;
    assert.match(first, /: resolutions 2001 \(2016\), 2002\(2016\), .*…\.$/);
    const middle = found[75].message;
    assert.match(middle, /: ….*, 2076 \(2016\), .*…\.$/);
    assert.ok(middle.length < 250, middle);
    assert.match(found.at(-1)!.message, /: ….*, 2150 \(2016\)\.$/);
    assert.equal(applyFix(text, found[75]), text.replace('2076(2016)', '2076 (2016)'));
  });

  it('accepts a list continued by a second citation, as S/RES/2446 writes it', () => {
    assert.deepEqual(diagnose('第2121(2013)、2127(2013)号决议及第2272(2016)号决议', RULE), []);
  });

  it('puts a space between number and year in English', () => {
    assert.equal(fixed('Reaffirming resolution 2341(2017),'), 'Reaffirming resolution 2341 (2017),');
    assert.equal(fixed('resolution 2341 （2017）'), 'resolution 2341 (2017)');
  });

  it('accepts the forms of official texts: spaces, line breaks, symbols without a space', () => {
    assert.deepEqual(diagnose('第 1535(2004)号决议、S/RES/2341(2017)、第1373号决议', RULE), []);
    assert.deepEqual(diagnose(fixture('corpus-003.txt'), RULE), []);
    assert.deepEqual(diagnose(fixture('corpus-004.txt'), RULE), []);
  });

  it('reads items a web copy ran together, as information, and mends them without touching the rest', () => {
    const found = diagnose('第2161(2014)2170(2014)2178(2014)号决议', RULE);
    assert.deepEqual(found.map(d => [d.severity, d.covered]), [[3, '2170(2014)'], [3, '2178(2014)']]);
    assert.equal(applyFix(applyFix('第2161(2014)2170(2014)2178(2014)号决议', found[1]), found[0]), '第2161(2014)、2170(2014)和2178(2014)号决议');
  });

  it('never deletes the line breaks of a PDF extraction when it mends a citation', () => {
    assert.equal(fixed('重申第2341号\n\n(2017)决议，'), '重申第2341\n\n(2017)号决议，');
    assert.equal(fixed('第2341(2017)\n\n17-23064 (C)\n\n决议'), '第2341(2017)号\n\n17-23064 (C)\n\n决议');
  });

  it('quotes an English citation broken over lines with single spaces', () => {
    assert.match(diagnose('Recalling resolution\n   2341(2017),', RULE, 'en')[0].message, /: resolution 2341 \(2017\)\.$/);
  });
});
