/** What the command line asked for, before the options are validated. */
export interface CliSettings {
  mode: 'text' | 'jsonl';
  /** Input files; `-` or none means stdin. */
  files: string[];
  /** API options from flags (`cleanMany`'s options), merged over `--config` and validated by the library. */
  options: Record<string, unknown>;
  /** `--no-<rule>` flags, merged over the config's `rules`. */
  rules: Record<string, boolean>;
  configFile?: string;
  /** `--profile FILE`: a profile written by `vnclean learn`. */
  profileFile?: string;
  /** `--learn`: learn a profile from the input files, then clean them with it. */
  learn: boolean;
  explain: boolean;
  report: boolean;
  stats: boolean;
  hadoopCounters: boolean;
  progress: boolean;
  strict: boolean;
  threads: number;
  help: boolean;
}

/** The defaults: plain text, stdin, single-threaded, nothing extra reported. */
export function defaultSettings(): CliSettings {
  return {
    mode: 'text',
    files: [],
    options: {},
    rules: {},
    learn: false,
    explain: false,
    report: false,
    stats: false,
    hadoopCounters: false,
    progress: false,
    strict: false,
    threads: 1,
    help: false,
  };
}

/** A command line that cannot be carried out: exit code 2, nothing was read or written. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
