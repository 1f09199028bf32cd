// Newsroom sentences from several beats, each figure's whole context at once: period, measure, modality,
// attribution, lead entity. The per-behaviour tables live in the other files of this folder.
import { describe, expect, test } from 'vitest';
import { createPeriodResolver } from '../../src/extract/periods.js';
import type { ClaimKind } from '../../src/extract/schema.js';
import { createDescriber } from '../../src/extract/subjects.js';
import { figureAt, sentenceOf } from './helpers.js';

interface Case {
  text: string;
  figure: string;
  kind: ClaimKind;
  period: string | null;
  measure: string | null;
  modality: 'reported' | 'projected';
  attribution: string | null;
  entity?: string;
}

const PUBLISHED = '2024-05-10';

const cases: Case[] = [
  { text: 'The death toll from the train crash rose to 288 on Saturday, Chief Secretary Pradeep Jena said.', figure: '288', kind: 'count', period: '2024-05-04', measure: 'deaths', modality: 'reported', attribution: 'Pradeep Jena', entity: 'Pradeep Jena' },
  { text: 'Railway Minister Ashwini Vaishnaw said on Sunday that 275 people had died, revising the earlier figure of 288.', figure: '288', kind: 'count', period: null, measure: 'deaths', modality: 'reported', attribution: 'Ashwini Vaishnaw' },
  { text: 'At least 41 people were killed and 200 injured when an earthquake struck eastern Afghanistan on Tuesday, the Taliban government said.', figure: '200', kind: 'count', period: '2024-05-07', measure: 'injured', modality: 'reported', attribution: 'Taliban government', entity: 'Afghanistan' },
  { text: 'Gaza’s health ministry says more than 34,000 Palestinians have been killed since October 7.', figure: '34,000', kind: 'count', period: 'since 2023-10-07', measure: 'deaths', modality: 'reported', attribution: 'Gaza health ministry' },
  { text: 'The European Commission fined Google €4.34 billion in July 2018 for abusing the dominance of Android.', figure: '€4.34 billion', kind: 'money', period: 'July 2018', measure: 'fine', modality: 'reported', attribution: null, entity: 'Google' },
  { text: 'Zepto raised $665 million in a Series F round at a valuation of $3.6 billion, the company said on Friday.', figure: '$3.6 billion', kind: 'money', period: null, measure: 'valuation-post', modality: 'reported', attribution: null, entity: 'Zepto' },
  { text: 'Finance Minister Nirmala Sitharaman allocated Rs 6.21 lakh crore to the defence ministry for 2024-25.', figure: 'Rs 6.21 lakh crore', kind: 'money', period: 'FY2024-25', measure: 'budget', modality: 'reported', attribution: null, entity: 'Nirmala Sitharaman' },
  { text: 'Reliance Industries reported a net profit of Rs 17,265 crore for the quarter ended December 31, 2023.', figure: 'Rs 17,265 crore', kind: 'money', period: 'Q4 2023', measure: 'profit', modality: 'reported', attribution: 'Reliance Industries' },
  { text: 'HSBC posted a pre-tax profit of $30.3 billion for 2023, up 78% from a year earlier.', figure: '$30.3 billion', kind: 'money', period: '2023', measure: 'profit', modality: 'reported', attribution: null, entity: 'HSBC' },
  { text: 'The UK Treasury froze assets worth £18 billion, according to the Office of Financial Sanctions Implementation.', figure: '£18 billion', kind: 'money', period: null, measure: 'assets', modality: 'reported', attribution: 'Office of Financial Sanctions Implementation' },
  { text: 'Byju’s was valued at $22 billion in 2022, people familiar with the matter told Reuters.', figure: '$22 billion', kind: 'money', period: '2022', measure: 'valuation-post', modality: 'reported', attribution: 'Reuters' },
  { text: 'Apple will invest more than $500 billion in the US over the next four years.', figure: '$500 billion', kind: 'money', period: null, measure: 'investment', modality: 'projected', attribution: null, entity: 'United States' },
  { text: 'Russia and India aim to lift bilateral trade to $100 billion by 2030, officials said.', figure: '$100 billion', kind: 'money', period: 'by 2030', measure: 'trade', modality: 'projected', attribution: 'officials' },
  { text: 'Revenue at Infosys grew 4.7% to Rs 1.54 lakh crore in FY24, the company said in a filing.', figure: 'Rs 1.54 lakh crore', kind: 'money', period: 'FY2023-24', measure: 'revenue', modality: 'reported', attribution: null, entity: 'Infosys' },
  { text: 'The Treasury sanctioned 300 entities last month, bringing the total since 2022 to more than 4,000.', figure: '300', kind: 'count', period: 'April 2024', measure: null, modality: 'reported', attribution: null },
];

describe('figure context across beats', () => {
  test.each(cases.map((c) => [c.figure, c] as const))('%s', (_name, c) => {
    const figure = figureAt(c.text, c.figure, c.kind, c.kind === 'count' ? 'people' : 'USD');
    const sentence = sentenceOf(c.text, figure);
    const period = createPeriodResolver(c.text, PUBLISHED)(sentence, figure);
    const d = createDescriber(c.text, { title: null, docAttribution: null, publishedYear: 2024 })(sentence, figure);
    expect({ period: period?.label ?? null, measure: d.subject.measure, modality: d.modality, attribution: d.attribution }).toEqual({
      period: c.period, measure: c.measure, modality: c.modality, attribution: c.attribution,
    });
    if (c.entity !== undefined) expect(d.subject.entities).toContain(c.entity);
  });
});
