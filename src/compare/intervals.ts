// Figures as intervals: a Claim's value, precision and qualifier → the range of values it allows.
// Two intervals: `written` (the figure as written, ± half its last digit) for slip checks, and
// `allowed` (written widened by the qualifier and the user's tolerance) for agreement.
import type { Claim } from '../extract/schema.js';

export interface Interval {
  lo: number;
  hi: number;
}

/** The digits as written, trailing zeros kept: 4900000 with precision 100000 → "49"; 60e6 with 1e6 → "60". */
function writtenDigits(value: number, precision: number): string {
  const magnitude = Math.abs(value);
  if (magnitude === 0) return '0';
  const exponent = Math.floor(Math.log10(magnitude) + 1e-9);
  const step = precision > 0 ? precision : Math.pow(10, exponent - 5);
  const sig = Math.max(1, Math.min(15, exponent - Math.floor(Math.log10(step) + 1e-9) + 1));
  return (magnitude / Math.pow(10, exponent)).toFixed(sig - 1).replace('.', '');
}

/** Significant digits as written, trailing zeros dropped, as a decimal mantissa: 4.9e6 → "4.9"; 82e9 → "8.2". */
export function digitsOf(value: number, precision: number): string {
  const raw = writtenDigits(value, precision).replace(/0+$/, '') || '0';
  return raw.length === 1 ? raw : `${raw[0]}.${raw.slice(1)}`;
}

/**
 * Half-width of the figure as written. `$4.9 million` is 4.85–4.95 million (half the last digit).
 * Round figures stand for a rounded amount, but not for ±half their leading digit ("1 billion" is
 * not 0.5–1.5 billion): one significant digit ("$60 million", "1 billion", "300") allows ±2.5–5%,
 * trailing zeros ("120", "$1.50 million") at least ±1%.
 */
export function writtenHalfWidth(value: number, precision: number): number {
  const magnitude = Math.abs(value);
  if (precision <= 0 || magnitude === 0) return 0;
  const half = precision / 2;
  const raw = writtenDigits(value, precision);
  const stripped = raw.replace(/0+$/, '');
  if (stripped.length <= 1) return Math.max(Math.min(half, magnitude * 0.05), magnitude * 0.025);
  if (stripped.length < raw.length) return Math.min(Math.max(half, magnitude * 0.01), magnitude * 0.05);
  return half;
}

export function writtenInterval(value: number, precision: number): Interval {
  const half = writtenHalfWidth(value, precision);
  return { lo: value - half, hi: value + half };
}

const OPEN_BELOW = new Set(['at-most', 'less-than', 'up-to']);
const OPEN_ABOVE = new Set(['at-least', 'more-than']);

/**
 * The range the claim allows: its low/high (null is unbounded only when the qualifier opens that
 * side; otherwise a missing bound is the value itself), widened by the written precision and by
 * `tolerance` (relative).
 */
export function allowedInterval(claim: Claim, scale: number, tolerance: number, half = writtenHalfWidth(claim.value * scale, claim.precision * scale)): Interval {
  const value = claim.value * scale;
  const q = claim.qualifier;
  const lo = claim.low !== null ? claim.low * scale : q !== null && OPEN_BELOW.has(q) ? -Infinity : value;
  const hi = claim.high !== null ? claim.high * scale : q !== null && OPEN_ABOVE.has(q) ? Infinity : value;
  return widen({ lo: Math.min(lo, value) - half, hi: Math.max(hi, value) + half }, tolerance);
}

/** Widens by a relative slack on each side (on magnitudes, so negative figures widen outward too). */
export function widen(iv: Interval, slack: number): Interval {
  if (slack <= 0) return iv;
  return { lo: iv.lo - Math.abs(iv.lo) * slack, hi: iv.hi + Math.abs(iv.hi) * slack };
}

export function scaleInterval(iv: Interval, factor: number): Interval {
  return factor >= 0 ? { lo: iv.lo * factor, hi: iv.hi * factor } : { lo: iv.hi * factor, hi: iv.lo * factor };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

export function intersect(a: Interval, b: Interval): Interval | null {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi ? { lo, hi } : null;
}

/**
 * How far apart two disjoint intervals are, as a ratio ≥ 1 (the higher one's low over the lower
 * one's high); 1 when they overlap. Infinity when the lower one ends at or below zero.
 */
export function gapRatio(a: Interval, b: Interval): number {
  if (overlaps(a, b)) return 1;
  const [lower, upper] = a.hi < b.lo ? [a, b] : [b, a];
  if (lower.hi <= 0) return Infinity;
  return upper.lo / lower.hi;
}

/** Largest over smallest magnitude; Infinity when one is zero and the other not. */
export function valueRatio(a: number, b: number): number {
  const x = Math.abs(a);
  const y = Math.abs(b);
  if (x === y) return 1;
  const lo = Math.min(x, y);
  return lo === 0 ? Infinity : Math.max(x, y) / lo;
}
