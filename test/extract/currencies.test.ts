import { describe, expect, it } from 'vitest';
import { only } from './scanned.js';

// [text, span, ISO code, value]
const cases: [string, string, string, number][] = [
  ['The ministry paid $12 million.', '$12 million', 'USD', 12e6],
  ['It signed a US$5m contract.', 'US$5m', 'USD', 5e6],
  ['The miner lost A$3 billion.', 'A$3 billion', 'AUD', 3e9],
  ['Ottawa pledged C$2 million.', 'C$2 million', 'CAD', 2e6],
  ['The tycoon paid HK$10bn for the site.', 'HK$10bn', 'HKD', 1e10],
  ['A S$1m grant was offered.', 'S$1m', 'SGD', 1e6],
  ['Brussels fined the group €3bn.', '€3bn', 'EUR', 3e9],
  ['The club was fined £20 million.', '£20 million', 'GBP', 2e7],
  ['Farmers will receive ₹6,000 a year.', '₹6,000 a year', 'INR', 6000],
  ['The bank set aside Rs 820 crore.', 'Rs 820 crore', 'INR', 8.2e9],
  ['Exports reached Rs. 4,500 crore.', 'Rs. 4,500 crore', 'INR', 4.5e10],
  ['The state earned ₽100 billion from the sale.', '₽100 billion', 'RUB', 1e11],
  ['The yen-denominated bond raised ¥500 billion.', '¥500 billion', 'JPY', 5e11],
  ['The firm invested CN¥5bn in the plant.', 'CN¥5bn', 'CNY', 5e9],
  ['Beijing allotted 5 billion yuan to the project.', '5 billion yuan', 'CNY', 5e9],
  ['Losses totalled RMB 3bn.', 'RMB 3bn', 'CNY', 3e9],
  ['The fund was 20 billion renminbi.', '20 billion renminbi', 'CNY', 2e10],
  ['Samsung will invest ₩1 trillion.', '₩1 trillion', 'KRW', 1e12],
  ['Seoul earmarked 100 billion won.', '100 billion won', 'KRW', 1e11],
  ['The firm raised USD34.6 million.', 'USD34.6 million', 'USD', 34.6e6],
  ['It cost USD 5 million.', 'USD 5 million', 'USD', 5e6],
  ['The EU fined it EUR 2.4bn.', 'EUR 2.4bn', 'EUR', 2.4e9],
  ['Debts of GBP12m were written off.', 'GBP12m', 'GBP', 12e6],
  ['A CHF 400 million bond was sold.', 'CHF 400 million', 'CHF', 4e8],
  ['They paid 1 billion USD.', '1 billion USD', 'USD', 1e9],
  ['Exports exceeded 60 million dollars.', '60 million dollars', 'USD', 6e7],
  ['The aid was 5 million US dollars.', '5 million US dollars', 'USD', 5e6],
  ['The aid was 5 million U.S. dollars.', '5 million U.S. dollars', 'USD', 5e6],
  ['Reserves of 82 billion rupees piled up.', '82 billion rupees', 'INR', 8.2e10],
  ['The ruling cost 5 million roubles.', '5 million roubles', 'RUB', 5e6],
  ['The fine was 300,000 rubles.', '300,000 rubles', 'RUB', 3e5],
  ['Rome pledged 5 million euros.', '5 million euros', 'EUR', 5e6],
  ['The club earned 40 million pounds.', '40 million pounds', 'GBP', 4e7],
  ['The estate sold for 20 million pounds sterling.', '20 million pounds sterling', 'GBP', 2e7],
  ['Tokyo spent 2 trillion yen.', '2 trillion yen', 'JPY', 2e12],
  ['Geneva paid 5 million Swiss francs.', '5 million Swiss francs', 'CHF', 5e6],
  ['The deal was worth 10 billion dirhams.', '10 billion dirhams', 'AED', 1e10],
  ['Riyadh allotted 3 billion riyals.', '3 billion riyals', 'SAR', 3e9],
  ['They signed a billion-dollar deal.', 'a billion-dollar', 'USD', 1e9],
  ['He paid with a 500-rupee note.', '500-rupee', 'INR', 500],
  ['Trade exceeded \\$50 billion this year.', '\\$50 billion', 'USD', 5e10],
];

describe('currencies before and after the number', () => {
  it.each(cases)('%s → %s', (text, span, unit, value) => {
    expect(only(text, span)).toMatchObject({ kind: 'money', unit, value });
  });
});

describe('negative amounts', () => {
  it.each([
    ['The unit posted -$5 million in cash flow.', '-$5 million', -5e6],
    ['Net income was $-5m.', '$-5m', -5e6],
    ['Free cash flow was −$1.2bn.', '−$1.2bn', -1.2e9],
  ] as const)('%s', (text, span, value) => expect(only(text, span)).toMatchObject({ kind: 'money', value, low: value, high: value }));
});
