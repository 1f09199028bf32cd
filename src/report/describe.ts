// All wording of findings lives here: describeDiagnosis (the arithmetic, in words) and describeFinding
// (one sentence). Every human-facing reporter calls these; JSON carries their text beside the code.
import type { Finding } from '../compare/schema.js';
import type { Claim } from '../extract/schema.js';

const num = (n: number): string =>
  Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : String(Number(n.toPrecision(4)));

const str = (v: unknown): string => (v === null || v === undefined ? '?' : String(v));
const numOr = (v: unknown): string => (typeof v === 'number' ? num(v) : str(v));

export function describeDiagnosis(f: Finding): string {
  const d = f.data;
  switch (f.code) {
    case 'scale-slip':
      return `×${numOr(d.factor)} apart with the same digits ${str(d.digits)}: ${str(d.scaleLow)} vs ${str(d.scaleHigh)}, a scale slip`;
    case 'decimal-slip':
      return `×${numOr(d.factor)} apart with the same digits ${str(d.digits)}: a misplaced decimal point`;
    case 'lakh-crore-slip':
      return `×${numOr(d.factor)} apart: lakh vs crore (1 crore = 100 lakh)`;
    case 'percent-points':
      return `${numOr(d.percent)}% vs ${numOr(d.points)} percentage points: a relative change read as an absolute one, or the reverse`;
    case 'qualifier-tension':
      return `compatible only through the qualifier "${str(d.qualifier)}", but ×${num(f.ratio)} apart`;
    case 'internal-conflict':
      return `one document gives two figures, ×${num(f.ratio)} apart`;
    case 'conversion-mismatch':
      return `${numOr(d.amount)} ${str(d.currency)} / ${numOr(d.restated)} ${str(d.restatedCurrency)} = ${numOr(d.impliedRate)} ${str(d.currency)} per ${str(d.restatedCurrency)}; ${str(d.year)} average ${numOr(d.referenceRate)}`;
    case 'agreement':
      return `${f.claims.length} figures agree`;
    case 'value-conflict':
      return `figures ×${num(f.ratio)} apart, beyond what their qualifiers and rounding allow`;
  }
}

function basisText(f: Finding): string {
  const parts = [...f.basis.entities, ...f.basis.terms.slice(0, 3)];
  if (f.basis.measure) parts.unshift(f.basis.measure);
  const period = f.basis.period ? `, period ${f.basis.period}` : '';
  return parts.length > 0 || period ? ` Matched on ${parts.join(', ')}${period}.` : '';
}

export function describeFinding(f: Finding, claimsById: ReadonlyMap<string, Claim>): string {
  const texts = f.claims.map((id) => {
    const c = claimsById.get(id);
    return c ? `"${c.text}" (${c.document}:${c.line})` : id;
  });
  const original = f.sameOriginal ? ` All credit ${f.sameOriginal}: ` : ' ';
  const lead =
    f.kind === 'agreement'
      ? `${f.fact}: ${texts.join(', ')} agree.`
      : f.kind === 'conversion'
        ? `${f.fact}: ${texts.join(' restated as ')} disagrees with the exchange rate.`
        : `${f.fact}: ${texts.join(' vs ')} disagree.`;
  const tail =
    f.sameOriginal === null
      ? ''
      : f.kind === 'agreement'
        ? `${original}rewrites of one report, not independent confirmation.`
        : `${original}one of them misreported it.`;
  return `${lead} ${describeDiagnosis(f)}.${basisText(f)}${tail}`;
}
