// Inline suppression: `<!-- claimcheck-ignore: reason -->` (reason optional) keeps the next paragraph out of comparisons.
// The reason is the rest, trimmed: a lazy `([\s\S]*?)\s*$` here took quadratic time on long runs of spaces.
const IGNORE_COMMENT = /^\s*claimcheck-ignore\b\s*:?/;

/** The reason when a comment body is a claimcheck-ignore directive, else null. */
export function ignoreReason(commentBody: string): string | null {
  const m = IGNORE_COMMENT.exec(commentBody);
  return m === null ? null : commentBody.slice(m[0].length).trim();
}

/** The paragraph starting at the first non-space at or after `from`, up to the next blank line. */
export function paragraphAfter(text: string, from: number): { start: number; end: number } | null {
  const startRe = /\S/g;
  startRe.lastIndex = from;
  const s = startRe.exec(text);
  if (s === null) return null;
  const endRe = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/g;
  endRe.lastIndex = s.index;
  const e = endRe.exec(text);
  let end = e === null ? text.length : e.index;
  while (end > s.index && /\s/.test(text[end - 1] ?? '')) end--;
  return { start: s.index, end };
}
