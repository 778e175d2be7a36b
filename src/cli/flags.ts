import { RULE_IDS } from '../rules/index.js';
import { UsageError, type CliSettings } from './settings.js';

/**
 * One command-line flag. Adding a flag is adding one entry to {@link FLAGS}: parsing, `--help` and the
 * mode check all read this table. API options go into `settings.options` unvalidated: the library's own
 * validation (`createItemCleaner`) checks them together with `--config`.
 */
export interface Flag {
  readonly name: string;
  /** Placeholder of the flag's value (`--field NAME`); absent for a switch. */
  readonly value?: string;
  /** The flag only makes sense in this mode. */
  readonly only?: 'jsonl' | 'text';
  readonly help: string;
  readonly set: (settings: CliSettings, value: string) => void;
}

function positiveInteger(value: string, flag: string): number {
  const n = Number(value);
  if (!/^\d+$/u.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(`${flag} needs a whole number of at least 1, got "${value}"`);
  }
  return n;
}

export const FLAGS: readonly Flag[] = [
  { name: '--jsonl', help: 'one JSON record per line in, one per line out, same order', set: (s) => void (s.mode = 'jsonl') },
  { name: '--field', value: 'NAME', only: 'jsonl', help: 'record field holding the text (default: text)', set: (s, v) => void (s.options.field = v) },
  { name: '--title-field', value: 'NAME', only: 'jsonl', help: "record field holding the page's title, if any", set: (s, v) => void (s.options.titleField = v) },
  { name: '--report', only: 'jsonl', help: 'add removed, edits and meta to each output record', set: (s) => void (s.report = true) },
  { name: '--explain', only: 'text', help: 'after the text, print every removed span and why (on stderr)', set: (s) => void (s.explain = true) },
  { name: '--captions', value: 'keep|drop', help: 'photo and video captions (default: keep)', set: (s, v) => void (s.options.captions = v) },
  { name: '--bylines', value: 'keep|drop', help: 'author and attribution lines (default: keep)', set: (s, v) => void (s.options.bylines = v) },
  { name: '--profile', value: 'FILE', help: 'a site profile from `vnclean learn`: recurring lines of a site are removed', set: (s, v) => void (s.profileFile = v) },
  { name: '--learn', help: 'learn a profile from the input files first, then clean them with it (two passes; files only)', set: (s) => void (s.learn = true) },
  { name: '--site-field', value: 'NAME', only: 'jsonl', help: 'record field holding the site (default: site; else the host of a url field)', set: (s, v) => void (s.options.siteField = v) },
  { name: '--site', value: 'HOST', help: 'the site of documents that carry none (for --profile)', set: (s, v) => void (s.options.site = v) },
  { name: '--config', value: 'FILE', help: 'JSON file of API options (cleanMany options); flags override it', set: (s, v) => void (s.configFile = v) },
  { name: '--threads', value: 'N', only: 'jsonl', help: 'clean on N worker threads, output order kept (default: 1)', set: (s, v) => void (s.threads = positiveInteger(v, '--threads')) },
  { name: '--strict', help: 'stop at the first bad input line with exit code 1', set: (s) => void (s.strict = true) },
  { name: '--stats', help: 'print the merged counters as JSON on stderr at the end', set: (s) => void (s.stats = true) },
  { name: '--hadoop-counters', help: 'print reporter:counter:vnclean,<rule>,<n> lines on stderr at the end', set: (s) => void (s.hadoopCounters = true) },
  { name: '--progress', help: 'draw a progress bar on stderr when it is a terminal', set: (s) => void (s.progress = true) },
  { name: '--help', help: 'show this help', set: (s) => void (s.help = true) },
  ...RULE_IDS.map((id): Flag => ({ name: `--no-${id}`, help: `turn the ${id} rule off`, set: (s) => void (s.rules[id] = false) })),
];

