// The public exports of src/index.ts are a contract: changing them is a deliberate act.
import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'CheckOutputSchema', 'ClaimSchema', 'DocumentSchema', 'ExtractOutputSchema', 'FORMAT_NAMES', 'FindingSchema',
    'SummarySchema', 'check', 'compareClaims', 'describeDiagnosis', 'describeFinding', 'extract', 'extractClaims',
    'jsonSchemaOf', 'loadSources', 'main', 'reporters',
  ]);
});
