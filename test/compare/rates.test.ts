import { describe, expect, it } from 'vitest';
import { makeRates, parseRateOverrides } from '../../src/compare/rates.js';
import { tableCurrencies, tableRate } from '../../src/compare/rates-data.js';

describe('exchange rates', () => {
  it('cover the major currencies for every year 2000–2025', () => {
    for (const c of ['EUR', 'GBP', 'JPY', 'CNY', 'INR', 'RUB', 'CHF', 'CAD', 'AUD', 'KRW', 'BRL', 'MXN', 'ZAR', 'TRY', 'SAR', 'AED', 'PKR', 'BDT', 'NGN', 'UAH', 'SGD', 'HKD', 'SEK', 'NOK']) {
      expect(tableCurrencies()).toContain(c);
      for (let y = 2000; y <= 2025; y++) expect(tableRate(c, y)).toBeGreaterThan(0);
    }
  });

  it('hold known annual averages to a few percent', () => {
    const known: Array<[string, number, number]> = [
      ['INR', 2022, 78.6], ['EUR', 2023, 0.925], ['GBP', 2016, 0.741], ['JPY', 2013, 97.6], ['RUB', 2015, 60.9],
      ['TRY', 2023, 23.7], ['CNY', 2004, 8.28], ['SAR', 2010, 3.75], ['NGN', 2024, 1480],
    ];
    for (const [c, y, v] of known) expect(Math.abs((tableRate(c, y) as number) / v - 1)).toBeLessThan(0.03);
    expect(tableRate('DKK', 2023)).toBeCloseTo(0.9248 * 7.46, 2);
  });

  it('fall back to the nearest year, and prefer the user overrides', () => {
    const rates = makeRates({ INR: { '2022': 80 }, XOF: { '2019': 585, '2021': 554 } });
    expect(rates.rate('INR', 2022)).toEqual({ unitsPerUSD: 80, year: 2022 });
    expect(rates.rate('INR', 2023)).toEqual({ unitsPerUSD: 82.6, year: 2023 });
    expect(rates.rate('INR', 1995)?.year).toBe(2000);
    expect(rates.rate('INR', 2031)?.year).toBe(2025);
    expect(rates.rate('XOF', 2020)).toEqual({ unitsPerUSD: 585, year: 2019 });
    expect(rates.rate('USD', 1990)).toEqual({ unitsPerUSD: 1, year: 1990 });
    expect(rates.rate('XZK', 2020)).toBeNull();
  });

  it('validate overrides as data, with problems instead of exceptions', () => {
    expect(parseRateOverrides({ EUR: { '2024': 0.92 } })).toEqual({ value: { EUR: { '2024': 0.92 } }, problems: [] });
    const bad = parseRateOverrides({ euro: { '2024': -1 } });
    expect(bad.value).toBeNull();
    expect(bad.problems.length).toBeGreaterThan(0);
    expect(parseRateOverrides([]).value).toBeNull();
  });
});
