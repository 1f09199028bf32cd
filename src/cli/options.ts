// Command-line flags and config-file values → typed, validated options. Flags win over the config file,
// the config file over the defaults here.
import { z } from 'zod';
import { FORMAT_NAMES, type FormatName } from '../report/registry.js';
import { UsageError } from './errors.js';

export const Format = z.enum(FORMAT_NAMES as [FormatName, ...FormatName[]]);
export type Format = z.infer<typeof Format>;

export const FailOn = z.enum(['error', 'warning', 'never']);
export const Show = z.enum(['agreements', 'unmatched']);

const BYTES_PER_MB = 1024 * 1024;

export const RunOptionsSchema = z.object({
  format: Format.optional(),
  output: z.string().optional(),
  color: z.boolean().optional(),
  config: z.string().optional(),
  include: z.array(z.string()).default([]),
  exclude: z.array(z.string()).default([]),
  stdinName: z.string().min(1).default('-'),
  maxFileSize: z.number().int().positive().default(50 * BYTES_PER_MB),
  jobs: z.number().int().positive().optional(),
  rates: z.string().optional(),
  show: z.array(Show).default([]),
  failOn: FailOn.default('error'),
  maxWarnings: z.number().int().nonnegative().optional(),
  tolerance: z.number().nonnegative().default(0),
  explain: z.boolean().default(false),
  bom: z.boolean().default(false),
  timestamp: z.boolean().default(false),
  baseline: z.string().optional(),
  updateBaseline: z.boolean().default(false),
  pruneBaseline: z.boolean().default(false),
});
export type RunOptions = z.infer<typeof RunOptionsSchema>;

/** Validates merged flags; a bad value is a usage error naming the option. */
export function parseRunOptions(raw: Record<string, unknown>): RunOptions {
  const result = RunOptionsSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.join('.') ?? '';
  const flag = path.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  throw new UsageError(`option --${flag}: ${issue?.message ?? 'invalid value'}`);
}

/** "50MB", "512k", "1048576" → bytes. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(text.trim());
  if (!m) throw new UsageError(`invalid size "${text}": expected a number of bytes, or e.g. 512KB, 50MB, 1GB`);
  const factor = { '': 1, k: 1024, m: BYTES_PER_MB, g: 1024 * BYTES_PER_MB }[(m[2] ?? '').toLowerCase()] ?? 1;
  return Math.round(Number(m[1]) * factor);
}

export function parseCount(text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`invalid number "${text}": expected a whole number`);
  return Number(text);
}

export function parseRatio(text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`invalid tolerance "${text}": expected a number ≥ 0`);
  return n;
}
