import { describe, expect, it } from 'vitest';
import { scan } from './scanned.js';

describe('conversions written beside each other', () => {
  it.each([
    ['It planned to spend around 82 billion rupees (1 billion USD) on parts.', '82 billion rupees', '1 billion USD'],
    ['It could spend 82 billion rupees ($976,650) on components.', '82 billion rupees', '$976,650'],
    ['The bank set aside Rs 820 crore (about $100m) for losses.', 'Rs 820 crore', '$100m'],
    ['The EU fined it €3bn ($3.3bn) on Tuesday.', '€3bn', '$3.3bn'],
    ['The club was fined £10m, or about $12.5m, by the league.', '£10m', '$12.5m'],
    ['The grant of $5 million (Rs 41 crore) was approved.', '$5 million', 'Rs 41 crore'],
    ['The fund holds ¥500bn, equivalent to $3.4bn.', '¥500bn', '$3.4bn'],
    ['The fine was £10m, roughly $12.5m.', '£10m', '$12.5m'],
  ] as const)('%s', (text, first, second) => {
    const all = scan(text);
    const a = all.findIndex((f) => f.text === first);
    const b = all.findIndex((f) => f.text === second);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(all[b]?.restates).toBe(a);
    expect(all[a]?.restates).toBe(-1);
  });

  it.each([
    ['Trade rose from $50 billion to $100 billion.'],
    ['It paid $5 million and $6 million in two tranches.'],
    ['It paid $5 million (up 12%) in fees.'],
    ['Sales were €3bn in 2022 and $4bn in 2023.'],
  ])('does not link %s', (text) => {
    for (const f of scan(text)) expect(f.restates).toBe(-1);
  });
});
