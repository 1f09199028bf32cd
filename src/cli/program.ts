// argv → Invocation: the commander program. It only parses; main() runs what was asked.
import { Command, Option } from 'commander';
import { FORMAT_NAMES } from '../report/registry.js';
import { parseCount, parseRatio, parseSize } from './options.js';

export type CommandName = 'check' | 'extract' | 'compare' | 'schema' | 'init';

export interface Invocation {
  command: CommandName;
  paths: string[];
  /** Only the flags given on the command line: undefined means "not given", so the config file can fill it. */
  flags: Record<string, unknown>;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

function inputOptions(cmd: Command): Command {
  return cmd
    .option('--include <glob>', 'only read files matching this glob (repeatable)', collect)
    .option('--exclude <glob>', 'skip files matching this glob (repeatable)', collect)
    .option('--stdin-name <name>', 'the name of the document read from "-" (its extension picks the format)')
    .option('--max-file-size <size>', 'skip files larger than this (default 50MB)', parseSize)
    .option('-j, --jobs <n>', 'worker threads for extraction (default: the number of cores)', parseCount);
}

function outputOptions(cmd: Command, formats: readonly string[]): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(formats))
    .option('-o, --output <file>', 'write the report to a file (atomically); the terminal gets the summary')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .option('-c, --config <file>', 'config file (default: claimcheck.config.json in this folder or a parent)')
    .option('--bom', 'start CSV output with a UTF-8 byte order mark (for Excel)')
    .option('--timestamp', 'include the time of the run in the output');
}

function compareOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding reaches this severity (default error)').choices(['error', 'warning', 'never']))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('--tolerance <ratio>', 'extra relative slack before two figures disagree, e.g. 0.02 (default 0)', parseRatio)
    .option('--rates <file>', 'JSON file of exchange rates overriding the built-in table: { "INR": { "2022": 78.6 } }')
    .addOption(new Option('--show <what>', 'also list agreements or unmatched figures (repeatable)').choices(['agreements', 'unmatched']).argParser(collect))
    .option('--explain', 'show each sentence with its figure and why the claims were matched')
    .option('--baseline <file>', 'suppress findings recorded in this baseline file')
    .option('--update-baseline', 'write the current findings to the baseline file')
    .option('--prune-baseline', 'drop baseline entries that no longer occur');
}

/** Parses argv. Throws commander's CommanderError for help, version and usage errors (exitOverride). */
export async function parseInvocation(
  argv: string[],
  write: { out: (s: string) => void; err: (s: string) => void },
  version: string,
): Promise<Invocation> {
  let invocation: Invocation | null = null;
  const record = (command: CommandName) => (paths: string[] | undefined, opts: Record<string, unknown>) => {
    invocation = { command, paths: paths ?? [], flags: opts };
  };
  const formats: readonly string[] = FORMAT_NAMES;
  const program = new Command('claimcheck')
    .description('Find numbers that disagree across news articles.')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: write.out, writeErr: write.err })
    .showSuggestionAfterError(true);

  const configure = (cmd: Command) => cmd.exitOverride().configureOutput({ writeOut: write.out, writeErr: write.err });

  compareOptions(outputOptions(inputOptions(configure(program.command('check', { isDefault: true }))), formats))
    .description('extract figures from every document and report the ones that disagree (the default command)')
    .argument('[paths...]', 'files, folders or globs; "-" reads stdin')
    .action(record('check'));

  outputOptions(inputOptions(configure(program.command('extract'))), formats.filter((f) => f !== 'sarif' && f !== 'github' && f !== 'html'))
    .description('list every numeric claim found in the documents')
    .argument('[paths...]', 'files, folders or globs; "-" reads stdin')
    .action(record('extract'));

  // The second half of a split run: claims saved by `extract --format ndjson`, on one machine or many.
  compareOptions(outputOptions(configure(program.command('compare')), formats))
    .description('compare claims saved by "extract --format ndjson" (shards of one collection) and report as check does')
    .argument('<files...>', 'NDJSON files written by extract; "-" reads stdin')
    .action(record('compare'));

  configure(program.command('schema'))
    .description('print the JSON Schema of the JSON output')
    .addOption(new Option('--for <output>', 'the output described: check or extract JSON, or one NDJSON line').choices(['check', 'extract', 'ndjson']).default('check'))
    .action((opts: Record<string, unknown>) => {
      invocation = { command: 'schema', paths: [], flags: opts };
    });

  configure(program.command('init'))
    .description('write a starting claimcheck.config.json in the current folder')
    .option('--force', 'overwrite an existing config file')
    .action((opts: Record<string, unknown>) => {
      invocation = { command: 'init', paths: [], flags: opts };
    });

  await program.parseAsync(argv, { from: 'user' });
  if (invocation === null) throw new Error('commander ran no action');
  return invocation;
}
