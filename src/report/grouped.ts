// Numbers with their digits grouped by threes, as Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
// writes them: "82,000,000,000". Intl costs about a microsecond a call, which added up on reports of
// hundreds of thousands of figures; a safe integer is grouped here (a property test holds it equal to Intl),
// anything else goes to Intl.
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatGrouped(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return GROUPED.format(n);
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}
