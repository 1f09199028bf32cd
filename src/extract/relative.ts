// Tokens at one position + publication date → a relative time expression ("last year", "this month",
// "over the past year", "on Monday", "yesterday") resolved against the publication date. The period is
// null when the date is unknown or the phrase is open-ended ("in the next few years"): the expression still
// governs nearby figures, so they do not borrow a period from further away.
import { MONTHS } from '../util/calendar.js';
import type { Period } from './schema.js';
import { addDays, between, dayPeriod, lastWeekday, monthPeriod, monthSpan, trailing, week, yearPeriod, type Ymd } from './dates.js';
import { fiscal, NEVER, numberOf, type IndiaTest } from './timex.js';
import { withoutPossessive, type Token } from './tokens.js';

export type Strength = 'period' | 'day' | 'statement' | 'open';

export interface Relative {
  len: number;
  period: Period | null;
  strength: Strength;
}

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6]]);
const UNITS = new Map<string, 'year' | 'month' | 'week' | 'day'>([
  ['year', 'year'], ['years', 'year'], ['month', 'month'], ['months', 'month'], ['week', 'week'], ['weeks', 'week'], ['day', 'day'], ['days', 'day'],
]);
const VAGUE = new Set(['few', 'several', 'coming', 'many', 'recent']);

function calendarUnit(pub: Ymd, unit: string, shift: number, india: IndiaTest): Period | null {
  switch (unit) {
    case 'year':
      return yearPeriod(pub.year + shift);
    case 'month':
      return monthPeriod(pub.year, pub.month + shift);
    case 'week':
      return week(pub, shift);
    case 'quarter': {
      const k = pub.year * 4 + Math.floor((pub.month - 1) / 3) + shift;
      const y = Math.floor(k / 4);
      const q = k - 4 * y + 1;
      return monthSpan(`Q${q} ${y}`, y, 3 * q - 2, 3 * q);
    }
    case 'fiscal': {
      const fyStart = pub.month >= 4 ? pub.year : pub.year - 1;
      const p = india() ? fiscal(fyStart + shift, true, NEVER, 1) : fiscal(pub.year + shift, false, NEVER, 1);
      return monthSpan(p.label(p.y ?? 0), p.y ?? 0, p.m1, p.m2);
    }
    default:
      return null;
  }
}

const unitOf = (t: Token | undefined, t2: Token | undefined): string | null => {
  const w = t?.lower;
  if (w === 'year' || w === 'month' || w === 'week' || w === 'quarter') return w;
  if ((w === 'fiscal' || w === 'financial') && t2?.lower === 'year') return 'fiscal';
  return null;
};

export function relativeAt(tokens: readonly Token[], i: number, pub: Ymd | null, india: IndiaTest): Relative | null {
  const t = tokens[i];
  if (t === undefined) return null;
  const w = t.lower;
  const at = <T>(f: (p: Ymd) => T | null): T | null => (pub === null ? null : f(pub));

  if (w === 'yesterday' || w === 'today' || w === 'tomorrow') {
    const shift = w === 'yesterday' ? -1 : w === 'today' ? 0 : 1;
    return { len: 1, period: at((p) => dayPeriod(addDays(p, shift))), strength: 'day' };
  }
  // Only a capitalised word can be a weekday here: test that before the lookup.
  const wd = t.text.charCodeAt(0) < 91 ? WEEKDAYS.get(withoutPossessive(w)) : undefined;
  if (wd !== undefined) {
    const next = tokens[i + 1];
    // "Monday, December 26", "Monday 26 February": the date that follows says more.
    if (next !== undefined && (next.sep === ',' || next.sep === '') && (/^\d{1,2}(st|nd|rd|th)?$/.test(next.lower) || MONTHS.has(next.lower))) return null;
    const before = tokens[i - 1]?.lower === 'last' ? 1 : 0;
    return { len: 1, period: at((p) => dayPeriod(lastWeekday(addDays(p, -before), wd))), strength: 'day' };
  }
  if ((w === 'earlier' || w === 'later') && tokens[i + 1]?.lower === 'this' && tokens[i + 2]?.lower === 'year') {
    if (w === 'later') return { len: 3, period: at((p) => yearPeriod(p.year)), strength: 'period' };
    return { len: 3, period: at((p) => between(`${p.year} to date`, { year: p.year, month: 1, day: 1 }, p)), strength: 'period' };
  }
  if ((w === 'so' && tokens[i + 1]?.lower === 'far' && tokens[i + 2]?.lower === 'this' && tokens[i + 3]?.lower === 'year') ||
      (w === 'year' && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.lower === 'date') || w === 'ytd') {
    const len = w === 'so' ? 4 : w === 'ytd' ? 1 : 3;
    return { len, period: at((p) => between(`${p.year} to date`, { year: p.year, month: 1, day: 1 }, p)), strength: 'period' };
  }

  const shift = w === 'this' || w === 'current' ? 0 : w === 'last' || w === 'previous' ? -1 : w === 'next' ? 1 : null;
  const unit = unitOf(tokens[i + 1], tokens[i + 2]);
  if (shift !== null && unit !== null && tokens[i + (unit === 'fiscal' ? 3 : 2)]?.lower !== 'of') {
    const len = unit === 'fiscal' ? 3 : 2;
    return { len, period: at((p) => calendarUnit(p, unit, shift, india)), strength: 'period' };
  }
  if (w === 'past' || w === 'last' || w === 'previous' || w === 'next' || w === 'coming' || w === 'recent') {
    // "the past year", "the last 12 months", "the past five years", "the next few years", "recent months"
    const n = numberOf(tokens[i + 1]);
    const vague = VAGUE.has(tokens[i + 1]?.lower ?? '') || w === 'coming' || w === 'recent';
    const j = n !== null || (vague && w !== 'coming' && w !== 'recent') ? i + 2 : i + 1;
    const u = UNITS.get(tokens[j]?.lower ?? '') ?? (tokens[j]?.lower === 'decade' ? 'decade' : undefined);
    if (u === undefined) return null;
    const len = j + 1 - i;
    if (tokens[j + 1]?.lower === 'of') return null; // "the last week of the year" names a part, not a span to now
    const plural = tokens[j]?.lower.endsWith('s') === true && n === null;
    if (vague || plural || w === 'next') return { len, period: null, strength: 'open' };
    if (u === 'decade') return { len, period: at((p) => trailing(p, 10, 'year')), strength: 'period' };
    const count = n ?? 1;
    if (count < 1 || count > 100) return { len, period: null, strength: 'open' };
    const asMonths = u === 'year' && count === 1;
    return { len, period: at((p) => (asMonths ? trailing(p, 12, 'month') : trailing(p, count, u))), strength: 'period' };
  }
  return null;
}
