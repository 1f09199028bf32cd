// Escaping for the HTML report. Article text, sentences, publishers, ids and URLs are untrusted input:
// markup is built with the `html` tag, which escapes every interpolated value unless it is already
// `Html`, so forgetting to escape takes effort. `raw` is only for the constant style and script.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  // Most strings need nothing: testing first spares a copy of each.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c) : text;
}
const SPECIAL = /[&<>"']/;

/** Markup that is already safe: built by `html`, or a constant of this module's callers. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interpolation = Html | string | number | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (typeof value === 'string') return escapeHtml(value);
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return (value as readonly Interpolation[]).map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Template tag: interpolated strings and numbers are escaped, `Html` values and arrays of them are spliced in. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** Trusted constant markup only (the page's own style and script): never pass input through this. */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** An http(s) URL safe for href, or null: `javascript:`, `data:` and relative URLs are shown as text, never linked. */
export function safeHref(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

