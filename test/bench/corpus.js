// Deterministic corpus generator for the benchmark: seed + N → N news articles of 3–8 KB on disk.
// Articles come in stories: several outlets cover the same event with the same facts in their own words,
// and some outlets get a figure wrong in a planted way (scale slip, decimal slip, lakh/crore, another toll).
// Same seed and count, same bytes. Run alone: node test/bench/corpus.js <count> <dir> [seed]
import { performance } from 'node:perf_hooks';
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTLETS = [
  'Reuters', 'Associated Press', 'The Guardian', 'BBC News', 'Financial Times', 'The Hindu', 'Times of India',
  'Le Monde', 'Deutsche Welle', 'Al Jazeera', 'The Times', 'Bloomberg', 'NDTV', 'The Irish Times', 'El País',
  'Hindustan Times', 'The Economist', 'Nikkei Asia', 'South China Morning Post', 'The Straits Times',
];
const FIRST = ['Anna', 'Rahul', 'Maria', 'James', 'Priya', 'Lukas', 'Sofia', 'Tom', 'Aisha', 'Kenji', 'Elena', 'David', 'Meera', 'Olu', 'Sara', 'Jonas', 'Chen', 'Fatima', 'Pablo', 'Nadia'];
const LAST = ['Sharma', 'Müller', 'Okafor', 'Novak', 'García', 'Smith', 'Iyer', 'Kowalski', 'Tanaka', 'Haddad', 'Brown', 'Rossi', 'Nguyen', 'Khan', 'Dubois', 'Petrov', 'Silva', 'Larsen', 'Mehta', 'Walsh'];
const PLACES = [
  'Kerala', 'Bavaria', 'Lombardy', 'Ontario', 'Gujarat', 'Catalonia', 'Queensland', 'Sindh', 'Java', 'Anatolia',
  'Maharashtra', 'Wales', 'Andalusia', 'Bihar', 'Luzon', 'Saxony', 'Normandy', 'Punjab', 'Sichuan', 'Minas Gerais',
  'Tamil Nadu', 'Scotland', 'Flanders', 'Hokkaido', 'Odisha', 'Texas', 'Patagonia', 'Assam', 'Crete', 'Yorkshire',
];
const INDIAN_PLACES = ['Kerala', 'Gujarat', 'Maharashtra', 'Bihar', 'Punjab', 'Tamil Nadu', 'Odisha', 'Assam'];
const OTHER_PLACES = PLACES.filter((p) => !INDIAN_PLACES.includes(p));
const COUNTRIES = ['India', 'Russia', 'China', 'Germany', 'France', 'Brazil', 'Japan', 'Turkey', 'Indonesia', 'Nigeria', 'Mexico', 'Vietnam', 'Egypt', 'Poland', 'Kenya', 'Canada'];
const SYL = ['nor', 'vex', 'ta', 'lin', 'qua', 'ris', 'mon', 'dal', 'pex', 'ora', 'zen', 'cor', 'bri', 'tel', 'sar', 'kin', 'vo', 'lum', 'dra', 'fin'];
const FIRM_END = ['Holdings', 'Group', 'Technologies', 'Energy', 'Pharma', 'Logistics', 'Bank', 'Motors', 'Foods', 'Systems'];
const REGULATORS = ['the Competition Commission', 'the European Commission', 'the Financial Conduct Authority', 'the data protection authority', 'the securities regulator', 'the environment agency'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CURRENCIES = [
  { sym: '$', code: 'USD', weight: 5 },
  { sym: '€', code: 'EUR', weight: 2 },
  { sym: '£', code: 'GBP', weight: 2 },
  { sym: '₹', code: 'INR', weight: 2 },
];
const FILLER_SUBJECTS = ['Officials', 'Analysts', 'Residents', 'Opposition lawmakers', 'Economists', 'Industry groups', 'Local leaders', 'Critics', 'Supporters', 'Investors'];
const FILLER_VERBS = ['said', 'warned', 'argued', 'noted', 'suggested', 'cautioned', 'insisted', 'acknowledged'];
const FILLER_CLAUSES = [
  'the situation remained fluid and that more details would emerge in the coming days',
  'the decision reflected a broader shift in policy that had been under way for some time',
  'it was too early to judge the long-term consequences for the region',
  'similar measures had been tried before with mixed results',
  'the authorities had been slow to respond to repeated warnings',
  'the figures would be revised once a full audit had been completed',
  'public confidence depended on a transparent account of what had happened',
  'the market reaction had been muted so far, though volatility could return',
  'the government faced growing pressure to explain its choices',
  'the episode exposed gaps in oversight that needed urgent attention',
];
const BACKGROUND = [
  'The region has a long history of such events, and infrastructure spending has lagged behind population growth for more than a decade.',
  'Observers have pointed to a pattern of delays, cost overruns and disputes between central and local authorities.',
  'The announcement comes weeks before a closely watched vote, and opposition parties were quick to seize on it.',
  'Earlier reports had painted a different picture, and several details remain disputed by the parties involved.',
  'Independent experts said the numbers should be treated with caution until they can be verified.',
  'Trade unions and business associations have both asked for a seat at the table in future talks.',
];

function pick(rnd, list) {
  return list[Math.floor(rnd() * list.length)];
}
function int(rnd, lo, hi) {
  return lo + Math.floor(rnd() * (hi - lo + 1));
}
function weighted(rnd, list) {
  let total = 0;
  for (const x of list) total += x.weight;
  let r = rnd() * total;
  for (const x of list) if ((r -= x.weight) < 0) return x;
  return list[list.length - 1];
}
function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function firm(rnd) {
  return `${cap(pick(rnd, SYL) + pick(rnd, SYL) + pick(rnd, SYL))} ${pick(rnd, FIRM_END)}`;
}
function person(rnd) {
  return `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`;
}
function grouped(n) {
  return n.toLocaleString('en-US');
}
function indian(n) {
  return n.toLocaleString('en-IN');
}

// An amount: { digits, scale } e.g. { digits: '4.9', scale: 'million' }, in a currency.
function amount(rnd, currency) {
  if (currency.code === 'INR') {
    const scale = rnd() < 0.7 ? 'crore' : 'lakh';
    return { digits: String(scale === 'crore' ? int(rnd, 12, 9800) : int(rnd, 5, 95)), scale, currency };
  }
  const scale = rnd() < 0.75 ? 'million' : 'billion';
  const whole = scale === 'million' ? int(rnd, 1, 900) : int(rnd, 1, 90);
  const digits = rnd() < 0.5 && whole < 100 ? `${whole}.${int(rnd, 1, 9)}` : String(whole);
  return { digits, scale, currency };
}

// How one outlet writes an amount: "$4.9 million", "$4.9m", "US$4.9 million", "4.9 million euros", "Rs 1,200 crore".
function writeAmount(rnd, a) {
  const { sym, code } = a.currency;
  if (code === 'INR') {
    const d = a.digits.length > 3 ? indian(Number(a.digits)) : a.digits;
    const style = int(rnd, 0, 2);
    return style === 0 ? `₹${d} ${a.scale}` : style === 1 ? `Rs ${d} ${a.scale}` : `${d} ${a.scale} rupees`;
  }
  const style = int(rnd, 0, 3);
  const short = a.scale === 'million' ? 'm' : 'bn';
  const word = { USD: 'dollars', EUR: 'euros', GBP: 'pounds' }[code];
  if (style === 0) return `${sym}${a.digits} ${a.scale}`;
  if (style === 1) return `${sym}${a.digits}${short}`;
  if (style === 2 && code === 'USD') return `US$${a.digits} ${a.scale}`;
  return `${a.digits} ${a.scale} ${word}`;
}

// Planted errors: what one outlet gets wrong about an amount or a count.
function slipAmount(rnd, a) {
  const kind = rnd();
  if (a.currency.code === 'INR') return { ...a, scale: a.scale === 'crore' ? 'lakh' : 'crore', slip: 'lakh-crore-slip' };
  if (kind < 0.6) return { ...a, scale: a.scale === 'million' ? 'billion' : 'million', slip: 'scale-slip' };
  return { ...a, digits: a.digits.includes('.') ? a.digits.replace('.', '') : `${a.digits}0`, slip: 'decimal-slip' };
}

const TOPICS = ['toll', 'fine', 'funding', 'budget', 'trade', 'results'];

function makeStory(rnd, index) {
  const topic = TOPICS[index % TOPICS.length];
  const month = int(rnd, 0, 11);
  const day = int(rnd, 1, 27);
  const year = 2024;
  const currency = topic === 'budget' ? CURRENCIES[3] : weighted(rnd, CURRENCIES);
  const place = pick(rnd, currency.code === 'INR' ? INDIAN_PLACES : OTHER_PLACES);
  const outlets = [];
  const count = int(rnd, 2, 6);
  const start = int(rnd, 0, OUTLETS.length - 1);
  for (let i = 0; i < count; i++) outlets.push(OUTLETS[(start + i * 7) % OUTLETS.length]);
  return {
    index, topic, month, day, year, place, currency, outlets,
    country: pick(rnd, COUNTRIES), other: pick(rnd, COUNTRIES),
    company: firm(rnd), official: person(rnd), regulator: pick(rnd, REGULATORS),
    deaths: int(rnd, 3, 400), injured: int(rnd, 10, 2500), displaced: int(rnd, 500, 90000),
    amount: amount(rnd, currency), second: amount(rnd, currency),
    percent: (int(rnd, 5, 950) / 10).toFixed(1), points: int(rnd, 1, 9),
    priorYear: year - 1,
    slipOutlet: rnd() < 0.3 ? int(rnd, 0, count - 1) : -1,
    slipKind: rnd() < 0.5 ? 'amount' : 'count',
  };
}

// The lead paragraph carries the story's facts; a planted slip changes one figure for one outlet.
function lead(rnd, s, slipped) {
  const a = slipped && s.slipKind === 'amount' ? slipAmount(rnd, s.amount) : s.amount;
  const deaths = slipped && s.slipKind === 'count' ? s.deaths + int(rnd, 2, 40) : s.deaths;
  const money = writeAmount(rnd, a);
  const second = writeAmount(rnd, s.second);
  const when = `on ${WEEKDAYS[(s.day + s.month) % 7]}`;
  switch (s.topic) {
    case 'toll':
      return `At least ${deaths} people were killed and ${grouped(s.injured)} injured after floods swept through ${s.place} ${when}, officials said. ` +
        `More than ${grouped(s.displaced)} residents have been displaced, and the state government announced relief of ${money} for the affected districts. ` +
        `The death toll rose by ${s.points} overnight as rescue teams reached villages cut off since ${MONTHS[s.month]} ${s.day}.`;
    case 'fine':
      return `${cap(s.regulator)} fined ${s.company} ${money} ${when} for breaching consumer protection rules in ${s.country}, the largest penalty of its kind since ${s.priorYear - int(rnd, 1, 6)}. ` +
        `The company, which reported revenue of ${second} in ${s.priorYear}, said it would appeal. About ${s.percent}% of its customers in the region were affected, the regulator said.`;
    case 'funding':
      return `${s.company}, a start-up based in ${s.place}, has raised ${money} in a Series ${'ABCD'[s.points % 4]} round, valuing the company at ${second}, it said ${when}. ` +
        `The firm employs ${grouped(s.injured)} people and expects revenue to grow ${s.percent}% in ${s.year}, chief executive ${s.official} said.`;
    case 'budget':
      return `The government of ${s.place} allocated ${money} for flood defences in its ${s.year}-${String(s.year + 1).slice(2)} budget, up ${s.percent}% from the previous year, finance minister ${s.official} said ${when}. ` +
        `A further ${second} was set aside for rural roads, and the deficit is expected to narrow by ${s.points} percentage points.`;
    case 'trade':
      return `Bilateral trade between ${s.country} and ${s.other} rose to ${money} in ${s.priorYear}, up ${s.percent}% from a year earlier, according to official figures released ${when}. ` +
        `Exports from ${s.country} accounted for ${second}, while ${grouped(s.deaths)} companies took part in a trade fair in ${s.place} in ${MONTHS[s.month]} ${s.year}.`;
    default:
      return `${s.company} reported a net profit of ${money} for the quarter ended ${MONTHS[s.month]} ${s.day}, ${s.year}, up ${s.percent}% year on year, on revenue of ${second}. ` +
        `The company cut ${grouped(s.deaths)} jobs in ${s.place} and raised its dividend by ${s.points}%, chief financial officer ${s.official} said ${when}.`;
  }
}

function filler(rnd, s) {
  const r = int(rnd, 0, 5);
  if (r === 0) return `${pick(rnd, FILLER_SUBJECTS)} ${pick(rnd, FILLER_VERBS)} that ${pick(rnd, FILLER_CLAUSES)}. ${pick(rnd, BACKGROUND)}`;
  if (r === 1) return `"We have been clear from the start," ${person(rnd)}, a spokesperson, told reporters in ${s.place}. "${cap(pick(rnd, FILLER_CLAUSES))}." ${pick(rnd, FILLER_SUBJECTS)} ${pick(rnd, FILLER_VERBS)} that ${pick(rnd, FILLER_CLAUSES)}.`;
  if (r === 2) return `In ${s.priorYear - int(rnd, 1, 10)}, a similar episode in ${pick(rnd, PLACES)} affected about ${grouped(int(rnd, 100, 50000))} people, and ${int(rnd, 2, 60)}% of those surveyed later said they had received no help. ${pick(rnd, BACKGROUND)}`;
  if (r === 3) return `${pick(rnd, BACKGROUND)} ${pick(rnd, FILLER_SUBJECTS)} ${pick(rnd, FILLER_VERBS)} that ${pick(rnd, FILLER_CLAUSES)}, and that ${pick(rnd, FILLER_CLAUSES)}.`;
  if (r === 4) return `The ${pick(rnd, ['ministry', 'agency', 'company', 'council'])} said on ${MONTHS[int(rnd, 0, 11)]} ${int(rnd, 1, 28)} that it had reviewed ${int(rnd, 3, 40)} cases over the past ${int(rnd, 2, 12)} months. ${pick(rnd, FILLER_SUBJECTS)} ${pick(rnd, FILLER_VERBS)} that ${pick(rnd, FILLER_CLAUSES)}.`;
  return `${pick(rnd, FILLER_SUBJECTS)} in ${pick(rnd, COUNTRIES)} ${pick(rnd, FILLER_VERBS)} that ${pick(rnd, FILLER_CLAUSES)}. One in ${int(rnd, 3, 9)} households reported losses, and a stretch of ${int(rnd, 2, 90)} km of road remained closed.`;
}

function article(rnd, s, k) {
  const outlet = s.outlets[k];
  const slipped = k === s.slipOutlet;
  const target = int(rnd, 3000, 7200);
  const date = `${MONTHS[s.month]} ${Math.min(28, s.day + int(rnd, 0, 2))}, ${s.year}`;
  const title = { toll: `Floods in ${s.place} leave dozens dead`, fine: `${s.company} fined over consumer rules`, funding: `${s.company} raises new funding`, budget: `${s.place} budget boosts flood defences`, trade: `${s.country}–${s.other} trade hits record`, results: `${s.company} profit rises` }[s.topic];
  let text = `${title}\n\nBy ${person(rnd)} | ${outlet} | ${date}\n\n${lead(rnd, s, slipped)}\n\n`;
  let paragraphs = 0;
  while (Buffer.byteLength(text) < target) {
    text += `${filler(rnd, s)}\n\n`;
    // Outlets repeat the key figure further down, sometimes.
    if (++paragraphs === 4 && rnd() < 0.5) text += `${lead(rnd, s, slipped).split('. ')[0]}.\n\n`;
  }
  return { text, slipped };
}

/** Writes `count` articles under `dir` (1,000 per folder); returns bytes written and the planted slips. */
export function generateCorpus(dir, count, seed = 1) {
  const rnd = mulberry32(seed);
  let bytes = 0;
  let written = 0;
  let story = 0;
  const planted = [];
  while (written < count) {
    const s = makeStory(rnd, story++);
    for (let k = 0; k < s.outlets.length && written < count; k++) {
      const folder = join(dir, `d${String(Math.floor(written / 1000)).padStart(3, '0')}`);
      if (written % 1000 === 0) mkdirSync(folder, { recursive: true });
      const name = `s${String(s.index).padStart(6, '0')}-${s.outlets[k].toLowerCase().replace(/[^a-z]+/g, '-')}.txt`;
      const { text, slipped } = article(rnd, s, k);
      writeFileSync(join(folder, name), text);
      bytes += Buffer.byteLength(text);
      if (slipped) planted.push({ story: s.index, file: `${folder}/${name}`, kind: s.slipKind });
      written++;
    }
  }
  return { dir, count: written, stories: story, bytes, planted };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = '100', dir = 'corpus', seed = '1'] = process.argv.slice(2);
  const started = performance.now();
  const r = generateCorpus(dir, Number(count), Number(seed));
  console.log(`${r.count} articles, ${r.stories} stories, ${(r.bytes / 1e6).toFixed(1)} MB, ${r.planted.length} planted slips in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
