import { describe, expect, it } from 'vitest';
import { only } from './scanned.js';

type Case = [text: string, span: string, expected: Record<string, unknown>];

const money = (value: number, unit: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ kind: 'money', value, unit, ...extra });

describe('digits, separators and scales', () => {
  const cases: Case[] = [
    ['The deal was worth $976,650 in total.', '$976,650', money(976650, 'USD', { precision: 1, scale: null })],
    ['The scheme cost ₹8,20,00,000 last year.', '₹8,20,00,000', money(82000000, 'INR')],
    ['Officials counted 8,20,00,000 voters.', '8,20,00,000 voters', { kind: 'count', value: 82000000, unit: 'voters' }],
    ['The firm reported $4.9 million in sales.', '$4.9 million', money(4900000, 'USD', { scale: 'million', precision: 100000 })],
    ['It could spend 82 billion rupees on parts.', '82 billion rupees', money(82e9, 'INR', { scale: 'billion', precision: 1e9 })],
    ['Revenue reached $4.9bn.', '$4.9bn', money(4.9e9, 'USD', { scale: 'bn', precision: 1e8 })],
    ['The startup raised $75m from investors.', '$75m', money(75e6, 'USD', { scale: 'm' })],
    ['Debt stood at £1.2tn.', '£1.2tn', money(1.2e12, 'GBP', { scale: 'tn' })],
    ['A grant of $50K was approved.', '$50K', money(50000, 'USD', { scale: 'K' })],
    ['The fund holds $3B in assets.', '$3B', money(3e9, 'USD', { scale: 'B' })],
    ['Losses hit $2.5 mn this quarter.', '$2.5 mn', money(2.5e6, 'USD', { scale: 'mn' })],
    ['A $3 mln fine was imposed.', '$3 mln', money(3e6, 'USD', { scale: 'mln' })],
    ['Reserves of $40 bln were frozen.', '$40 bln', money(40e9, 'USD', { scale: 'bln' })],
    ['Output was valued at $1.1 trn.', '$1.1 trn', money(1.1e12, 'USD', { scale: 'trn' })],
    ['The city has 1.5 million residents.', '1.5 million residents', { kind: 'count', value: 1.5e6, unit: 'residents', scale: 'million' }],
    ['Sales rose to 12.75 thousand units.', '12.75 thousand units', { value: 12750, precision: 10 }],
    ['Ottawa announced a $5-million grant.', '$5-million', money(5e6, 'USD', { scale: 'million' })],
    ['It is a Rs 5,000-crore project.', 'Rs 5,000-crore', money(5e10, 'INR', { scale: 'crore' })],
  ];
  it.each(cases)('%s → %s', (text, span, expected) => expect(only(text, span)).toMatchObject(expected));
});

describe('Indian lakh and crore', () => {
  const cases: Case[] = [
    ['The court imposed a fine of Rs 5 crore on the company.', 'Rs 5 crore', money(5e7, 'INR', { scale: 'crore', precision: 1e7 })],
    ['Each family will get ₹1.5 lakh as compensation.', '₹1.5 lakh', money(150000, 'INR', { scale: 'lakh', precision: 10000 })],
    ['The budget sets aside 2 lakh crore rupees for defence.', '2 lakh crore rupees', money(2e12, 'INR', { scale: 'lakh crore' })],
    ['A Rs 10 thousand crore package was announced.', 'Rs 10 thousand crore', money(1e11, 'INR', { scale: 'thousand crore' })],
    ['The refinery deal, worth Rs.500 crore, was signed.', 'Rs.500 crore', money(5e9, 'INR')],
    ['The state sought INR 1,200 crore in aid.', 'INR 1,200 crore', money(1.2e10, 'INR')],
    ['Ticket sales crossed 3 lakh.', '3 lakh', { kind: 'count', value: 300000 }],
  ];
  it.each(cases)('%s → %s', (text, span, expected) => expect(only(text, span)).toMatchObject(expected));
});

