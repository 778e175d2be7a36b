import { emptyStats, mergeStats, type Stats } from '../report.js';
import type { LineIssue } from './jsonl-batch.js';

/** Input counters of a run, beside the cleaner's `Stats`. */
export interface InputCounts {
  lines: number;
  bytes: number;
  malformedJson: number;
  notObject: number;
  badRecords: number;
  invalidUtf8: number;
}

const SHOWN_WARNINGS = 10;

const COUNT_OF: Readonly<Record<LineIssue['kind'], keyof InputCounts>> = {
  malformed: 'malformedJson',
  'not-object': 'notObject',
  'bad-record': 'badRecords',
  'invalid-utf8': 'invalidUtf8',
};

/**
 * Collects a run's counters and warnings: prints the first few bad lines as they come, a count at the end,
 * then `--stats` JSON and `--hadoop-counters` lines, all on stderr (stdout carries only output records).
 */
export class RunReport {
  stats: Stats = emptyStats();
  readonly counts: InputCounts = { lines: 0, bytes: 0, malformedJson: 0, notObject: 0, badRecords: 0, invalidUtf8: 0 };
  #shown = 0;
  readonly #stderr: NodeJS.WritableStream;
  readonly #unit: string;

  /** `unit` names what an input is in the totals: `lines` (JSONL) or `documents` (plain text). */
  constructor(stderr: NodeJS.WritableStream, unit: 'lines' | 'documents') {
    this.#stderr = stderr;
    this.#unit = unit;
  }

  addStats(stats: Stats): void {
    this.stats = mergeStats(this.stats, stats);
  }

  /** Counts a bad line and prints it while fewer than ten have been printed. */
  addIssue(issue: Pick<LineIssue, 'kind' | 'message'> & { line?: number }, file: string | undefined): void {
    this.counts[COUNT_OF[issue.kind]]++;
    if (this.#shown === SHOWN_WARNINGS) this.#stderr.write('vnclean: more bad input lines follow; totals at the end\n');
    if (this.#shown++ >= SHOWN_WARNINGS) return;
    this.#stderr.write(`vnclean: ${where(file, issue.line)}${issue.message}\n`);
  }

  /** The end of the run: totals of bad input, then what the flags asked for. */
  finish(flags: { stats: boolean; hadoopCounters: boolean }): void {
    const c = this.counts;
    const replaced = [
      [c.malformedJson, 'malformed JSON'],
      [c.notObject, 'not a JSON object'],
      [c.badRecords, 'without a usable text field'],
    ] as const;
    const bad = replaced.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
    if (bad.length > 0) this.#stderr.write(`vnclean: bad input lines: ${bad.join(', ')}; an error record stands in the place of each\n`);
    if (c.invalidUtf8 > 0) this.#stderr.write(`vnclean: ${c.invalidUtf8} ${this.#unit} with invalid UTF-8 bytes (replaced with U+FFFD)\n`);
    if (flags.stats) this.#stderr.write(`${JSON.stringify({ ...this.stats, input: c })}\n`);
    if (flags.hadoopCounters) this.#stderr.write(hadoopCounters(this.stats, c));
  }
}

function where(file: string | undefined, line: number | undefined): string {
  if (line === undefined) return file === undefined ? '' : `${file}: `;
  return file === undefined ? `line ${line}: ` : `${file}:${line}: `;
}

/**
 * Hadoop Streaming counter lines (`reporter:counter:<group>,<counter>,<amount>` on stderr): documents,
 * errors, bad input lines, and removals and edits per rule id (Hadoop adds up repeated counters).
 *
 * @example
 * hadoopCounters(stats, counts) // 'reporter:counter:vnclean,documents,10\n…'
 */
export function hadoopCounters(stats: Stats, counts: InputCounts): string {
  const rows: [string, number][] = [
    ['documents', stats.documents],
    ['errors', stats.errors],
    ['malformed-json', counts.malformedJson],
    ['invalid-utf8', counts.invalidUtf8],
    ...Object.entries(stats.removedByRule),
    ...Object.entries(stats.editsByRule),
  ];
  return rows.map(([name, n]) => `reporter:counter:vnclean,${name},${n}\n`).join('');
}
