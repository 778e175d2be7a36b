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

/**
 * The `vnclean` command: parses and validates everything first (exit 2 on a usage mistake, nothing written),
 * then runs plain-text or JSONL mode. Returns the exit code: 0 done, 1 bad input under `--strict` or a write
 * failure, 2 usage.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let prepared;
  try {
    const settings = parseArgs(argv);
    if (settings.help) {
      io.stdout.write(`${usage()}\n`);
      return 0;
    }
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
