// Subject matching: a claim's entities, terms, measure, period and figure → weighted tokens; two claims → a similarity.
// Weights are rarity across the corpus (IDF over documents): "Russia" in every article counts little,
// a company named in two articles counts much.

/** Interns token strings to small integers so claims carry sorted id arrays, not Sets of strings. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  /** Each token's kind, the char code of its prefix letter (KIND.entity for e:…): cheaper than startsWith. */
  readonly kinds: number[] = [];
  /** How an entity token was first written ("Acme Holdings" for e:acme holdings), for labels. */
  readonly display = new Map<number, string>();
  name(id: number, written: string): void {
    if (!this.display.has(id)) this.display.set(id, written);
  }
  id(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(token, id);
      this.names.push(token);
      this.kinds.push(token.charCodeAt(0));
    }
    return id;
  }
}

export const KIND = { entity: 101, term: 116, word: 119, measure: 109, period: 112, figure: 118 } as const;

export interface SubjectTokens {
  /** Sorted distinct token ids: e:entity, t:term, m:measure, p:period, v:figure. */
  tokens: number[];
  /** Sorted entity token ids, for the head check. */
  entities: number[];
  /** The most specific entity (the extractor lists it first), or -1. */
  head: number;
  /** The tokens' total weight, NaN until the first similarity sums it (weights are known only once all claims are read). */
  weight: number;
}

const CORPORATE = /\b(inc|incorporated|ltd|limited|plc|llc|corp|corporation|co|ag|sa|gmbh|pvt|nv)\b\.?/g;

/** "The Acme Holdings Pvt. Ltd." and "acme holdings" are one key; aliases map onto a canonical name. */
export function entityKey(name: string, aliases: ReadonlyMap<string, string>): string {
  const key = bareEntity(name);
  const alias = aliases.get(key);
  return alias === undefined ? key : bareEntity(alias);
}

export function bareEntity(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(CORPORATE, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A light plural fold, applied to both sides alike: "drones"/"drone", "supplies"/"supply". */
export function termKey(term: string): string {
  const t = term.toLowerCase().trim();
  if (t.length > 4 && t.endsWith('ies')) return `${t.slice(0, -3)}y`;
  if (t.length > 4 && /(s|x|ch|sh)es$/.test(t)) return t.slice(0, -2);
  if (t.length > 3 && t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us')) return t.slice(0, -1);
  return t;
}

/**
 * Token weights: idf = ln(1 + N/df), doubled for entities (names identify a subject better than
 * words); a figure token is multiplied by its significant digits (up to 3), because two articles
 * that both write "5 billion rupees" or "$60,000" are likelier to mean one thing than two
 * that both write "$60 million".
 */
const SOLO_WEIGHT = 0.15;

export function tokenWeights(vocab: Vocabulary, df: Int32Array, documents: number): Float64Array {
  const weights = new Float64Array(vocab.names.length);
  for (let id = 0; id < weights.length; id++) {
    const d = Math.max(1, df[id] ?? 1);
    const kind = vocab.kinds[id];
    const factor = kind === KIND.entity ? 2 : kind === KIND.figure ? figureSpecificity(vocab.names[id] as string) : 1;
    // A word only one article uses is that article's wording, not evidence for or against a match with
    // another article: it keeps a token weight so in-document comparisons still see it. Names, measures
    // and periods are not wording: "Hindustan Zinc" named by one article only still says whose figure it is.
    const wording = kind === KIND.term || kind === KIND.word || kind === KIND.figure;
    const solo = d === 1 && documents > 1 && wording ? SOLO_WEIGHT : 1;
    weights[id] = Math.log(1 + documents / d) * factor * solo;
  }
  return weights;
}

/** "v:INR:8.2e10" → 2 significant digits. */
export function figureSpecificity(token: string): number {
  const mantissa = token.slice(token.lastIndexOf(':') + 1).split('e')[0] ?? '';
  return Math.min(3, Math.max(1, mantissa.replace(/[^0-9]/g, '').replace(/^0+/, '').length));
}

export interface Similarity {
  /** 0–1 */
  confidence: number;
  shared: number[];
}

function contains(sorted: readonly number[], id: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] as number;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Weighted Dice over the two token sets, then penalties: two claims whose most specific entities do
 * not appear on the other side are probably about different things ("another $600,000 to Kyrgyzstan"
 * beside a company's total; skipped when both give the same specific figure, which is evidence
 * enough that two differently worded subjects are one), and a claim without a period (or a measure)
 * matching one with a period (or a measure) needs more.
 * Mapped to 0–1 as 1 − (1 − s)²: a Dice of 0.4 between news sentences is already a strong match.
 */
export function similarity(
  a: SubjectTokens,
  b: SubjectTokens,
  weights: Float64Array,
  oneSidedPeriod: boolean,
  oneSidedMeasure: boolean,
  headCheck: boolean,
  shared: number[] = [],
): Similarity {
  return { confidence: subjectConfidence(a, b, weights, oneSidedPeriod, oneSidedMeasure, headCheck, shared), shared };
}

/** The confidence alone (the hot loops need nothing else); `shared`, when given, collects the shared tokens. */
export function subjectConfidence(
  a: SubjectTokens,
  b: SubjectTokens,
  weights: Float64Array,
  oneSidedPeriod: boolean,
  oneSidedMeasure: boolean,
  headCheck: boolean,
  shared: number[] | null = null,
): number {
  // Each side's total weight is summed in token order, as a merge of the two lists would: the same sum.
  const wa = Number.isNaN(a.weight) ? (a.weight = totalWeight(a.tokens, weights)) : a.weight;
  const wb = Number.isNaN(b.weight) ? (b.weight = totalWeight(b.tokens, weights)) : b.weight;
  let both = 0;
  const x = a.tokens;
  const y = b.tokens;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    const u = x[i] as number;
    const v = y[j] as number;
    if (u === v) {
      both += weights[u] as number;
      shared?.push(u);
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  let s = wa + wb > 0 ? (2 * both) / (wa + wb) : 0;
  if (headCheck && a.head >= 0 && b.head >= 0 && a.head !== b.head) {
    const aIn = contains(b.entities, a.head);
    const bIn = contains(a.entities, b.head);
    if (!aIn && !bIn) s *= 0.5;
    else if (!aIn || !bIn) s *= 0.8;
  }
  if (oneSidedPeriod) s *= 0.85;
  // What is measured is known on one side only: the other may be about something else entirely.
  if (oneSidedMeasure) s *= 0.85;
  return 1 - (1 - s) * (1 - s);
}

function totalWeight(tokens: readonly number[], weights: Float64Array): number {
  let w = 0;
  for (const t of tokens) w += weights[t] as number;
  return w;
}
