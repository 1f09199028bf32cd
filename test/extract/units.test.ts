import { describe, expect, it } from 'vitest';
import { only } from './scanned.js';

type Case = [text: string, span: string, expected: Record<string, unknown>];

describe('counts of things', () => {
  const cases: Case[] = [
    ['The US approved the sale of 31 MQ-9B SkyGuardian strike drones.', '31 MQ-9B SkyGuardian strike drones', { kind: 'count', value: 31, unit: 'drones' }],
    ['At least 288 people died in the crash.', '288 people', { value: 288, unit: 'people', qualifier: 'at-least' }],
    ['Officials said 1,100 injured were in hospital.', '1,100 injured', { unit: 'injured' }],
    ['Rescuers found 12 dead and 40 missing.', '12 dead', { unit: 'dead' }],
    ['The death toll rose to 275 on Sunday.', '275', { kind: 'count', unit: 'deaths', value: 275 }],
    ['It brought a death toll of 275.', '275', { unit: 'deaths' }],
    ['The plan consisted of five stages.', 'five stages', { unit: 'stages', value: 5 }],
    ['Articles can be read in 51 languages.', '51 languages', { unit: 'languages' }],
    ['Israel said 3,000 children were evacuated.', '3,000 children', { unit: 'children' }],
    ['The army deployed 2,500 new armoured vehicles.', '2,500 new armoured vehicles', { unit: 'vehicles' }],
    ['Voters elected 543 members.', '543 members', { unit: 'members' }],
    ['Of the 40, most were civilians.', '40', { unit: 'count' }],
  ];
  it.each(cases)('%s → %s', (text, span, expected) => expect(only(text, span)).toMatchObject(expected));
});

describe('quantities', () => {
  const q = (value: number, unit: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ kind: 'quantity', value, unit, ...extra });
  const cases: Case[] = [
    ['The sides signed a two-year deal.', 'two-year', q(2, 'year')],
    ['The loan runs for 2.5 years.', '2.5 years', q(2.5, 'year')],
    ['He began a five-day visit on Monday.', 'five-day', q(5, 'day')],
    ['Talks lasted 18 months.', '18 months', q(18, 'month')],
    ['The strike lasted three weeks.', 'three weeks', q(3, 'week')],
    ['Crews worked 36 hours straight.', '36 hours', q(36, 'hour')],
    ['A 10-year bond was issued.', '10-year', q(10, 'year')],
    ['The pipeline runs 1,200 km.', '1,200 km', q(1200, 'km')],
    ['The drone carried 50 kg of explosives.', '50 kg', q(50, 'kg')],
    ['Exports reached 2 million tonnes.', '2 million tonnes', q(2e6, 't', { scale: 'million' })],
    ['The plant will produce 500 MW.', '500 MW', q(500, 'MW')],
    ['A 2.4 GW wind farm was approved.', '2.4 GW', q(2.4, 'GW')],
    ['Output rose to 9.5 million barrels per day.', '9.5 million barrels per day', q(9.5e6, 'bbl', { per: 'day' })],
    ['Saudi output hit 10 million bpd.', '10 million bpd', q(1e7, 'bbl', { per: 'day' })],
    ['Fires burned 4,000 sq km of forest.', '4,000 sq km', q(4000, 'km2')],
    ['The tank holds 20,000 litres.', '20,000 litres', q(20000, 'L')],
    ['The city spans 1,500 hectares.', '1,500 hectares', q(1500, 'ha')],
    ['A 6.8-magnitude quake struck.', '6.8-magnitude', q(6.8, 'magnitude')],
  ];
  it.each(cases)('%s → %s', (text, span, expected) => expect(only(text, span)).toMatchObject(expected));
});

describe('rates', () => {
  const cases: Case[] = [
    ['The contract pays $75m a year.', '$75m a year', { per: 'year', value: 75e6 }],
    ['Fees rise to $40 per year.', '$40 per year', { per: 'year' }],
    ['The bonds pay 7% per annum.', '7% per annum', { per: 'year', kind: 'percent' }],
    ['The state spends £2bn annually.', '£2bn annually', { per: 'year' }],
    ['Rent is ₹25,000 a month.', '₹25,000 a month', { per: 'month' }],
    ['The mine produces 300 tonnes per day.', '300 tonnes per day', { per: 'day', unit: 't' }],
    ['The service costs $15/yr.', '$15/yr', { per: 'year' }],
    ['Workers earn $20 an hour.', '$20 an hour', { per: 'hour' }],
    ['It promised a ₹500-a-month pension.', '₹500-a-month', { per: 'month', unit: 'INR' }],
    ['The factory makes 30 drones a week.', '30 drones a week', { per: 'week', unit: 'drones' }],
  ];
  it.each(cases)('%s → %s', (text, span, expected) => expect(only(text, span)).toMatchObject(expected));

  it('does not read "a year ago" as a rate', () => {
    expect(only('Sales were $5m a year ago.', '$5m').per).toBeNull();
  });
});
