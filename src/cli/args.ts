import { FLAGS, type Flag } from './flags.js';
import { defaultSettings, UsageError, type CliSettings } from './settings.js';

const BY_NAME: ReadonlyMap<string, Flag> = new Map(FLAGS.map((f) => [f.name, f]));
const ALIASES: Readonly<Record<string, string>> = { '-h': '--help' };

/**
 * Parses the command line with the flag table. `--flag value` and `--flag=value` both work; `--` ends the
 * flags; `-` is stdin. Throws a {@link UsageError} for an unknown flag, a missing value, or a flag used in
 * the wrong mode.
 */
export function parseArgs(argv: readonly string[]): CliSettings {
  const settings = defaultSettings();
  const used: Flag[] = [];
  let flagsDone = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (flagsDone || arg === '-' || !arg.startsWith('-')) {
      settings.files.push(arg);
      continue;
    }
    if (arg === '--') {
      flagsDone = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = ALIASES[arg] ?? (eq === -1 ? arg : arg.slice(0, eq));
    const flag = BY_NAME.get(name);
    if (flag === undefined) throw new UsageError(`unknown option ${name}`);
    let value = '';
    if (flag.value !== undefined) {
      if (eq !== -1) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i] ?? '';
      else throw new UsageError(`${name} needs a value (${flag.value})`);
    } else if (eq !== -1) {
      throw new UsageError(`${name} takes no value`);
    }
    flag.set(settings, value);
    used.push(flag);
  }
  for (const flag of used) {
    if (flag.only !== undefined && flag.only !== settings.mode) {
      throw new UsageError(flag.only === 'jsonl' ? `${flag.name} needs --jsonl` : `${flag.name} is for plain text (with --jsonl, use --report)`);
    }
  }
  return settings;
}

/** The `--help` text, built from the flag table. */
export function usage(): string {
  const rows = FLAGS.map((f) => [f.value === undefined ? f.name : `${f.name} ${f.value}`, f.help] as const);
  const width = Math.max(...rows.map(([left]) => left.length));
  return [
    'usage: vnclean [FLAGS] [FILE ...]',
    '       vnclean --jsonl [FLAGS] [FILE ...]',
    '       vnclean learn [--jsonl] [FLAGS] [FILE ...] > profile.json   (see vnclean learn --help)',
    'Cleans scraped Vietnamese news text. Reads the files in turn (stdin when none, or for "-").',
    'Plain text: each input is one document; prints the article alone.',
    '--jsonl: one JSON record per line; prints each record with its text field cleaned, one line per line.',
    '',
    ...rows.map(([left, help]) => `  ${left.padEnd(width)}  ${help}`),
    '',
    'Exit codes: 0 done; 1 bad input under --strict (or an internal failure); 2 usage (bad flag, option,',
    'config or unreadable input file: nothing was written).',
  ].join('\n');
}
