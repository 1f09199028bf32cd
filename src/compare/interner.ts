// Claim strings → token ids and gate keys, each distinct string normalised once: names, terms, measures,
// dates and figures repeat across a corpus, so the claims of a large folder mostly hit these caches.
import { parseIsoDate } from '../util/calendar.js';
import { measureFamily } from './gates.js';
import { digitsOf } from './intervals.js';
import { entityKey, termKey, type Vocabulary } from './subjects.js';

const DAY = 86_400_000;

const NAME_STOPWORDS = new Set(['of', 'and', 'the', 'for', 'de', 'la', 'du', 'der', 'und', 'on', 'in', 'at', 'to']);

export interface MeasureKey {
  /** Lower case, trimmed; null when empty. */
  name: string | null;
  /** The m: token, -1 when there is no name. */
  token: number;
  /** Gate keys of its family and of the broad measure it refines; -2 until asked for. */
  gate: number;
  broad: number;
}

export interface PeriodKey {
  /** The p: token, -1 when either date is not a real date. */
  token: number;
  /** First and last day (epoch days), the last no earlier than the first. */
  start: number;
  end: number;
  /** The year of the first day, when that day is a real date (it votes for its document's year). */
  year: number | null;
  /** Gate key; -2 until asked for. */
  gate: number;
}

export class Interner {
  private readonly entities = new Map<string, number>();
  private readonly terms = new Map<string, number>();
  private readonly measures = new Map<string, MeasureKey>();
  private readonly periods = new Map<string, Map<string, PeriodKey>>();
  private readonly figures = new Map<string, Map<number, number>>();
  private readonly nameWords = new Map<number, readonly number[]>();
  private readonly upper = new Map<string, string>();
  private readonly units = new Map<string, number>();
  private readonly dates = new Map<string, { year: number; day: number } | null>();
  /** Gate keys are numbered in the order the claims first give them (the profile in gates.ts is built from them). */
  private readonly gates = new Map<string, number>();

  constructor(
    private readonly vocab: Vocabulary,
    private readonly aliases: ReadonlyMap<string, string>,
  ) {}

  /** The e: token of a name as written (its display name is the first spelling met), -1 when nothing is left of it. */
  entity(name: string): number {
    let id = this.entities.get(name);
    if (id === undefined) {
      const key = entityKey(name, this.aliases);
      id = key === '' ? -1 : this.vocab.id(`e:${key}`);
      if (id >= 0) this.vocab.name(id, name);
      this.entities.set(name, id);
    }
    return id;
  }

  term(term: string): number {
    let id = this.terms.get(term);
    if (id === undefined) {
      const token = `t:${termKey(term)}`;
      this.terms.set(term, (id = token.length > 2 ? this.vocab.id(token) : -1));
    }
    return id;
  }

  /** w: tokens for the words of a multi-word name, so "Ministry of Industry and Trade" meets "Industry and Trade Ministry". */
  words(entity: number): readonly number[] {
    let words = this.nameWords.get(entity);
    if (words === undefined) {
      const key = (this.vocab.names[entity] as string).slice(2);
      words = key.includes(' ') ? key.split(' ').filter((w) => w.length > 1 && !NAME_STOPWORDS.has(w)).map((w) => this.vocab.id(`w:${termKey(w)}`)) : [];
      this.nameWords.set(entity, words);
    }
    return words;
  }

  measure(raw: string): MeasureKey {
    let m = this.measures.get(raw);
    if (m === undefined) {
      const name = raw.toLowerCase().trim() || null;
      this.measures.set(raw, (m = { name, token: name === null ? -1 : this.vocab.id(`m:${name}`), gate: -2, broad: -2 }));
    }
    return m;
  }

  measureGate(m: MeasureKey): void {
    if (m.gate !== -2 || m.name === null) return;
    const family = measureFamily(m.name);
    m.gate = this.gate(`m:${family}`);
    // "valuation-post" refines "valuation": one level of refinement, by the part before the first hyphen.
    const dash = family.indexOf('-');
    m.broad = dash > 0 ? this.gate(`m:${family.slice(0, dash)}`) : m.gate;
  }

  period(start: string, end: string): PeriodKey {
    let byEnd = this.periods.get(start);
    if (byEnd === undefined) this.periods.set(start, (byEnd = new Map()));
    let p = byEnd.get(end);
    if (p === undefined) {
      const first = this.date(start);
      const last = this.date(end);
      const valid = first !== null && last !== null;
      p = {
        token: valid ? this.vocab.id(`p:${start}/${end}`) : -1,
        start: valid ? first.day : NaN,
        end: valid ? Math.max(first.day, last.day) : NaN,
        year: first?.year ?? null,
        gate: -2,
      };
      byEnd.set(end, p);
    }
    return p;
  }

  periodGate(p: PeriodKey): number {
    if (p.gate === -2) p.gate = this.gate(`p:${(this.vocab.names[p.token] as string).slice(2)}`);
    return p.gate;
  }

  /** The gate key of a counted noun ("people", "homes"). */
  unitGate(unit: string): number {
    let u = this.units.get(unit);
    if (u === undefined) this.units.set(unit, (u = this.gate(`u:${termKey(unit)}`)));
    return u;
  }

  currency(unit: string): string {
    let u = this.upper.get(unit);
    if (u === undefined) this.upper.set(unit, (u = unit.toUpperCase()));
    return u;
  }

  /** The v: token: the figure itself, so an unusual number in two articles is evidence of one fact. */
  figure(unit: string, point: number): number {
    let figures = this.figures.get(unit);
    if (figures === undefined) this.figures.set(unit, (figures = new Map()));
    let id = figures.get(point);
    if (id === undefined) {
      id = this.vocab.id(`v:${unit}:${digitsOf(point, 0)}e${Math.floor(Math.log10(Math.abs(point) || 1))}`);
      figures.set(point, id);
    }
    return id;
  }

  date(s: string): { year: number; day: number } | null {
    let d = this.dates.get(s);
    if (d === undefined) {
      const parsed = parseIsoDate(s);
      this.dates.set(s, (d = parsed === null ? null : { year: parsed.year, day: Date.UTC(parsed.year, parsed.month - 1, parsed.day) / DAY }));
    }
    return d;
  }

  private gate(s: string): number {
    let v = this.gates.get(s);
    if (v === undefined) this.gates.set(s, (v = this.gates.size));
    return v;
  }
}
