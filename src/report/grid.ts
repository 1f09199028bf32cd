// Rows of cells → a boxed terminal table: cli-table3's layout with fixed column widths, word wrap and no
// styling (table.ts). cli-table3 measures every string with string-width, which builds its ANSI regex anew on
// each call: a report of thousands of tables spent seconds there. When every cell is plain text (characters
// one column wide, no escape codes) the table is drawn here directly, with the same characters cli-table3
// draws (a property test holds them equal); anything else, colour included, goes to cli-table3.
import Table from 'cli-table3';

const plainStyle = { head: [], border: [] };

// Characters string-width counts one column each, whitespace among them only the space and the no-break
// space: Latin, Greek, Cyrillic and the other alphabets up to U+10FF, Latin Extended Additional and Greek
// Extended, dashes, quotes and ellipsis, currency signs, letterlike symbols and number forms (no wide,
// zero-width, combining or emoji characters). A line break separates lines.
const PLAIN = /^[\n\x20-\x7e\xa0-\u02ff\u0370-\u10ff\u1e00-\u1fff\u2010-\u2027\u2030-\u205e\u20a0-\u20cf\u2100-\u218f]*$/;

export function drawTable(head: readonly string[], rows: readonly (readonly string[])[], colWidths: readonly number[]): string {
  const plain = (row: readonly string[]) => row.length === colWidths.length && row.every((cell) => PLAIN.test(cell));
  if (colWidths.length > 0 && colWidths.every((w) => Number.isInteger(w) && w >= 4) && plain(head) && rows.every(plain)) {
    return drawPlain([head, ...rows], colWidths);
  }
  return cliTable(head, rows, colWidths);
}

/** The same table drawn by cli-table3. */
export function cliTable(head: readonly string[], rows: readonly (readonly string[])[], colWidths: readonly number[]): string {
  const table = new Table({ head: [...head], style: plainStyle, wordWrap: true, colWidths: [...colWidths] });
  for (const row of rows) table.push([...row]);
  return table.toString();
}

function drawPlain(rows: readonly (readonly string[])[], widths: readonly number[]): string {
  // Lines are joined a few thousand at a time: a table of 260,000 rows otherwise keeps a million small
  // strings alive until the end, and the collector keeps walking them.
  const chunks: string[] = [];
  let out: string[] = [];
  const flush = () => {
    chunks.push(out.join('\n'));
    out = [];
  };
  const rule = (left: string, middle: string, right: string) => `${left}${widths.map((w) => '─'.repeat(w)).join(middle)}${right}`;
  for (const [y, row] of rows.entries()) {
    out.push(y === 0 ? rule('┌', '┬', '┐') : rule('├', '┼', '┤'));
    const cells = row.map((content, x) => cellLines(content, (widths[x] ?? 0) - 2));
    let height = 1;
    for (const lines of cells) height = Math.max(height, lines.length);
    for (let i = 0; i < height; i++) {
      let line = '';
      for (const [x, lines] of cells.entries()) {
        const width = widths[x] ?? 0;
        const text = lines[i];
        if (text === undefined) {
          line += `│${' '.repeat(width)}`;
          continue;
        }
        // A word longer than the column is cut, ending in an ellipsis.
        const shown = text.length <= width - 2 ? text : `${text.slice(0, width - 3)}…`;
        line += `│ ${shown}${' '.repeat(width - 2 - shown.length)} `;
      }
      out.push(`${line}│`);
    }
    if (out.length >= 4096) flush();
  }
  out.push(rule('└', '┴', '┘'));
  flush();
  return chunks.join('\n');
}

/** cli-table3's word wrap (wrapOnWordBoundary), each line of the cell on its own. */
function cellLines(content: string, max: number): string[] {
  const lines: string[] = [];
  for (const input of content.split('\n')) {
    const split = input.split(/(\s+)/g);
    let line: string[] = [];
    let length = 0;
    let space: string | undefined;
    for (let i = 0; i < split.length; i += 2) {
      const word = split[i] ?? '';
      let next = length + word.length;
      if (length > 0 && space !== undefined) next += space.length;
      if (next > max) {
        if (length !== 0) lines.push(line.join(''));
        line = [word];
        length = word.length;
      } else {
        line.push(space ?? '', word);
        length = next;
      }
      space = split[i + 1];
    }
    if (length > 0) lines.push(line.join(''));
  }
  return lines;
}