describe('number words', () => {
  const cases: Case[] = [
    ['Police said eighty-two people were detained.', 'eighty-two people', { kind: 'count', value: 82, unit: 'people' }],
    ['The city plans to plant a million trees.', 'a million trees', { value: 1e6, scale: 'million', unit: 'trees' }],
    ['The overhaul will cost half a billion dollars.', 'half a billion dollars', money(5e8, 'USD', { scale: 'billion' })],
    ['A dozen protesters were arrested.', 'A dozen protesters', { value: 12, unit: 'protesters' }],
    ['About two hundred workers went on strike.', 'two hundred workers', { value: 200, qualifier: 'about' }],
    ['Two hundred and fifty homes were destroyed.', 'Two hundred and fifty homes', { value: 250, unit: 'homes' }],
    ['One million doses arrived on Monday.', 'One million doses', { value: 1e6, unit: 'doses' }],
    ['The plan has five stages.', 'five stages', { kind: 'count', value: 5, unit: 'stages' }],
    ['Twenty five lawmakers abstained.', 'Twenty five lawmakers', { value: 25 }],
    ['The court granted a one-year extension.', 'one-year', { kind: 'quantity', value: 1, unit: 'year' }],
    ['One percent of households own the land.', 'One percent', { kind: 'percent', value: 1 }],
  ];
  it.each(cases)('%s → %s', (text, span, expected) => expect(only(text, span)).toMatchObject(expected));
});

describe('fractions and multipliers', () => {
  const ratio = (value: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ kind: 'ratio', unit: 'ratio', value, ...extra });
  const cases: Case[] = [
    ['The country receives about one-fifth of its chips this way.', 'one-fifth', ratio(0.2, { precision: 0, qualifier: 'about' })],
    ['Approximately one fifth of the budget goes to defence.', 'one fifth', ratio(0.2)],
    ['A third of the staff were laid off.', 'A third', ratio(1 / 3)],
    ['Two-thirds of voters backed the plan.', 'Two-thirds', ratio(2 / 3)],
    ['Three quarters of the homes lost power.', 'Three quarters', ratio(0.75)],
    ['Nearly half of the hospitals were damaged.', 'half', ratio(0.5, { qualifier: 'nearly' })],
    ['Exports were twice as high as last year.', 'twice', ratio(2)],
    ['The company doubled its workforce.', 'doubled', ratio(2)],
    ['Trade is almost doubling to $65 billion.', 'doubling', ratio(2, { qualifier: 'nearly', low: 1.8, high: 2 })],
    ['Prices have tripled since the war began.', 'tripled', ratio(3)],
    ['Sales were three times higher.', 'three times', ratio(3)],
    ['Imports rose threefold.', 'threefold', ratio(3)],
    ['Costs rose 2.5 times.', '2.5 times', ratio(2.5)],
    ['Its valuation jumped 10-fold.', '10-fold', ratio(10)],
    ['One in five adults smoke.', 'One in five', ratio(0.2)],
    ['A study found that 1 in 3 women experience violence.', '1 in 3', ratio(1 / 3)],
    ['The condition affects 1 in 10,000 births.', '1 in 10,000', ratio(1 / 10000)],
    ['Sales fell by a third to 3.2 million units.', 'a third', ratio(1 / 3)],
  ];
  it.each(cases)('%s → %s', (text, span, expected) => expect(only(text, span)).toMatchObject(expected));
});

describe('percentages and percentage points', () => {
  const cases: Case[] = [
    ['Inflation rose 12% in March.', '12%', { kind: 'percent', value: 12, unit: 'percent' }],
    ['Turnout was 67.4 percent.', '67.4 percent', { kind: 'percent', value: 67.4, precision: 0.1 }],
    ['Unemployment fell to 4 per cent.', '4 per cent', { kind: 'percent', value: 4 }],
    ['The rate rose 3 percentage points.', '3 percentage points', { kind: 'percent', unit: 'percentage-point', value: 3 }],
    ['A 0.25 percentage-point cut followed.', '0.25 percentage-point', { unit: 'percentage-point', value: 0.25 }],
    ['GDP shrank −5% last year.', '−5%', { kind: 'percent', value: -5 }],
    ['Margins slipped -2.5 percent.', '-2.5 percent', { value: -2.5 }],
    ['Support stood at twelve percent.', 'twelve percent', { kind: 'percent', value: 12 }],
    ['Shares rose 12pc on Friday.', '12pc', { kind: 'percent', value: 12 }],
  ];
  it.each(cases)('%s → %s', (text, span, expected) => expect(only(text, span)).toMatchObject(expected));
});
