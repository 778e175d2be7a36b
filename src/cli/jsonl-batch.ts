import { isUtf8 } from 'node:buffer';
import type { CleanResult } from '../clean.js';
import { mergeStats, type Edit, type Stats } from '../report.js';
import { createItemCleaner, describeValue, failedStats, isRecord, type CleanItem, type CleanManyOptions } from '../stream.js';
import type { LineBatch } from './batches.js';

/** What a JSONL batch is cleaned with; plain data, so it can be handed to a worker thread. */
export interface JsonlSettings {
  readonly options: CleanManyOptions;
  /** Add `removed`, `edits` and `meta` to each output record. */
  readonly report: boolean;
}

/**
 * A line that was not clean input. `malformed`, `not-object` and `bad-record` lines get an error record in
 * their place; an `invalid-utf8` line is cleaned with U+FFFD in place of the bad bytes.
 */
export interface LineIssue {
  readonly kind: 'malformed' | 'not-object' | 'bad-record' | 'invalid-utf8';
  readonly line: number;
  readonly message: string;
  /** Index, within the batch's output, of this line's output record (for `--strict` to stop before it). */
  readonly outputIndex: number;
}

/** The cleaned batch: one output line per input line, in order. */
export interface BatchResult {
  /** UTF-8 output: one JSON record and `\n` per input line. */
  readonly output: Uint8Array;
  readonly lines: number;
  readonly inputBytes: number;
  readonly issues: readonly LineIssue[];
  readonly stats: Stats;
}

const BOM = '\uFEFF';

/** Edits are added to results by the normaliser (issue 3); until then a result has none. */
function editsOf(result: CleanResult): readonly Edit[] {
  return (result as CleanResult & { edits?: readonly Edit[] }).edits ?? [];
}

interface LineOutcome {
  readonly json: string;
  readonly stats: Stats;
  readonly problem?: { readonly kind: LineIssue['kind']; readonly message: string };
  readonly invalidUtf8: boolean;
}

/**
 * Returns a function that cleans a batch of JSONL lines. Used in-process (one thread) and in each worker,
 * so both paths give the same bytes. Never throws for content: every line gets exactly one output record.
 */
export function createBatchCleaner(settings: JsonlSettings): (batch: LineBatch) => BatchResult {
  const cleanOne = createItemCleaner(settings.options);
  const field = settings.options.field ?? 'text';

  const outputRecord = (item: CleanItem, record: Record<string, unknown>, where: Record<string, unknown>): string => {
    if (!item.ok) return JSON.stringify({ ...record, error: { ...where, code: item.error.code, message: item.error.message } });
    const { result } = item;
    const out: Record<string, unknown> = { ...record, [field]: result.text };
    if (settings.report) {
      out.removed = result.removed;
      out.edits = editsOf(result);
      out.meta = result.meta;
    }
    return JSON.stringify(out);
  };

  /** One input line to one output record. */
  const cleanLine = (raw: Buffer, where: { line: number; file?: string }): LineOutcome => {
    const invalidUtf8 = !isUtf8(raw);
    let text = raw.toString('utf8');
    if (where.line === 1 && text.startsWith(BOM)) text = text.slice(1);
    const failed = (kind: LineIssue['kind'], code: string, message: string): LineOutcome => ({
      json: JSON.stringify({ error: { ...where, code, message } }),
      stats: failedStats(),
      problem: { kind, message: kind === 'malformed' ? `malformed JSON: ${message}` : message },
      invalidUtf8,
    });
    if (text.trim() === '') return failed('malformed', 'ERR_VNCLEAN_JSON', 'empty line (expected a JSON object)');
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      return failed('malformed', 'ERR_VNCLEAN_JSON', (error as Error).message);
    }
    if (!isRecord(record)) {
      return failed('not-object', 'ERR_VNCLEAN_INPUT', `expected a JSON object, got ${describeValue(record)}`);
    }
    const item = cleanOne(record, where.line - 1);
    return {
      json: outputRecord(item, record, where),
      stats: item.stats,
      ...(item.ok ? {} : { problem: { kind: 'bad-record' as const, message: item.error.message } }),
      invalidUtf8,
    };
  };

  return (batch) => {
    const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
    const out: string[] = [];
    const issues: LineIssue[] = [];
    const stats: Stats[] = [];
    let line = batch.firstLine;
    for (let start = 0; start < bytes.length; line++) {
      const newline = bytes.indexOf(0x0a, start);
      const end = newline === -1 ? bytes.length : newline;
      const outcome = cleanLine(bytes.subarray(start, end), batch.file === undefined ? { line } : { line, file: batch.file });
      start = end + 1;
      const outputIndex = out.length;
      if (outcome.invalidUtf8) issues.push({ kind: 'invalid-utf8', line, message: 'invalid UTF-8 bytes replaced with U+FFFD', outputIndex });
      if (outcome.problem !== undefined) issues.push({ ...outcome.problem, line, outputIndex });
      out.push(outcome.json);
      stats.push(outcome.stats);
    }
    out.push('');
    return {
      output: Buffer.from(out.join('\n'), 'utf8'),
      lines: line - batch.firstLine,
      inputBytes: bytes.length,
      issues,
      stats: mergeStats(...stats),
    };
  };
}
