import { clean, type CleanResult } from '../clean.js';
import type { CleanerOptions, DocumentOptions } from '../options.js';
import type { MatcherState } from 'vitest';
import type { Removal } from '../report.js';

/**
 * The part of vitest's matcher state the matchers read. A type-only import: the builds import nothing from
 * vitest at run time, and the declarations keep vitest in the consumer's program for the `Matchers` augmentation.
 */
export type MatcherContext = Pick<MatcherState, 'isNot'>;

/** What a matcher returns to `expect.extend`. */
export interface MatcherOutcome {
  readonly pass: boolean;
  readonly message: () => string;
  readonly actual?: unknown;
  readonly expected?: unknown;
}

/** A received value made usable: the clean result, and the input when the matcher cleaned it itself. */
export interface Received {
  readonly result: CleanResult;
  readonly input?: string;
}

function isCleanResult(value: unknown): value is CleanResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CleanResult>;
  return typeof v.text === 'string' && Array.isArray(v.removed);
}

/** Accepts the input text (cleaned here with `options`) or a result from the user's own cleaner. */
export function received(matcher: string, value: unknown, options?: CleanerOptions & DocumentOptions): Received {
  if (typeof value === 'string') return { result: clean(value, options), input: value };
  if (isCleanResult(value)) {
    if (options !== undefined) {
      throw new TypeError(`${matcher}: options apply when the received value is the input text, not a clean result`);
    }
    return { result: value };
  }
  throw new TypeError(`${matcher}: expected the input text (a string) or a clean result, got ${describe(value)}`);
}

/** The text to inspect: a string as it is, or the output of a clean result. */
export function receivedText(matcher: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (isCleanResult(value)) return value.text;
  throw new TypeError(`${matcher}: expected a string or a clean result, got ${describe(value)}`);
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

const MAX_SHOWN = 80;

/** Text on one line, clipped, quoted. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return JSON.stringify(flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN - 1)}…` : flat);
}

/** 1-based line number of an offset. */
export function lineOf(input: string, offset: number): number {
  let n = 1;
  for (let i = input.indexOf('\n'); i !== -1 && i < offset; i = input.indexOf('\n', i + 1)) n++;
  return n;
}

/** "line 3 [duplicate] duplicate-lines: "…" (repeats line 1)" — or offsets when the input is unknown. */
export function describeRemoval(r: Removal, input?: string): string {
  const where = input === undefined ? `${r.start}-${r.end}` : `line ${lineOf(input, r.start)}`;
  return `${where} [${r.category}] ${r.rule}: ${quote(r.text)} (${r.reason})`;
}

/** Every removal, one per line, indented; or a note that nothing was removed. */
export function listRemovals(removed: readonly Removal[], input?: string): string {
  if (removed.length === 0) return '  (nothing was removed)';
  return removed.map((r) => `  ${describeRemoval(r, input)}`).join('\n');
}
