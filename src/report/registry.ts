// The reporters, by format name. The keys feed the CLI's --format choices.
import type { Reporter } from './model.js';
import { json } from './json.js';
import { table } from './table.js';

export const reporters = {
  table,
  json,
} satisfies Record<string, Reporter>;

export type FormatName = keyof typeof reporters;
export const FORMAT_NAMES = Object.keys(reporters) as FormatName[];
