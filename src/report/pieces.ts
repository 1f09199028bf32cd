// Small strings → pieces of about a size, for reports written in pieces (stream.ts, html/index.ts).

const PIECE = 1 << 14;

/**
 * Joins small strings into pieces of about `size` characters. A part that is a piece by itself is passed on
 * as it is, not copied into a new string.
 */
export function* inPieces(parts: Iterable<string>, size = PIECE): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  for (const part of parts) {
    if (part.length >= size) {
      if (length > 0) yield buffer.join('');
      buffer = [];
      length = 0;
      yield part;
      continue;
    }
    buffer.push(part);
    length += part.length;
    if (length >= size) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join('');
}
