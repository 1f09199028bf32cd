// All wording of findings lives here: describeDiagnosis (the arithmetic, in words), describeFinding (one
// sentence), describeBasis (why the claims were matched), describeRule (what a code means, for SARIF rules
// and help). Every human-facing reporter calls these; JSON carries their text beside the code.
// The comparator fills `data`; any key may be missing, so every phrase degrades to what is known.
import type { Finding, FindingCode, Severity } from '../compare/schema.js';
import type { Claim } from '../extract/schema.js';
import { formatGrouped } from './grouped.js';

// A whole number: the same grouping as toLocaleString('en-US'), without building a formatter per call.
const num = (n: number): string => (Math.abs(n) >= 100 ? formatGrouped(Math.round(n)) : String(Number(n.toPrecision(4))));

const has = (v: unknown): v is number | string => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v !== '');
const show = (v: number | string): string => (typeof v === 'number' ? num(v) : v);

/** "×1,000": how far apart two figures are. */
export function formatRatio(ratio: number): string {
  return `×${num(ratio)}`;
}

function factorOf(f: Finding): string {
  return formatRatio(typeof f.data.factor === 'number' ? f.data.factor : f.ratio);
}

function sameDigits(f: Finding): string {
  return has(f.data.digits) ? ` with the same digits ${show(f.data.digits)}` : '';
}

function conversion(f: Finding): string {
  const { amount, currency, restated, restatedCurrency, impliedRate, referenceRate, year } = f.data;
  const parts: string[] = [];
  if (has(amount) && has(currency) && has(restated) && has(restatedCurrency)) {
    const rate = has(impliedRate) ? ` = ${show(impliedRate)} ${currency} per ${restatedCurrency}` : '';
    parts.push(`${show(amount)} ${currency} / ${show(restated)} ${restatedCurrency}${rate}`);
  } else if (has(impliedRate)) {
    parts.push(`the restatement implies a rate of ${show(impliedRate)}`);
  }
  // A year is a label, not a quantity: 2024, never 2,024.
  if (has(referenceRate)) parts.push(`${has(year) ? `${String(year)} ` : ''}average ${show(referenceRate)}`);
  return parts.length > 0
    ? parts.join('; ')
    : `a figure and its restatement in another currency are ${formatRatio(f.ratio)} off the exchange rate`;
}

export function describeDiagnosis(f: Finding): string {
  const d = f.data;
  switch (f.code) {
    case 'scale-slip': {
      const scales = has(d.scaleLow) && has(d.scaleHigh) ? `: ${show(d.scaleLow)} vs ${show(d.scaleHigh)}` : '';
      return `${factorOf(f)} apart${sameDigits(f)}${scales}, a scale slip`;
    }
    case 'decimal-slip':
      return `${factorOf(f)} apart${sameDigits(f)}: a misplaced decimal point`;
    case 'lakh-crore-slip':
      return `${factorOf(f)} apart: lakh vs crore (1 crore = 100 lakh)`;
    case 'percent-points':
      return has(d.percent) && has(d.points)
        ? `${show(d.percent)}% vs ${show(d.points)} percentage points: a relative change read as an absolute one, or the reverse`
        : 'percent vs percentage points: a relative change read as an absolute one, or the reverse';
    case 'qualifier-tension':
      return `compatible only through the qualifier${has(d.qualifier) ? ` "${show(d.qualifier)}"` : ''}, but ${formatRatio(f.ratio)} apart`;
    case 'internal-conflict':
      return `one document gives two figures, ${formatRatio(f.ratio)} apart`;
    case 'conversion-mismatch':
      return conversion(f);
    case 'agreement':
      return `${f.claims.length} figures agree`;
    case 'value-conflict':
      return d.evolving === 'rising'
        ? `figures ${formatRatio(f.ratio)} apart; the higher one comes from later articles: probably a toll that rose, so the earlier figure is out of date`
        : `figures ${formatRatio(f.ratio)} apart, beyond what their qualifiers and rounding allow`;
  }
}

/** The diagnosis as a sentence of its own: capitalised, with a full stop. */
export function diagnosisSentence(f: Finding): string {
  const d = describeDiagnosis(f);
  return `${d.charAt(0).toUpperCase()}${d.slice(1)}.`;
}

/** Why the claims were taken as one fact: "Matched on spending, India, period 2024 (confidence 0.9)." */
export function describeBasis(f: Finding): string {
  const parts = [...new Set([...(f.basis.measure ? [f.basis.measure] : []), ...f.basis.entities, ...f.basis.terms.slice(0, 3)])];
  if (f.basis.period) parts.push(`period ${f.basis.period}`);
  return parts.length > 0 ? `Matched on ${parts.join(', ')}.` : '';
}

