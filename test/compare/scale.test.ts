import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../src/compare/index.js';
import type { Claim } from '../../src/extract/schema.js';
import { makeClaim, makeDocuments } from './helpers.js';

/** A deterministic pseudo-random corpus: Zipf-like entities and terms, stories repeated across a few outlets. */
function syntheticCorpus(documents: number, perDocument: number): { claims: Claim[]; ids: string[] } {
  let seed = 42;
  const rand = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const zipf = (n: number): number => Math.floor(Math.pow(n, rand()));
  const measures = ['deaths', 'injured', 'fine', 'exports', 'valuation-post', 'funding-round', 'budget', null];
  const claims: Claim[] = [];
  const ids: string[] = [];
  for (let d = 0; d < documents; d++) {
    const document = `doc-${d}.txt`;
    ids.push(document);
    // Each story is covered by about three outlets: documents d, d+1, d+2 share its facts.
    const story = Math.floor(d / 3);
    for (let k = 0; k < perDocument; k++) {
      const fact = story * perDocument + k;
      const value = (1 + (fact % 97)) * 1e6 * (rand() < 0.05 ? 1000 : 1);
      claims.push(
        makeClaim({
          id: `${document}#${k}`,
          document,
          start: k * 100,
          text: `$${value}`,
          value,
          precision: 1e6,
          period: rand() < 0.7 ? String(2000 + (fact % 25)) : null,
          subject: {
            entities: [`Entity ${fact}`, `Country ${zipf(200)}`, `Org ${zipf(5000)}`],
            terms: [`term${zipf(20000)}`, `term${zipf(20000)}`, `word${fact % 1000}`, 'said', 'year'],
            measure: measures[fact % measures.length] ?? null,
          },
        }),
      );
    }
  }
  return { claims, ids };
}

describe('scale', () => {
  // Candidates come from an index, so time grows linearly with the corpus; all-pairs over 150,000
  // claims would be 11 billion comparisons. The bound is loose for shared, loaded CI machines.
  it('compares 150,000 claims without quadratic work', () => {
    const { claims, ids } = syntheticCorpus(5_000, 30);
    const started = performance.now();
    const result = compareClaims(claims, makeDocuments(...ids), {});
    const elapsed = performance.now() - started;
    expect(result.summary.claims).toBe(150_000);
    expect(result.summary.compared).toBeGreaterThan(140_000);
    expect(result.findings.filter((f) => f.code === 'scale-slip').length).toBeGreaterThan(500);
    expect(elapsed).toBeLessThan(45_000);
  }, 120_000);
});
