// Markdown → article: front matter becomes metadata; markup (link targets, images, comments, code,
// emphasis, heading hashes) is blanked with spaces so it never becomes claims and positions still hold.
// Every pattern here is linear: no two adjacent runs can match the same characters (tested on hostile input).
// `\$` escapes stay as written: the extractor reads `\$50` as $50.
import { blank, normaliseDate, type PartialMeta } from '../metadata.js';
import type { Problem, SourceDocument } from '../types.js';
import type { ParsedArticle } from './parsed.js';
import { ignoreReason, paragraphAfter } from './suppress.js';

export function parseMarkdown(origin: string, id: string, problems: Problem[]): ParsedArticle {
  const front = frontMatter(origin, id, problems);
  let text = origin.slice(0, front.end).replace(/[^\r\n]/g, ' ') + origin.slice(front.end);
  const ignores: Array<{ at: number; reason: string }> = [];

  text = blankMatches(text, /^[ ]{0,3}(`{3,}|~{3,})[^\r\n]*[\s\S]*?(?:^[ ]{0,3}\1[ \t]*$|(?![\s\S]))/gm);
  text = text.replace(/<!--[\s\S]*?(?:-->|(?![\s\S]))/g, (m, offset: number) => {
    const reason = ignoreReason(m.replace(/^<!--/, '').replace(/-->$/, ''));
    if (reason !== null) ignores.push({ at: offset + m.length, reason });
    return blank(m);
  });
  text = blankMatches(text, /^[ ]{0,3}\[[^\]\r\n]+\]:[ \t]+\S+[^\r\n]*$/gm);
  text = blankMatches(text, /!\[[^[\]\r\n]*\](?:\([^()\r\n]*\)|\[[^[\]\r\n]*\])/g);
  // Links keep their text: blank `[` and `](target)` / `][ref]`. No `[` inside the brackets keeps this linear.
  text = text.replace(/(?<!\\)\[([^[\]\r\n]*)\]((?:\((?:[^()\r\n]|\([^()\r\n]*\))*\))|\[[^[\]\r\n]*\])/g,
    (_m, inner: string, target: string) => ` ${inner}${blank(`]${target}`)}`);
  // No `<` inside an autolink (as CommonMark says): without it, `<http:` repeated costs quadratic time.
  text = blankMatches(text, /<(?:https?|mailto|ftp):[^<>\s]*>/g);
  text = blankMatches(text, /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g);
  text = blankMatches(text, /^[ ]{0,3}#{1,6}(?=[ \t]|$)/gm);
  text = blankMatches(text, /^[ ]{0,3}(?:=+[ \t]*|-{2,}[ \t]*|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/gm);
  text = blankMatches(text, /^[ ]{0,3}(?:>[ ]?)+/gm);
  text = blankMatches(text, /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t])/gm);
  text = blankMatches(text, /^[ \t]*(?:\|[ \t]*)?:?-{3,}:?(?:[ \t]*\|[ \t]*:?-{3,}:?)*[ \t]*(?:\|[ \t]*)?$/gm);
  text = blankMatches(text, /(?<!\\)(?:\||\*+|~~|`+)/g);
  text = blankMatches(text, /(?<![\\A-Za-z0-9])_+|(?<![\\])_+(?![A-Za-z0-9])/g);

  const suppressed: SourceDocument['suppressed'] = [];
  for (const { at, reason } of ignores) {
    const span = paragraphAfter(text, at);
    if (span !== null) suppressed.push({ ...span, reason });
  }
  return { text, origin, offsets: null, meta: front.meta, suppressed };
}

function blankMatches(text: string, re: RegExp): string {
  return text.replace(re, blank);
}

/** `---` … `---` (or `...`) at the very top, simple `key: value` lines; no YAML parser for a flat map. */
function frontMatter(origin: string, id: string, problems: Problem[]): { meta: PartialMeta; end: number } {
  const m = /^---[ \t]*(?:\r\n|\r|\n)([\s\S]*?)(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/.exec(origin);
  if (m === null) return { meta: {}, end: 0 };
  const meta: PartialMeta = {};
  for (const line of (m[1] ?? '').split(/\r\n|\r|\n/)) {
    const kv = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (kv === null) continue;
    const key = (kv[1] ?? '').toLowerCase();
    const value = unquote((kv[2] ?? '').trim());
    if (key === 'title') meta.title = value;
    else if (['publisher', 'source', 'outlet', 'site'].includes(key)) {
      if (/^https?:\/\//i.test(value)) meta.url ??= value;
      else meta.publisher = value;
    } else if (['url', 'link', 'canonical'].includes(key)) meta.url = value;
    else if (['date', 'published', 'publishedat', 'pubdate'].includes(key)) meta.published = normaliseDate(value, id, key, problems);
  }
  return { meta, end: m[0].length };
}

function unquote(v: string): string {
  const q = v[0];
  if ((q === '"' || q === "'") && v.length >= 2 && v.endsWith(q)) return v.slice(1, -1);
  return v;
}
