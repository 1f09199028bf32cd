// HTML text assembly: the parser's flat segment list → article text plus, for every char, its offset in the file.
import type { SourceDocument } from '../types.js';

/** The parse as a flat list, so the article container can be chosen once the whole file is read. */
export type Segment =
  | { kind: 'text'; data: string; start: number; end: number; entity: boolean; container: number; pre: boolean }
  | { kind: 'break'; at: number; container: number }
  | { kind: 'suppress-start'; reason: string; container: number }
  | { kind: 'suppress-end'; container: number };

/** Segments → text with whitespace collapsed (outside <pre>) and one newline per block boundary. */
export function assemble(segments: Segment[], keep: Set<number> | null, end: number): {
  text: string; offsets: Uint32Array; suppressed: SourceDocument['suppressed'];
} {
  const out: string[] = [];
  const offs: number[] = [];
  const suppressed: SourceDocument['suppressed'] = [];
  const open: Array<{ start: number; reason: string }> = [];
  let space: number | null = null;
  let lastEnd = 0;
  const last = (): string => out[out.length - 1] ?? '\n';
  for (const seg of segments) {
    if (keep !== null && !keep.has(seg.container)) continue;
    if (seg.kind === 'break') {
      space = null;
      if (last() !== '\n') {
        out.push('\n');
        offs.push(seg.at);
      }
    } else if (seg.kind === 'suppress-start') {
      open.push({ start: out.length, reason: seg.reason });
    } else if (seg.kind === 'suppress-end') {
      const s = open.pop();
      let stop = out.length;
      while (stop > (s?.start ?? 0) && /\s/.test(out[stop - 1] ?? '')) stop--;
      if (s !== undefined && stop > s.start) suppressed.push({ start: s.start, end: stop, reason: s.reason });
    } else {
      for (let i = 0; i < seg.data.length; i++) {
        const ch = seg.data[i] ?? '';
        const at = seg.entity ? seg.start : seg.start + i;
        if (!seg.pre && /\s/.test(ch)) {
          space ??= at;
          continue;
        }
        if (space !== null && last() !== '\n' && last() !== ' ') {
          out.push(' ');
          offs.push(space);
        }
        space = null;
        out.push(ch);
        offs.push(at);
        lastEnd = seg.entity ? seg.end : at + 1;
      }
    }
  }
  while (out.length > 0 && last() === '\n') {
    out.pop();
    offs.pop();
  }
  const offsets = new Uint32Array(out.length + 1);
  offsets.set(offs);
  offsets[out.length] = out.length === 0 ? end : lastEnd;
  return { text: out.join(''), offsets, suppressed };
}
