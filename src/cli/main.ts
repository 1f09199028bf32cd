// argv + io → exit code. The only place that decides exit codes, colour and where output goes.
import path from 'node:path';
import { Chalk } from 'chalk';
import { CommanderError } from 'commander';
import { check, compare, extract, type RunOptions as PipelineOptions } from '../check.js';
import type { Report, ReportOptions } from '../report/model.js';
import { reporters } from '../report/registry.js';
import { jsonSchemaOf } from '../report/schema.js';
import { pieceWriters } from '../report/stream.js';
import { summaryLine } from '../report/summary.js';
import type { RateOverrides } from '../compare/index.js';
import { currencyNames } from '../extract/currencies.js';
import { applyBaselineFile } from './baseline.js';
import { readRatesFile } from './rates.js';
import { loadConfig, optionDefaults, writeInitConfig } from './config.js';
import { ExitCode, InputError, UsageError } from './errors.js';
import { exitCodeFor } from './exit.js';
import type { Io } from './io.js';
import { parseRunOptions, type RunOptions } from './options.js';
import { parseInvocation, type Invocation } from './program.js';
import { progressLine } from './progress.js';
import { writeAtomic } from './write.js';

export const VERSION = '0.1.0';

export async function main(argv: string[], io: Io): Promise<ExitCode> {
  try {
    const invocation = await parseInvocation(argv, { out: (s) => io.stdout.write(s), err: (s) => io.stderr.write(s) }, VERSION);
    return await run(invocation, io);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version exit 0; commander has already printed usage errors: they are exit 2, not 1.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.failure;
    }
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr.write(`claimcheck: ${error.message}\n`);
      return ExitCode.failure;
    }
    throw error;
  }
}

async function run(invocation: Invocation, io: Io): Promise<ExitCode> {
  if (invocation.command === 'schema') {
    io.stdout.write(`${JSON.stringify(jsonSchemaOf(invocation.flags.for === 'extract' ? 'extract' : 'check'), null, 2)}\n`);
    return ExitCode.ok;
  }
  if (invocation.command === 'init') return init(invocation, io);

  const settings = await loadSettings(invocation, io);
  const options = parseRunOptions({ ...settings.defaults, ...definedFlags(invocation.flags) });
  const rates = { ...settings.rates, ...(options.rates === undefined ? {} : await readRatesFile(options.rates, io.cwd)) };
  const aliases = new Map(Object.entries(settings.aliases));
  const progress = progressLine(io.stderr, { env: io.env });
  // CLAIMCHECK_TIMING=1 prints each stage's wall time on stderr (as ESLint's TIMING does), for benchmarks.
  const timing = io.env.CLAIMCHECK_TIMING !== undefined && io.env.CLAIMCHECK_TIMING !== '' && io.env.CLAIMCHECK_TIMING !== '0';
  const onStage = (stage: string, ms: number) => io.stderr.write(`claimcheck: timing: ${stage} ${ms.toFixed(0)} ms\n`);
  const runOptions: PipelineOptions = {
    sources: {
      cwd: io.cwd,
      include: options.include,
      exclude: options.exclude,
      stdinName: options.stdinName,
      maxFileSize: options.maxFileSize,
      readStdin: () => io.readStdin(),
    },
    extract: { aliases, currencies: currencyNames(settings.currencies) },
    compare: { tolerance: options.tolerance, aliases, rates },
    generatedAt: options.timestamp ? new Date().toISOString() : null,
    parallel: { jobs: options.jobs, onProgress: (files, chars, total) => progress.update(files, chars, total) },
    texts: formatOf(options, io) === 'html',
    ...(timing ? { onStage } : {}),
  };
  const paths = invocation.paths.length > 0 ? invocation.paths : ['.'];
  const pipeline = invocation.command === 'extract' ? extract : invocation.command === 'compare' ? compare : check;
  const report = await pipeline(paths, runOptions).finally(() => progress.done());

  for (const p of report.problems) io.stderr.write(`claimcheck: ${p.severity}: ${p.message}\n`);
  if (report.documents.length === 0) {
    io.stderr.write('claimcheck: no input could be read\n');
    return ExitCode.failure;
  }
  const { report: shown, notes } = await applyBaselineFile(report, options, io.cwd);
  for (const note of notes) io.stderr.write(`claimcheck: ${note}\n`);
  const started = performance.now();
  await emit(shown, options, io);
  if (timing) onStage('report', performance.now() - started);
  return exitCodeFor(shown.findings, options.failOn, options.maxWarnings);
}

async function emit(report: Report, options: RunOptions, io: Io): Promise<void> {
  const toFile = options.output !== undefined;
  const format = formatOf(options, io);
  const reportOptions: ReportOptions = {
    color: chalkFor(options, io, format, toFile),
    showAgreements: options.show.includes('agreements'),
    showUnmatched: options.show.includes('unmatched'),
    explain: options.explain,
    bom: options.bom,
    columns: io.stdout.columns ?? 0,
    version: VERSION,
  };
  // JSON, NDJSON, CSV, SARIF and HTML come in pieces: a big run's report does not fit in one string.
  const pieces = pieceWriters[format];
  const text = pieces === undefined ? reporters[format](report, reportOptions) : pieces(report, reportOptions);
  if (options.output === undefined) {
    if (typeof text === 'string') io.stdout.write(text);
    else for (const piece of text) if (io.stdout.write(piece) === false) await io.stdout.drained?.();
    return;
  }
  // Relative to the working folder main() was given, which is not always the process's.
  await writeAtomic(path.resolve(io.cwd, options.output), text);
  const terminal = chalkFor(options, io, 'table', false);
  io.stdout.write(`${summaryLine(report, terminal)} Report written to ${options.output}.\n`);
}

function formatOf(options: RunOptions, io: Io): NonNullable<RunOptions['format']> {
  return options.format ?? (io.stdout.isTTY && options.output === undefined ? 'table' : 'json');
}

/** Colour only for the terminal table: --color/--no-color, then NO_COLOR, FORCE_COLOR, then whether stdout is a TTY. */
function chalkFor(options: RunOptions, io: Io, format: string, toFile: boolean): InstanceType<typeof Chalk> {
  let on: boolean;
  if (format !== 'table' || toFile) on = false;
  else if (options.color !== undefined) on = options.color;
  else if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') on = false;
  else if (io.env.FORCE_COLOR !== undefined) on = io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  else on = io.stdout.isTTY;
  return new Chalk({ level: on ? 1 : 0 });
}

function definedFlags(flags: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined));
}

/**
 * claimcheck.config.json (or --config) supplies defaults for the flags (flags win over it), and the tables
 * that are not flags: entity aliases and exchange-rate overrides.
 */
async function loadSettings(invocation: Invocation, io: Io): Promise<{ defaults: Record<string, unknown>; aliases: Record<string, string>; currencies: Record<string, string>; rates: RateOverrides }> {
  const explicit = invocation.flags['config'];
  const { config } = await loadConfig({ cwd: io.cwd, explicitPath: typeof explicit === 'string' ? explicit : null });
  return { defaults: optionDefaults(config), aliases: config?.aliases ?? {}, currencies: config?.currencies ?? {}, rates: config?.rates ?? {} };
}

async function init(invocation: Invocation, io: Io): Promise<ExitCode> {
  const file = await writeInitConfig(io.cwd, invocation.flags['force'] === true);
  io.stdout.write(`Wrote ${path.basename(file)}.\n`);
  return ExitCode.ok;
}
