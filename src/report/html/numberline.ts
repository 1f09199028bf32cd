// Figures → an inline SVG number line: one row per figure, a dot for its value and a bar for the interval
// its qualifier allows (an arrow to the edge where that interval is unbounded). Figures that span orders of
// magnitude get a log scale, so a ×1,000 slip shows as three decades at a glance.
import { html, type Html } from './escape.js';

export interface LinePoint {
  /** The figure as written (and how it was converted, if it was). */
  figure: string;
  outlet: string;
  value: number;
  low: number | null;
  high: number | null;
  severity: 'error' | 'warning' | 'info';
}

export type ScaleKind = 'linear' | 'log';

/** Log scale when every figure is positive and the largest is more than 20 times the smallest. */
export const LOG_THRESHOLD = 20;

export function chooseScale(values: readonly number[]): ScaleKind {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0 || finite.some((v) => v <= 0)) return 'linear';
  return Math.max(...finite) / Math.min(...finite) > LOG_THRESHOLD ? 'log' : 'linear';
}

export interface Scale {
  kind: ScaleKind;
  min: number;
  max: number;
  ticks: number[];
  /** 0..1 across the plot; values beyond the domain are clamped. */
  position: (v: number) => number;
}

function niceStep(span: number): number {
  const raw = span / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10;
  return step * magnitude;
}

/** The scale kind follows the values; the domain also takes in the interval bounds (positive ones on a log scale). */
export function buildScale(values: readonly number[], bounds: readonly number[] = []): Scale {
  const kind = chooseScale(values);
  const finite = [...values, ...bounds].filter((v) => Number.isFinite(v) && (kind === 'linear' || v > 0));
  const lo = finite.length ? Math.min(...finite) : 0;
  const hi = finite.length ? Math.max(...finite) : 1;
  const clamp = (t: number) => Math.min(1, Math.max(0, t));
  if (kind === 'log') {
    const a = Math.floor(Math.log10(lo));
    const b = Math.max(Math.ceil(Math.log10(hi)), a + 1);
    const every = Math.ceil((b - a) / 8);
    const ticks: number[] = [];
    for (let k = a; k <= b; k += every) ticks.push(10 ** k);
    return { kind: 'log', min: 10 ** a, max: 10 ** b, ticks, position: (v) => (v <= 0 ? 0 : clamp((Math.log10(v) - a) / (b - a))) };
  }
  const span = hi - lo || Math.abs(hi) * 0.2 || 1;
  const step = niceStep(span);
  let min = Math.floor((lo - span * 0.05) / step) * step;
  if (lo >= 0 && min < 0) min = 0;
  const max = Math.ceil((hi + span * 0.05) / step) * step;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  return { kind: 'linear', min, max, ticks, position: (v) => clamp((v - min) / (max - min)) };
}

const SUFFIXES: Array<[number, string]> = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/** 4900000000 → "4.9B": tick labels, three significant digits at most. */
export function compact(v: number): string {
  const abs = Math.abs(v);
  for (const [size, suffix] of SUFFIXES) {
    if (abs >= size) return `${Number((v / size).toPrecision(3))}${suffix}`;
  }
  return String(Number(v.toPrecision(3)));
}

const WIDTH = 680;
const PLOT_LEFT = 250;
const PLOT_RIGHT = 650;
const ROW = 40;
const TOP = 6;
const MAX_LABEL = 34;

const r1 = (n: number) => Math.round(n * 10) / 10;
const clip = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

export function numberLine(points: readonly LinePoint[], unit: string, caption: string): Html {
  const bounds = points.flatMap((p) => [p.low, p.high]).filter((v): v is number => v !== null);
  const scale = buildScale(
    points.map((p) => p.value),
    bounds,
  );
  const x = (v: number) => r1(PLOT_LEFT + scale.position(v) * (PLOT_RIGHT - PLOT_LEFT));
  const axisY = TOP + points.length * ROW + 4;
  const height = axisY + 30;
  const rows = points.map((p, i) => {
    const y = TOP + i * ROW + 24;
    const from = p.low === null ? PLOT_LEFT : x(p.low);
    const to = p.high === null ? PLOT_RIGHT : x(p.high);
    const arrows = [
      p.low === null ? html`<path class="arrow" d="M${PLOT_LEFT - 6} ${y}l8 -6v12z"/>` : '',
      p.high === null ? html`<path class="arrow" d="M${PLOT_RIGHT + 6} ${y}l-8 -6v12z"/>` : '',
    ];
    const cx = x(p.value);
    return html`<g class="row sev-${p.severity}"><title>${p.outlet}: ${p.figure} = ${compact(p.value)}</title>
<line class="guide" x1="${PLOT_LEFT}" x2="${PLOT_RIGHT}" y1="${y}" y2="${y}"/>
<text class="label" x="${PLOT_LEFT - 14}" y="${y - 3}" text-anchor="end">${clip(p.figure)}</text>
<text class="outlet" x="${PLOT_LEFT - 14}" y="${y + 11}" text-anchor="end">${clip(p.outlet)}</text>
<rect class="interval" x="${Math.min(from, to)}" y="${y - 4}" width="${r1(Math.max(Math.abs(to - from), 1))}" height="8" rx="3"/>${arrows}
<circle class="dot" cx="${cx}" cy="${y}" r="5"/><text class="value" x="${cx}" y="${y - 10}" text-anchor="middle">${compact(p.value)}</text></g>
`;
  });
  const ticks = scale.ticks.map(
    (t) =>
      html`<line class="tick" x1="${x(t)}" x2="${x(t)}" y1="${TOP}" y2="${axisY + 4}"/><text class="tick-label" x="${x(t)}" y="${axisY + 17}" text-anchor="middle">${compact(t)}</text>`,
  );
  const note = `${unit}, ${scale.kind === 'log' ? 'log scale' : 'linear scale'}`;
  return html`<figure class="numberline" data-scale="${scale.kind}"><svg viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${caption}" xmlns="http://www.w3.org/2000/svg">${ticks}<line class="axis" x1="${PLOT_LEFT}" x2="${PLOT_RIGHT}" y1="${axisY}" y2="${axisY}"/>${rows}</svg><figcaption>${note}</figcaption></figure>`;
}
