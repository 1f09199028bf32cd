// The reporters, by format name. The keys feed the CLI's --format choices.
import type { Reporter } from './model.js';
import { csv } from './csv.js';
import { github } from './github.js';
import { html } from './html/index.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { ndjson } from './ndjson.js';
import { sarif } from './sarif.js';
import { table } from './table.js';

export const reporters = {
  table,
  json,
  ndjson,
  csv,
  markdown,
  sarif,
  github,
  html,
} satisfies Record<string, Reporter>;

export type FormatName = keyof typeof reporters;
export const FORMAT_NAMES = Object.keys(reporters) as FormatName[];
