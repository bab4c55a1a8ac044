// The property of the core, shared by the bounded run in `npm test` and the long run of `npm run fuzz`.
import fc from 'fast-check';
import { createResolutionService } from '../../server/src/core';
import { draft } from './drafts';
import { checkService, type Probes } from './exercise';

export const service = createResolutionService();

export const probes: fc.Arbitrary<Probes> = fc.record({
  cursors: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
  raw: fc.array(fc.record({ line: fc.integer({ min: -2, max: 400 }), character: fc.integer({ min: -2, max: 5000 }) }), { maxLength: 2 }),
});

/** Never throws, ranges inside the document on UTF-16 boundaries, deterministic: on mutated drafts. */
export const coreProperty = fc.property(draft, probes, (text, p) => checkService(service, text, p));
