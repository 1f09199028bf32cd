import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import type { ClaimKind } from '../../src/extract/schema.js';
import { createDescriber, DEFAULT_ALIASES, describeFigure, documentAttribution, type DocumentContext } from '../../src/extract/subjects.js';
import { figureAt, sentenceOf } from './helpers.js';

const plain: DocumentContext = { title: null, docAttribution: null };

function describe1(text: string, needle: string, doc: DocumentContext = plain, kind: ClaimKind = 'money', occurrence = 0) {
  const figure = figureAt(text, needle, kind, kind === 'count' ? 'people' : 'USD', occurrence);
  return describeFigure(text, sentenceOf(text, figure), figure, doc);
}

describe('entities', () => {
  test.each([
    ['company names, nearest first', 'An Indian company named Innovio Ventures reportedly supplied $4.9 million worth of electronics to Russia.', '$4.9 million', ['Innovio Ventures', 'Russia']],
    ['a ministry keeps its "of … and …"', 'The Russian Ministry of Industry and Trade planned to spend 82 billion rupees.', '82 billion rupees', ['Russian Ministry of Industry and Trade']],
    ['"and" inside a ministry name', 'Ved MMKP reported to Russia’s Industry and Trade Ministry that it could spend 82 billion rupees.', '82 billion rupees', ['Industry and Trade Ministry']],
    ['acronyms, with outlet aliases', 'According to the FT, the EAEU paid $3m.', '$3m', ['EAEU', 'Financial Times']],
    ['possessive stripped', 'Russia’s imports from India reached $1bn.', '$1bn', ['India', 'Russia']],
    ['a sentence opener before a name the text also writes alone', 'Norway’s Halvorsen Marine beats forecasts.\n\nShipbuilder Halvorsen Marine said revenue was $3.2 million.', '$3.2 million', ['Halvorsen Marine']],
    ['a nationality word comes after names', 'Indian authorities said the Coromandel Express carried cargo worth $3m.', '$3m', ['Coromandel Express', 'Indian']],
    ['sentence-initial ordinary word dropped', 'Additionally, Apple paid a $13bn tax bill to Ireland.', '$13bn', ['Apple', 'Ireland']],
    ['measure word opening a sentence is not a name', 'Trade between India and Russia exceeded $50 billion.', '$50 billion', ['Russia', 'India']],
    ['titles dropped before a name', 'Foreign Minister S. Jaishankar put trade at $65 billion.', '$65 billion', ['S. Jaishankar']],
    ['months and weekdays are not names', 'On Monday in July, Tesla reported revenue of $25bn.', '$25bn', ['Tesla']],
    ['country abbreviations', 'The U.S. fined Binance $4.3 billion.', '$4.3 billion', ['Binance', 'United States']],
    ['a dotted acronym starts a name', 'The U.S. Treasury fined Binance $4.3 billion.', '$4.3 billion', ['Binance', 'U.S. Treasury']],
  ])('%s', (_name, text, needle, expected) => {
    const { entities } = describe1(text, needle).subject;
    for (const e of expected) expect(entities).toContain(e);
    expect(entities.slice(0, expected.length).sort()).toEqual([...expected].sort());
    expect(entities.length).toBeLessThanOrEqual(5);
  });

  test('extra aliases from config win', () => {
    const aliases = new Map([...DEFAULT_ALIASES, ['ET', 'Economic Times']]);
    const text = 'ET reported that the startup raised $20m.';
    const figure = figureAt(text, '$20m');
    const d = describeFigure(text, sentenceOf(text, figure), figure, plain, aliases);
    expect(d.subject.entities).toContain('Economic Times');
    expect(d.attribution).toBe('Economic Times');
  });
});

describe('terms', () => {
  test('content words of the clause, lower-case lemmas, nearest first, a dozen at most', () => {
    const { terms } = describe1('Indian exports of sensitive electronics to Russia jumped to $95 million in July, customs filings showed.', '$95 million').subject;
    expect(terms.slice(0, 4)).toEqual(['jump', 'russia', 'electronic', 'sensitive']);
    expect(terms).toContain('export');
    expect(terms).not.toContain('to');
    expect(terms).not.toContain('july');
    expect(terms.length).toBeLessThanOrEqual(12);
  });
  test('plurals, -ed and -ing forms meet', () => {
    const a = describe1('Floods killed 40 villagers.', '40', plain, 'count').subject.terms;
    const b = describe1('The flood is killing 40 villagers.', '40', plain, 'count').subject.terms;
    expect(a).toEqual(expect.arrayContaining(['flood', 'kill', 'villager']));
    expect(b).toEqual(expect.arrayContaining(['flood', 'kill', 'villager']));
  });
});

