import { parseArgs, usage } from './args.js';
import { resolveCliOptions } from './config.js';
import type { CliIo } from './context.js';
import { openInputs } from './input.js';
import { runJsonl } from './jsonl-mode.js';
import { Output } from './output.js';
import { Progress } from './progress.js';
import { RunReport } from './report.js';
import { UsageError } from './settings.js';
import { runText } from './text-mode.js';
import { learnFromInputs, runLearn } from './learn.js';
import type { CliSettings } from './settings.js';

/** `--learn`: the first pass over the input files learns the profile the second pass cleans with. */
async function learnFirst(settings: CliSettings, io: CliIo): Promise<void> {
  if (settings.profileFile !== undefined) throw new UsageError('--learn and --profile exclude each other');
  if (settings.files.length === 0 || settings.files.includes('-')) {
    throw new UsageError('--learn reads its inputs twice, so it needs files, not stdin (use `vnclean learn` to write a profile first)');
  }
  const { field, siteField, site } = settings.options as { field?: string; siteField?: string; site?: string };
  const sources = await openInputs(settings.files, io.stdin);
  settings.options.profile = await learnFromInputs(sources, { mode: settings.mode, field, siteField, site }, {}, io.stderr);
}

/**
 * The `vnclean` command: parses and validates everything first (exit 2 on a usage mistake, nothing written),
 * then runs plain-text or JSONL mode. Returns the exit code: 0 done, 1 bad input under `--strict` or a write
 * failure, 2 usage.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'learn') return runLearn(argv.slice(1), io);
  let prepared;
  try {
    const settings = parseArgs(argv);
    if (settings.help) {
      io.stdout.write(`${usage()}\n`);
      return 0;
    }
    if (settings.learn) await learnFirst(settings, io);
    const options = await resolveCliOptions(settings);
    const sources = await openInputs(settings.files, io.stdin);
    prepared = { settings, options, sources };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`vnclean: ${error.message}\nTry 'vnclean --help'.\n`);
    return 2;
  }
  const { settings, sources } = prepared;
  const totalBytes = sources.every((s) => s.size !== undefined) ? sources.reduce((sum, s) => sum + (s.size ?? 0), 0) : undefined;
  const ctx = {
    ...prepared,
    io,
    output: new Output(io.stdout),
    report: new RunReport(io.stderr, settings.mode === 'jsonl' ? 'lines' : 'documents'),
    progress: new Progress(io.stderr, settings.progress, totalBytes),
  };
  const code = settings.mode === 'jsonl' ? await runJsonl(ctx) : await runText(ctx);
  ctx.report.finish(settings);
  if (ctx.output.failure !== undefined) {
    io.stderr.write(`vnclean: cannot write the output: ${ctx.output.failure.message}\n`);
    return 1;
  }
  return code;
}
