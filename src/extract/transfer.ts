// Claim[][] ⇄ a compact message for worker threads. Structured clone of many small objects costs more on
// the receiving thread than extracting them did (measured ~8 µs a claim); here strings are interned per
// batch, numbers travel in a transferred Float64Array and the receiver builds each claim with one object
// literal in ClaimSchema's key order (~1–2 µs a claim). Anything of another shape travels as it is.
import type { Claim } from './schema.js';

export interface PackedClaims {
  packed: true;
  ops: Int32Array;
  nums: Float64Array;
  strs: string[];
}

const CLAIM_KEYS = 'id,document,start,end,line,column,text,sentence,kind,value,unit,scale,precision,qualifier,low,high,per,period,subject,attribution,modality,equivalentOf';
const PERIOD_KEYS = 'label,start,end';
const SUBJECT_KEYS = 'entities,terms,measure';

function hasKeys(value: object, keys: string): boolean {
  return Object.keys(value).join(',') === keys;
}

function packable(c: Claim): boolean {
  return (
    hasKeys(c, CLAIM_KEYS) &&
    (c.period === null || hasKeys(c.period, PERIOD_KEYS)) &&
    hasKeys(c.subject, SUBJECT_KEYS) &&
    c.subject.entities.every((e) => typeof e === 'string') &&
    c.subject.terms.every((t) => typeof t === 'string')
  );
}

/** Packs the lists, or returns them unchanged when a claim has a shape this codec does not know. */
export function packClaims(lists: Claim[][]): PackedClaims | Claim[][] {
  for (const list of lists) for (const c of list) if (!packable(c)) return lists;
  const ops: number[] = [];
  const nums: number[] = [];
  const strs: string[] = [];
  const index = new Map<string, number>();
  const s = (v: string | null) => {
    if (v === null) return void ops.push(-1);
    let i = index.get(v);
    if (i === undefined) {
      i = strs.length;
      strs.push(v);
      index.set(v, i);
    }
    ops.push(i);
  };
  const n = (v: number | null) => {
    if (v === null) return void ops.push(-1);
    ops.push(nums.length);
    nums.push(v);
  };
  const list = (a: readonly string[]) => {
    ops.push(a.length);
    for (const x of a) s(x);
  };
  for (const claims of lists) {
    ops.push(claims.length);
    for (const c of claims) {
      s(c.id); s(c.document); n(c.start); n(c.end); n(c.line); n(c.column); s(c.text); s(c.sentence); s(c.kind);
      n(c.value); s(c.unit); s(c.scale); n(c.precision); s(c.qualifier); n(c.low); n(c.high); s(c.per);
      if (c.period === null) ops.push(-1);
      else {
        ops.push(1);
        s(c.period.label); s(c.period.start); s(c.period.end);
      }
      list(c.subject.entities); list(c.subject.terms); s(c.subject.measure);
      s(c.attribution); s(c.modality); s(c.equivalentOf);
    }
  }
  return { packed: true, ops: Int32Array.from(ops), nums: Float64Array.from(nums), strs };
}

/**
 * One per run: the receiving side keeps one copy of each repeated string (units, entities, terms, figure
 * texts, period labels) and one object per period, instead of one per batch. Claims are read-only
 * downstream, so sharing is safe; on 100,000 articles it saves about a third of the claims' memory.
 */
export interface Interner {
  strings: Map<string, string>;
  periods: Map<string, NonNullable<Claim['period']>>;
}

export function createInterner(): Interner {
  return { strings: new Map(), periods: new Map() };
}

export function unpackClaims(message: PackedClaims | Claim[][], interner: Interner = createInterner()): Claim[][] {
  if (!('packed' in message)) return message;
  const { ops, nums, strs } = message;
  const cache = new Array<string | undefined>(strs.length);
  let p = 0;
  // The casts restore what packClaims checked: every slot holds the type its field had.
  const s = <T extends string | null = string>(): T => {
    const i = ops[p++] ?? -1;
    return (i < 0 ? null : strs[i]) as T;
  };
  // Interned: the run's one copy of the string.
  const si = <T extends string | null = string>(): T => {
    const i = ops[p++] ?? -1;
    if (i < 0) return null as T;
    let v = cache[i];
    if (v === undefined) {
      const raw = strs[i] as string;
      v = interner.strings.get(raw);
      if (v === undefined) {
        interner.strings.set(raw, raw);
        v = raw;
      }
      cache[i] = v;
    }
    return v as T;
  };
  const n = <T extends number | null = number>(): T => {
    const i = ops[p++] ?? -1;
    return (i < 0 ? null : nums[i]) as T;
  };
  const list = (): string[] => {
    const k = ops[p++] ?? 0;
    const a = new Array<string>(k);
    for (let i = 0; i < k; i++) a[i] = si();
    return a;
  };
  const period = (): Claim['period'] => {
    if ((ops[p++] ?? -1) < 0) return null;
    const label = si();
    const start = si();
    const end = si();
    const key = `${label}\0${start}\0${end}`;
    let shared = interner.periods.get(key);
    if (shared === undefined) {
      shared = { label, start, end };
      interner.periods.set(key, shared);
    }
    return shared;
  };
  const out: Claim[][] = [];
  while (p < ops.length) {
    const k = ops[p++] ?? 0;
    const claims = new Array<Claim>(k);
    for (let j = 0; j < k; j++) {
      claims[j] = {
        id: s(), document: si(), start: n(), end: n(), line: n(), column: n(), text: si(), sentence: s(), kind: si<Claim['kind']>(),
        value: n(), unit: si(), scale: si<string | null>(), precision: n(), qualifier: si<Claim['qualifier']>(),
        low: n<number | null>(), high: n<number | null>(), per: si<string | null>(),
        period: period(),
        subject: { entities: list(), terms: list(), measure: si<string | null>() },
        attribution: si<string | null>(), modality: si<Claim['modality']>(), equivalentOf: s<string | null>(),
      };
    }
    out.push(claims);
  }
  return out;
}
