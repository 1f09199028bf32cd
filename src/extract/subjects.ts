// (text, sentence, figure, document context) → what the figure is about: entities, terms and measure, the
// source credited, and whether it is reported or projected. Looks only at a capped window around the
// figure (words.ts) and at most one paragraph for attribution, so describing every figure is linear.
import { nearestCredit } from './attribution.js';
import { entitiesOf } from './entities.js';
import type { Figure } from './figure.js';
import { measureOf } from './measures.js';
import { modalityOf } from './modality.js';
import type { Subject } from './schema.js';
import type { Span } from './sentences.js';
import { termsOf } from './terms.js';
import { around } from './words.js';

export { documentAttribution } from './attribution.js';
export { DEFAULT_ALIASES } from './entities.js';

export interface DocumentContext {
  title: string | null;
  /** The source the whole article credits (documentAttribution). */
  docAttribution: string | null;
  /** Publication year, when known: "by 2023" in an article from 2024 is not a projection. */
  publishedYear?: number | null;
  aliases?: ReadonlyMap<string, string>;
}

export interface Description {
  subject: Subject;
  attribution: string | null;
  modality: 'reported' | 'projected';
}

const PARAGRAPH_REACH = 1500;

export function describeFigure(
  text: string,
  sentence: Span,
  figure: Pick<Figure, 'start' | 'end' | 'kind' | 'unit'>,
  doc: DocumentContext,
  aliases: ReadonlyMap<string, string> | undefined = doc.aliases,
): Description {
  const near = around(text, sentence, figure);
  return {
    subject: {
      entities: entitiesOf(text, near, figure, sentence.start, aliases),
      terms: termsOf(near),
      measure: measureOf(near, figure.kind, figure.unit),
    },
    attribution: attributionOf(text, sentence, figure, doc.docAttribution, aliases),
    modality: modalityOf(near, doc.publishedYear ?? null),
  };
}

/** The sentence's own credit; else the nearest credit in the same paragraph; else the document's. */
function attributionOf(text: string, sentence: Span, figure: Span, docCredit: string | null, aliases?: ReadonlyMap<string, string>): string | null {
  const generic = docCredit;
  const window = { start: Math.max(sentence.start, figure.start - 1000), end: Math.min(sentence.end, figure.end + 1000) };
  const own = nearestCredit(text, window, figure.start, generic, aliases);
  if (own !== null) return own;
  const para = paragraphOf(text, sentence);
  if (para.start < sentence.start || para.end > sentence.end) {
    const inPara = nearestCredit(text, para, figure.start, generic, aliases);
    if (inPara !== null) return inPara;
  }
  return docCredit;
}

/** The paragraph (between line breaks) holding the sentence, capped on both sides. */
export function paragraphOf(text: string, sentence: Span): Span {
  let start = sentence.start;
  const lo = Math.max(0, sentence.start - PARAGRAPH_REACH);
  while (start > lo && text.charCodeAt(start - 1) !== 10) start--;
  let end = sentence.end;
  const hi = Math.min(text.length, sentence.end + PARAGRAPH_REACH);
  while (end < hi && text.charCodeAt(end) !== 10) end++;
  return { start, end };
}
