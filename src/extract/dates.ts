// Calendar arithmetic for period resolution: (year, month span, day) → Period with ISO start and end.
// Months past 12 spill into the next years, so one "year + month span" describes a fiscal year (4..15).
import { daysInMonth, isoDate, MONTH_NAMES } from '../util/calendar.js';
import type { Period } from './schema.js';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const norm = (year: number, month: number): { y: number; m: number } => {
  const k = year * 12 + (month - 1);
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
};

export const monthName = (m: number): string => MONTH_NAMES[(((m - 1) % 12) + 12) % 12] ?? '';

/** Months `m1..m2` counted from January of `year` (13 is next January); whole months unless days are given. */
export function monthSpan(label: string, year: number, m1: number, m2: number, d1?: number, d2?: number): Period | null {
  const a = norm(year, m1);
  const b = norm(year, m2);
  if (a.y < 1 || b.y > 9999 || a.y * 12 + a.m > b.y * 12 + b.m) return null;
  const end = Math.min(d2 ?? 31, daysInMonth(b.y, b.m));
  const start = Math.min(d1 ?? 1, daysInMonth(a.y, a.m));
  return { label, start: isoDate(a.y, a.m, start), end: isoDate(b.y, b.m, end) };
}

export const yearPeriod = (year: number): Period | null => monthSpan(String(year), year, 1, 12);

export const monthPeriod = (year: number, m: number): Period | null => {
  const { y, m: mm } = norm(year, m);
  return monthSpan(`${monthName(mm)} ${y}`, y, mm, mm);
};

export function monthRangeLabel(year: number, m1: number, m2: number): string {
  const a = norm(year, m1);
  const b = norm(year, m2);
  if (a.y === b.y) return `${monthName(a.m)}–${monthName(b.m)} ${b.y}`;
  return `${monthName(a.m)} ${a.y}–${monthName(b.m)} ${b.y}`;
}

export const dayPeriod = (d: Ymd): Period | null => {
  if (d.day < 1 || d.day > daysInMonth(d.year, d.month)) return null;
  const iso = isoDate(d.year, d.month, d.day);
  return { label: iso, start: iso, end: iso };
};

export function toUtc(d: Ymd): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

export function fromUtc(ms: number): Ymd {
  const t = new Date(ms);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export const addDays = (d: Ymd, n: number): Ymd => fromUtc(toUtc(d) + n * 86400000);

export const iso = (d: Ymd): string => isoDate(d.year, d.month, d.day);

export function between(label: string, a: Ymd, b: Ymd): Period | null {
  if (!(toUtc(a) <= toUtc(b)) || !(a.year >= 1) || !(b.year <= 9999)) return null; // also false for NaN
  return { label, start: iso(a), end: iso(b) };
}

/** The Monday-to-Sunday week holding `d`, shifted by `weeks`. */
export function week(d: Ymd, weeks: number): Period | null {
  const dow = (new Date(toUtc(d)).getUTCDay() + 6) % 7; // Monday 0
  const monday = addDays(d, -dow + 7 * weeks);
  return between(`week of ${iso(monday)}`, monday, addDays(monday, 6));
}

/** The most recent `weekday` (0 Sunday … 6 Saturday) on or before `d`. */
export function lastWeekday(d: Ymd, weekday: number): Ymd {
  const dow = new Date(toUtc(d)).getUTCDay();
  return addDays(d, -((dow - weekday + 7) % 7));
}

/** The `n` units (years, months, weeks, days) ending on `d`. */
export function trailing(d: Ymd, n: number, unit: 'year' | 'month' | 'week' | 'day'): Period | null {
  let from: Ymd;
  if (unit === 'year' || unit === 'month') {
    const months = unit === 'year' ? 12 * n : n;
    const { y, m } = norm(d.year, d.month - months);
    from = addDays({ year: y, month: m, day: Math.min(d.day, daysInMonth(y, m)) }, 1);
  } else from = addDays(d, -(unit === 'week' ? 7 * n : n) + 1);
  const label = n === 12 && unit === 'month' ? '12 months' : `${n} ${unit}${n === 1 ? '' : 's'}`;
  return between(`${label} to ${iso(d)}`, from, d);
}
