// Rule levels given per request (a draft's configuration): off rules do not run, a level replaces
// all of a rule's severities.
import { strict as assert } from 'node:assert';
import { diagnose } from '../../server/src/core/features/diagnostics';
import type { Rule } from '../../server/src/core/rules/rule';
import { service } from '../helpers';

const DRAFT = '安全理事会，\n\n回顾第2195(2015)号决议和第2820(2026)号决议以及第2999(2035)号决议，\n';

describe('rule levels per request', () => {
  it('a rule that is off does not run at all', () => {
    let calls = 0;
    const counted: Rule = { id: 'counted', defaultSeverity: 'warning', description: 'counts its calls', check: () => { calls++; return []; } };
    const throwing: Rule = { id: 'throwing', defaultSeverity: 'error', description: 'must not run', check: () => { throw new Error('an off rule ran'); } };
    const document = service.parse(DRAFT);
    const context = { record: service.record, messageLanguage: 'en' as const };
    assert.deepEqual(diagnose(document, [counted, throwing], context, { levels: { throwing: 'off' } }), []);
    assert.equal(calls, 1);
    diagnose(document, [counted, throwing], context, { levels: { counted: 'off', throwing: 'off' } });
    assert.equal(calls, 1);
    assert.throws(() => diagnose(document, [counted, throwing], context, {}), /an off rule ran/);
  });

  it('off silences the rule through the service; other rules are untouched', () => {
    const all = service.getDiagnostics(service.parse(DRAFT))!.map(d => d.code);
    assert.ok(all.includes('citation-year-mismatch') && all.includes('citation-unknown'), all.join());
    const off = service.getDiagnostics(service.parse(DRAFT), { rules: { 'citation-year-mismatch': 'off' } })!.map(d => d.code);
    assert.deepEqual(off, all.filter(code => code !== 'citation-year-mismatch'));
  });

  it('a level replaces the severity of citation-unknown (information, for a number in a gap of the data and one past its end)', () => {
    const unknown = (rules?: Record<string, 'error' | 'hint'>) =>
      service.getDiagnostics(service.parse(DRAFT), { rules })!.filter(d => d.code === 'citation-unknown').map(d => d.severity);
    assert.deepEqual(unknown(), [3, 3]);
    assert.deepEqual(unknown({ 'citation-unknown': 'error' }), [1, 1]);
    assert.deepEqual(unknown({ 'citation-unknown': 'hint' }), [4, 4]);
  });
});