describe('attribution', () => {
  test.each([
    ['according to an alias', 'At least one company received $568,000 in equipment, according to FT.', '$568,000', 'Financial Times'],
    ['X reported', 'The Financial Times reported Thursday that Russia spent $1bn.', '$1bn', 'Financial Times'],
    ['citing', 'Exports reached $60 million, the paper said, citing Reuters.', '$60 million', 'Reuters'],
    ['X notes at the end', 'In July, exports jumped to $95 million, second only to China, Bloomberg notes.', '$95 million', 'Bloomberg'],
    ['a minister said, title dropped', 'Trade exceeded $50 billion this year, Indian Foreign Minister Subrahmanyam Jaishankar said.', '$50 billion', 'Subrahmanyam Jaishankar'],
    ['said X after a quote', '"Trade can increase to $100 billion," said Jaishankar.', '$100 billion', 'Jaishankar'],
    ['X told Reuters credits X', 'Acme’s chief executive Jane Doe told Reuters revenue hit $2bn.', '$2bn', 'Jane Doe'],
    ['an official of a named body', 'A State Department official said the sale was worth $4 billion.', '$4 billion', 'State Department'],
  ])('%s', (_name, text, needle, expected) => {
    expect(describe1(text, needle).attribution).toBe(expected);
  });

  test('"the agency said" stands for the source the document credits', () => {
    expect(describe1('The agency said 12 people died.', '12', { title: null, docAttribution: 'Reuters' }, 'count').attribution).toBe('Reuters');
  });
  test('falls back to the paragraph, then to the document', () => {
    const text = 'Bloomberg reported the leak on Monday. Exports reached $60 million.\nImports reached $20 million.';
    expect(describe1(text, '$60 million', { title: null, docAttribution: 'AP' }).attribution).toBe('Bloomberg');
    expect(describe1(text, '$20 million', { title: null, docAttribution: 'Associated Press' }).attribution).toBe('Associated Press');
    expect(describe1(text, '$20 million').attribution).toBeNull();
  });
});

describe('modality', () => {
  test.each([
    ['could spend', 'The consortium said it could spend 82 billion rupees on components.', '82 billion rupees', 'projected'],
    ['plans to', 'Russia plans to invest $2bn in Indian plants.', '$2bn', 'projected'],
    ['is expected to', 'Revenue is expected to reach $30bn.', '$30bn', 'projected'],
    ['target of', 'The government set a target of $500 billion in bilateral trade.', '$500 billion', 'projected'],
    ['aims to', 'The startup aims to raise $100m.', '$100m', 'projected'],
    ['will', 'The state will pay Rs 5 lakh to each family.', 'Rs 5 lakh', 'projected'],
    ['forecast', 'Analysts forecast a loss of £200m.', '£200m', 'projected'],
    ['by 2030', 'Trade should hit $100bn by 2030.', '$100bn', 'projected'],
    ['by 2030 after the figure alone', 'Exports of $1 trillion by 2030 are the goal.', '$1 trillion', 'projected'],
    ['in the next few years', 'Trade can grow to $100 billion in the next few years.', '$100 billion', 'projected'],
    ['a past figure', 'Trade exceeded $50 billion this year.', '$50 billion', 'reported'],
    ['the month May is not a modal', 'Exports in April-May 2024 exceeded 60 million dollars.', '60 million dollars', 'reported'],
    ['a plan in the past tense is still a plan', 'Documents show the ministry planned to spend $1bn.', '$1bn', 'projected'],
  ])('%s', (_name, text, needle, expected) => {
    expect(describe1(text, needle, { title: null, docAttribution: null, publishedYear: 2024 }).modality).toBe(expected);
  });

  test('from the present X to Y: X is reported, Y projected', () => {
    const text = 'Bilateral trade can increase from the present $50 billion to $100 billion in the next few years.';
    expect(describe1(text, '$50 billion').modality).toBe('reported');
    expect(describe1(text, '$100 billion').modality).toBe('projected');
  });
  test('until X becomes Y: X is reported, Y projected', () => {
    const text = 'It will only be a matter of time until $50 billion worth of trade becomes $100 billion.';
    expect(describe1(text, '$50 billion').modality).toBe('reported');
    expect(describe1(text, '$100 billion').modality).toBe('projected');
  });
  test('by a past year is not a projection', () => {
    expect(describe1('Exports reached $40bn by 2022.', '$40bn', { title: null, docAttribution: null, publishedYear: 2024 }).modality).toBe('reported');
  });
});

