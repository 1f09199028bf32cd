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
 * texts, period labels), one object per period and one per subject, instead of one per claim. Claims are
 * read-only downstream, so sharing is safe. A subject (object, two arrays) is about 170 bytes of a claim's
 * 690; outlets covering one story describe many figures with the same words.
 */
export interface Interner {
  /** Each distinct string once, and its number in `strings`. */
  ids: Map<string, number>;
  strings: string[];
  periods: Map<string, NonNullable<Claim['period']>>;
  subjects: Map<string, Claim['subject']>;
}

export function createInterner(): Interner {
  return { ids: new Map(), strings: [], periods: new Map(), subjects: new Map() };
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
  // Interned: the run's one copy of the string; `lastId` is its number in the run, for subject keys.
  const runId = new Int32Array(strs.length);
  let lastId = -1;
  const si = <T extends string | null = string>(): T => {
    const i = ops[p++] ?? -1;
    if (i < 0) {
      lastId = -1;
      return null as T;
    }
    let v = cache[i];
    if (v === undefined) {
      const raw = strs[i] as string;
      let id = interner.ids.get(raw);
      if (id === undefined) {
        id = interner.strings.length;
        interner.ids.set(raw, id);
        interner.strings.push(raw);
      }
      v = interner.strings[id] as string;
      cache[i] = v;
      runId[i] = id;
    }
    lastId = runId[i] ?? -1;
    return v as T;
  };
  const n = <T extends number | null = number>(): T => {
    const i = ops[p++] ?? -1;
    return (i < 0 ? null : nums[i]) as T;
  };
  // A subject's key: the run numbers of its strings, so two subjects share one object only when equal.
  let key = '';
  const list = (): string[] => {
    const k = ops[p++] ?? 0;
    const a = new Array<string>(k);
    for (let i = 0; i < k; i++) {
      a[i] = si();
      key += `${lastId},`;
    }
    key += ';';
    return a;
  };
  const subject = (): Claim['subject'] => {
    key = '';
    const entities = list();
    const terms = list();
    const measure = si<string | null>();
    key += lastId;
    let shared = interner.subjects.get(key);
    if (shared === undefined) {
      shared = { entities, terms, measure };
      interner.subjects.set(key, shared);
    }
    return shared;
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
        subject: subject(),
        attribution: si<string | null>(), modality: si<Claim['modality']>(), equivalentOf: s<string | null>(),
      };
    }
    out.push(claims);
  }
  return out;
}