export function describeFinding(f: Finding, claimsById: ReadonlyMap<string, Claim>): string {
  const texts = f.claims.map((id) => {
    const c = claimsById.get(id);
    return c ? `"${c.text}" (${c.document}:${c.line})` : id;
  });
  const lead =
    f.kind === 'agreement'
      ? `${f.fact}: ${texts.join(', ')} agree.`
      : f.kind === 'conversion'
        ? `${f.fact}: ${texts.join(' restated as ')} disagrees with the exchange rate.`
        : `${f.fact}: ${texts.join(' vs ')} disagree.`;
  const basis = describeBasis(f);
  const original = describeOriginal(f);
  return `${lead} ${diagnosisSentence(f)}${basis ? ` ${basis}` : ''}${original ? ` ${original}` : ''}`;
}

/** When every claim credits one original report: what that means for this finding; '' otherwise. */
export function describeOriginal(f: Finding): string {
  if (f.sameOriginal === null) return '';
  return f.kind === 'agreement'
    ? `All credit ${f.sameOriginal}: rewrites of one report, not independent confirmation.`
    : `All credit ${f.sameOriginal}: one of them misreported it.`;
}

export function describeConfidence(f: Finding): string {
  return `Confidence that these are the same fact: ${Math.round(f.confidence * 100)}%.`;
}

export function describeSeverity(s: Severity): string {
  return s === 'error' ? 'Errors' : s === 'warning' ? 'Warnings' : 'Notes';
}

export interface RuleText {
  short: string;
  full: string;
  help: string;
}

const RULES: Readonly<Record<FindingCode, RuleText>> = {
  'scale-slip': {
    short: 'Same digits, a different scale word',
    full: 'Two sources give the same leading digits for one fact but a thousand or a million times apart: million vs billion, thousand vs million.',
    help: 'One of the figures probably has the wrong scale word (million for billion or the reverse). Check the original source and correct the scale.',
  },
  'decimal-slip': {
    short: 'Same digits, a misplaced decimal point',
    full: 'Two sources give the same digits for one fact, ten or a hundred times apart.',
    help: 'One of the figures probably has its decimal point in the wrong place (3.5% vs 35%). Check the original source.',
  },
  'lakh-crore-slip': {
    short: 'Lakh and crore confused',
    full: 'Two sources are a hundred times apart where one writes the figure in lakh and the other in crore (1 crore = 100 lakh).',
    help: 'One of the figures probably uses lakh for crore or the reverse. Check the original source.',
  },
  'percent-points': {
    short: 'Percent vs percentage points',
    full: 'A change given in percent in one source and in percentage points in another.',
    help: 'A relative change (percent) and an absolute change (percentage points) are not the same figure. Say which one the source meant.',
  },
  'value-conflict': {
    short: 'Different figures for one fact',
    full: 'Sources give figures for the same fact that differ beyond what their qualifiers and rounding allow, with no simpler explanation.',
    help: 'Check each figure against its original source; if they measure different things, make the wording say so.',
  },
  'qualifier-tension': {
    short: 'Compatible only through a qualifier',
    full: 'The figures agree only because one is qualified ("more than", "at least", "up to"), yet they are far apart.',
    help: 'A qualified figure far from a precise one is technically true but misleading. Consider giving the precise figure.',
  },
  'internal-conflict': {
    short: 'One document, two figures',
    full: 'One document gives two different figures for the same fact.',
    help: 'Make the document consistent, or make clear that the figures are about different things.',
  },
  'conversion-mismatch': {
    short: 'Currency restatement off the exchange rate',
    full: 'A figure and its restatement in another currency imply an exchange rate far from the average rate of the period.',
    help: 'Recompute the restated amount with the exchange rate of the period, or check the original amount.',
  },
  agreement: {
    short: 'Sources agree',
    full: 'Several sources give the same figure for one fact.',
    help: 'No action needed. When every source credits the same original, they are not independent confirmation.',
  },
};

export function describeRule(code: FindingCode): RuleText {
  return RULES[code];
}

/** Annotations GitHub would not show: the closing line of the github format. */
export function describeHiddenAnnotations(hidden: number, perLevel: number): string {
  return `claimcheck: ${hidden} more finding${hidden === 1 ? '' : 's'} not annotated (GitHub shows at most ${perLevel} annotations of a level per step); the full report follows.`;
}
