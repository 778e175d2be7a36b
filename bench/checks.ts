import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CleanResult } from '../src/index.js';
import { CORPUS_DIR } from './corpus.js';
import { check } from './harness.js';
import type { CleanFn } from './library.js';

/**
 * Correctness checks every benchmark runs before it times anything: a fast wrong answer is no figure.
 */

/** Structural truths of any clean result: offsets into the input, in order, no overlap, output never longer. */
export function checkResult(input: string, result: CleanResult, what: string): void {
  check(result.text.length <= input.length, `${what}: output longer than input`);
  let last = 0;
  for (const r of result.removed) {
    check(r.start >= last && r.end > r.start && r.end <= input.length, `${what}: removal offsets out of order`);
    check(input.slice(r.start, r.end) === r.text, `${what}: removal text is not input.slice(start, end)`);
    last = r.end;
  }
}

/** Boilerplate removal reproduces the seed's expected output exactly, and every document gives a sound result. */
export function checkCleaner(fn: CleanFn, docs: readonly string[], what: string, normalizing = false): void {
  const seed = readFileSync(join(CORPUS_DIR, 'seed/input.txt'), 'utf8');
  const expectedFile = normalizing ? 'seed/expected.txt' : 'seed/expected-boilerplate.txt';
  const expected = readFileSync(join(CORPUS_DIR, expectedFile), 'utf8').replace(/\n$/u, '');
  check(fn(seed).text === expected, `${what}: the seed does not clean to ${expectedFile}`);
  for (const [i, doc] of docs.entries()) checkResult(doc, fn(doc), `${what} document ${i}`);
}
