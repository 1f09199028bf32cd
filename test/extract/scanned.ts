// Test helper for the scanner: scan a text and attach each figure's span text, so tables can say what was read.
import type { Figure } from '../../src/extract/figure.js';
import { scanFigures } from '../../src/extract/scan.js';

export type Found = Figure & { text: string };

export function scan(text: string): Found[] {
  return scanFigures(text).map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
}

/** The one figure whose span is `span`; fails loudly with everything found otherwise. */
export function only(text: string, span: string): Found {
  const all = scan(text);
  const hit = all.filter((f) => f.text === span);
  if (hit.length !== 1) throw new Error(`expected one figure "${span}" in "${text}", found ${JSON.stringify(all.map((f) => f.text))}`);
  return hit[0]!;
}