describe('documentAttribution', () => {
  test.each([
    ['title ending "- FT"', 'Russia buys goods from India - FT', 'Body.', 'Financial Times'],
    ['title ending "— Bloomberg"', 'The West is worried about India — Bloomberg', 'Body.', 'Bloomberg'],
    ['headline as the first line', null, 'USA\n\nThe West is worried about India’s role — Bloomberg\n\nBody text.', 'Bloomberg'],
    ['a Source line', null, 'Headline here\nSource:  Bloomberg\n\nBody text.', 'Bloomberg'],
    ['an outlet reported in the lead', null, 'Russia set up a trade route, the Financial Times reported Thursday.', 'Financial Times'],
    ['a speaker in the lead is not the story’s source', null, 'Trade rose, Foreign Minister Jaishankar said.', null],
    ['nothing', 'Plain headline', 'Plain text.', null],
  ])('%s', (_name, title, text, expected) => {
    expect(documentAttribution(text, title)).toBe(expected);
  });
});

describe('createDescriber', () => {
  const article = [
    'Trade between India and Russia exceeded $50 billion this year, Indian Foreign Minister Subrahmanyam Jaishankar said.',
    '',
    '"Trade can increase from the present $50 billion to $100 billion in the next few years," said Jaishankar. Officials said 12 people died.',
    'The regulator fined the bank £40m. Police said 278 were killed and 1,100 were injured, according to AP.',
  ].join('\n');
  const figures: Array<[string, ClaimKind, number]> = [
    ['$50 billion', 'money', 0], ['$50 billion', 'money', 1], ['$100 billion', 'money', 0], ['12', 'count', 0],
    ['£40m', 'money', 0], ['278', 'count', 0], ['1,100', 'count', 0],
  ];

  test('agrees with describeFigure', () => {
    const doc = { title: null, docAttribution: 'Reuters' };
    const describeIn = createDescriber(article, doc);
    for (const [needle, kind, occurrence] of figures) {
      const figure = figureAt(article, needle, kind, kind === 'count' ? 'people' : 'USD', occurrence);
      const sentence = sentenceOf(article, figure);
      expect(describeIn(sentence, figure)).toEqual(describeFigure(article, sentence, figure, doc));
    }
  });

  test('linear on a long document dense with figures', () => {
    const text = `${article}\n`.repeat(3000);
    const t0 = performance.now();
    const describeIn = createDescriber(text, plain);
    let n = 0;
    for (let at = text.indexOf('$'); at >= 0; at = text.indexOf('$', at + 1)) {
      const figure = { start: at, end: at + 12, kind: 'money' as const, unit: 'USD' };
      const d = describeIn({ start: Math.max(0, at - 200), end: Math.min(text.length, at + 200) }, figure);
      if (d.subject.measure === 'trade') n++;
    }
    expect(n).toBe(9000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

fcTest.prop([
  fc.array(fc.constantFrom('The', 'FT', 'said', 'according', 'to', 'Innovio Ventures', '$5m', 'killed', 'will', 'from', 'the present', ',', '.', '"', '’s', 'U.S.', 'Ministry of', 'and', 'Trade', '\n', ' '), { maxLength: 40 }),
  fc.nat(),
  fc.constantFrom<ClaimKind>('money', 'count', 'percent'),
])('describeFigure never throws and stays bounded', (parts, seed, kind) => {
  const text = parts.join(' ');
  const at = text.length === 0 ? 0 : seed % text.length;
  const figure = { start: at, end: Math.min(text.length, at + 3), kind, unit: 'USD' };
  const sentence = { start: 0, end: text.length };
  const d = describeFigure(text, sentence, figure, { title: null, docAttribution: null });
  expect(d.subject.entities.length).toBeLessThanOrEqual(5);
  expect(d.subject.terms.length).toBeLessThanOrEqual(12);
  expect(createDescriber(text, { title: null, docAttribution: null })(sentence, figure)).toEqual(d);
  expect(documentAttribution(text, null)).not.toBe('');
});
