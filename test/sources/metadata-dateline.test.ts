import { describe, expect, it } from 'vitest';
import { inferPublished } from '../../src/sources/metadata.js';

describe('publication date from a dateline', () => {
  it.each([
    ['Train crash toll rises\n\nBHUBANESWAR, June 4, 2023 — At least 288 people died when two passenger trains and a goods train collided near Balasore on Friday evening, officials said on Sunday.', '2023-06-04'],
    ['LONDON, 4 June 2023 - The regulator fined the bank £12.5 million on Tuesday for failures in its anti-money-laundering controls, the second such penalty this year.', '2023-06-04'],
    ['NEW DELHI (Reuters), March 3, 2024 – India raised its defence budget to ₹6.2 lakh crore for the year to March 2025, the finance minister said in parliament.', '2024-03-03'],
  ])('%#', (text, date) => {
    expect(inferPublished(text)).toBe(date);
  });

  it('takes no date from a long lead that only mentions one', () => {
    expect(inferPublished('The company said on Monday that revenue for the year to December 31, 2023 rose 12 percent to $4.2 billion, beating analysts’ forecasts for the third straight quarter.')).toBeNull();
  });
});
