import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { PROSE } from './fixtures.js';

// Regex bait and degenerate shapes. Speed is measured by the benchmarks; here each must simply finish (the
// test timeout is the guard) and lose nothing but what is explained.
const MB = 1 << 20;
const cases: [string, string][] = [
  ['braces', '{'.repeat(MB)],
  ['double braces', '{{'.repeat(MB / 2)],
  ['angle brackets', '<'.repeat(MB)],
  ['percent signs', '%'.repeat(MB)],
  ['spaces', ' '.repeat(MB)],
  ['one long line of prose', PROSE.join(' ').repeat(Math.ceil(MB / 600))],
  ['bullets', '•'.repeat(50_000)],
  ['many short lines', 'a\n'.repeat(100_000)],
  ['many identical long lines', `${PROSE[0]}\n`.repeat(20_000)],
  ['many near-identical long lines', Array.from({ length: 5000 }, (_, i) => `${PROSE[0]} ${i}`).join('\n')],
  ['unclosed placeholders', '{name '.repeat(MB / 6)],
];

describe('hostile input', () => {
  it.each(cases)('%s: finishes, never grows, reports what it removes', (_name, text) => {
    const result = clean(text);
    expect(result.text.length).toBeLessThanOrEqual(text.length);
    for (const r of result.removed) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
});
