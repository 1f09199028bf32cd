// Words around a figure → 'projected' when the figure is a forecast, target, plan or possibility ("could
// reach", "plans to spend", "target of", "by 2030", "in the next few years"), else 'reported'. A figure
// named as the present or the starting point of a projection stays reported: in "can increase from the
// present $50 billion to $100 billion", only the $100 billion is projected.
import type { Around, Near } from './words.js';

const MARKERS = new Set([
  'will', 'would', 'could', 'can', 'may', 'might', 'shall', 'should', 'expected', 'expects', 'expect', 'expecting', 'forecast',
  'forecasts', 'forecasted', 'forecasting', 'projected', 'projects', 'projection', 'projections', 'plan', 'plans', 'planned', 'planning',
  'target', 'targets', 'targeted', 'targeting', 'aim', 'aims', 'aimed', 'aiming', 'goal', 'intends', 'intend', 'intended', 'seeks',
  'seeking', 'hopes', 'hoping', 'likely', 'potential', 'possible', 'possibly', 'proposed', 'proposes', 'propose', 'set', 'poised',
  'envisages', 'envisaged', 'anticipated', 'anticipates', 'predicted', 'predicts', 'outlook', 'guidance', 'wants', 'estimates',
  'll', 'going', 'budgeted', 'earmarked', 'pledged', 'vowed', 'promised',
]);
// "set" and "going" only count in "set to", "going to"; "estimates" only as a noun for the future.
const NEEDS_TO = new Set(['set', 'going', 'poised']);
// The figure is the present or the baseline, not the projected value.
const PRESENT = new Set(['present', 'current', 'currently', 'now', 'today', 'existing', 'from', 'until', 'till']);
const FUTURE_RIGHT = new Set(['next', 'coming']);
const LEFT_REACH = 16;
const RIGHT_REACH = 8;

function isMarker(words: readonly Near[], k: number): boolean {
  const { lower: w, text } = (words[k] as Near).tok;
  if (!MARKERS.has(w) || (w === 'may' && text !== 'may')) return false; // "May" is the month
  if (w === 'estimates') return false;
  // Reading order runs from k toward 0 on the left side: the word after "set" is words[k - 1].
  if (NEEDS_TO.has(w)) return words[k - 1]?.tok.lower === 'to';
  return true;
}

export function modalityOf(near: Around, publishedYear: number | null = null): 'reported' | 'projected' {
  const { left, right } = near;
  // "from the present $50 billion", "until $50 billion … becomes": the starting point of a projection.
  for (let k = 0; k < Math.min(left.length, 3); k++) {
    if (PRESENT.has((left[k] as Near).tok.lower)) return 'reported';
  }
  for (let k = 0; k < Math.min(left.length, LEFT_REACH); k++) {
    const n = left[k] as Near;
    if (n.broken || n.commas > 1) break;
    if (isMarker(left, k)) return 'projected';
  }
  for (let k = 0; k < Math.min(right.length, RIGHT_REACH); k++) {
    const n = right[k] as Near;
    if (n.broken) break;
    const w = n.tok.lower;
    if (FUTURE_RIGHT.has(w) && /^(year|years|month|months|decade|few|several|quarter|fiscal|\d+|two|three|five|ten)$/.test(right[k + 1]?.tok.lower ?? '')) return 'projected';
    if (w === 'by' && /^\d{4}$/.test(right[k + 1]?.tok.text ?? '')) {
      const year = Number(right[k + 1]?.tok.text);
      if (publishedYear === null || year > publishedYear) return 'projected';
    }
  }
  return 'reported';
}
