import { describe, expect, it } from 'vitest';
import { only } from './scanned.js';

type Case = [text: string, span: string, qualifier: string | null, low: number | null, high: number | null];

describe('qualifiers before and after a figure', () => {
  const cases: Case[] = [
    ['The quake killed about 300 people.', '300 people', 'about', 270, 330],
    ['Around $2 billion was wiped off.', '$2 billion', 'about', 1.8e9, 2.2e9],
    ['Approximately 40% of voters abstained.', '40%', 'about', 36, 44],
    ['Roughly 1,000 homes flooded.', '1,000 homes', 'about', 900, 1100],
    ['Some 5,000 troops were deployed.', '5,000 troops', 'about', 4500, 5500],
    ['An estimated 12,000 people fled.', '12,000 people', 'about', 10800, 13200],
    ['The sale of drones for nearly $4 billion was approved.', '$4 billion', 'nearly', 3.6e9, 4e9],
    ['Almost 90% of flights were cancelled.', '90%', 'nearly', 81, 90],
    ['Close to 700 jobs will go.', '700 jobs', 'nearly', 630, 700],
    ['The fund raised just under $10m.', '$10m', 'nearly', 9e6, 1e7],
    ['The firm supplied at least $4.9 million worth of goods.', '$4.9 million', 'at-least', 4.9e6, null],
    ['No less than 20 ministers resigned.', '20 ministers', 'at-least', 20, null],
    ['Police expect 100 people or more.', '100 people', 'at-least', 100, null],
    ['More than 1,100 were injured.', '1,100', 'more-than', 1100, null],
    ['Over $60 million was spent.', '$60 million', 'more-than', 6e7, null],
    ['Shares rose above 5%.', '5%', 'more-than', 5, null],
    ['Exports exceeded $60 million in April.', '$60 million', 'more-than', 6e7, null],
    ['Exports exceeded 60 million dollars.', '60 million dollars', 'more-than', 6e7, null],
    ['Sales surpassed $1 billion.', '$1 billion', 'more-than', 1e9, null],
    ['Revenue topped £500m.', '£500m', 'more-than', 5e8, null],
    ['Upwards of 2,000 guests attended.', '2,000 guests', 'more-than', 2000, null],
    ['A 50,000-plus crowd gathered.', '50,000-plus', 'more-than', 50000, null],
    ['They hired 500+ engineers.', '500+ engineers', 'more-than', 500, null],
    ['The cap is at most 3%.', '3%', 'at-most', 0, 3],
    ['No more than 10 people may gather.', '10 people', 'at-most', 0, 10],
    ['Less than 5% of claims succeed.', '5%', 'less-than', 0, 5],
    ['Under 200 seats remain.', '200 seats', 'less-than', 0, 200],
    ['Fewer than 30 cases were reported.', '30 cases', 'less-than', 0, 30],
    ['Fines of up to €20 million apply.', '€20 million', 'up-to', 0, 2e7],
    ['Exports reached as much as 95 million dollars.', '95 million dollars', 'up-to', 0, 9.5e7],
    ['As many as 40 vessels were seized.', '40 vessels', 'up-to', 0, 40],
    ['The toll stood at 275 deaths.', '275 deaths', null, 275, 275],
  ];
  it.each(cases)('%s → %s', (text, span, qualifier, low, high) => {
    expect(only(text, span)).toMatchObject({ qualifier, low, high });
  });
});

describe('ranges are one figure', () => {
  it.each([
    ['Trade was previously between $12 billion and $14 billion.', 'between', '$12 billion and $14 billion', 13e9, 12e9, 14e9, 'USD'],
    ['Analysts expect $12–14 billion in bids.', '', '$12–14 billion', 13e9, 12e9, 14e9, 'USD'],
    ['Analysts expect $12-14 billion in bids.', '', '$12-14 billion', 13e9, 12e9, 14e9, 'USD'],
    ['Analysts expect $12 to 14 billion in bids.', '', '$12 to 14 billion', 13e9, 12e9, 14e9, 'USD'],
    ['Prices rose 12-14% in a month.', '', '12-14%', 13, 12, 14, 'percent'],
    ['The work takes 5 to 7 days.', '', '5 to 7 days', 6, 5, 7, 'day'],
    ['Bids of $12bn-$14bn are expected.', '', '$12bn-$14bn', 13e9, 12e9, 14e9, 'USD'],
    ['Shares traded at $12-$14.', '', '$12-$14', 13, 12, 14, 'USD'],
    ['Between 5 and 10 million people were affected.', 'Between', '5 and 10 million people', 7.5e6, 5e6, 1e7, 'people'],
    ['Fines of Rs 5–10 crore were levied.', '', 'Rs 5–10 crore', 7.5e7, 5e7, 1e8, 'INR'],
  ] as const)('%s', (text, _between, span, value, low, high, unit) => {
    expect(only(text, span)).toMatchObject({ qualifier: 'range', value, low, high, unit });
  });

  it('does not join a change "by X to Y" or units that differ', () => {
    const text = 'The bank raised rates by 0.25 percentage points to 5.25%.';
    expect(only(text, '0.25 percentage points').qualifier).toBeNull();
    expect(only(text, '5.25%').qualifier).toBeNull();
  });

  it('does not join a level to a change', () => {
    const text = 'The index rose 1.2% to 4,783.45 points.';
    expect(only(text, '1.2%').qualifier).toBeNull();
    expect(only(text, '4,783.45 points').kind).toBe('count');
  });

  it('reads "over five years" as a span of time, not a lower bound', () => {
    expect(only('The project will create 5,000 jobs over five years.', 'five years').qualifier).toBeNull();
    expect(only('He was jailed for more than five years.', 'five years').qualifier).toBe('more-than');
  });

  it('does not join a change "from X to Y"', () => {
    const text = 'Trade can increase from the present $50 billion to $100 billion.';
    expect(only(text, '$50 billion').qualifier).toBeNull();
    expect(only(text, '$100 billion').qualifier).toBeNull();
  });
});
