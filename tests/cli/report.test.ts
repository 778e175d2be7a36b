import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProgress } from '../../src/cli/progress.js';
import { createCleaner, mergeStats } from '../../src/index.js';
import { CORPUS_DIR, hasCorpus } from '../corpus.js';
import { shell, vnclean } from './run.js';

const texts = (): string[] => [
  readFileSync(`${CORPUS_DIR}/seed/input.txt`, 'utf8'),
  ...readFileSync(`${CORPUS_DIR}/clean/clean-dev.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .slice(0, 20)
    .map((l) => (JSON.parse(l) as { text: string }).text),
];

describe.skipIf(!hasCorpus)('vnclean --stats and --hadoop-counters', () => {
  const input = [...texts().map((text) => JSON.stringify({ text })), 'not json'].join('\n');
  const cleaner = createCleaner();
  const expected = mergeStats(...texts().map((t) => cleaner.clean(t).stats));

  it.each([1, 2])('--stats prints the merged counters of every document as JSON on stderr (%i threads)', (threads) => {
    const r = vnclean(['--jsonl', '--stats', '--threads', String(threads)], input);
    expect(r.code).toBe(0);
    const last = r.stderr.trim().split('\n').at(-1)!;
    const stats = JSON.parse(last) as Record<string, unknown>;
    expect(stats).toEqual({
      ...expected,
      errors: 1,
      input: { lines: 22, bytes: Buffer.byteLength(input), malformedJson: 1, notObject: 0, badRecords: 0, invalidUtf8: 0 },
    });
    expect(expected.removedByRule['duplicate-lines']).toBeGreaterThan(0);
  });

  it('--hadoop-counters prints reporter:counter lines with the same totals', () => {
    const r = vnclean(['--jsonl', '--hadoop-counters'], input);
    const counters = new Map(
      r.stderr
        .split('\n')
        .filter((l) => l.startsWith('reporter:counter:vnclean,'))
        .map((l) => {
          const [, name, n] = l.split(',');
          return [name!, Number(n)] as const;
        }),
    );
    expect(counters.get('documents')).toBe(21);
    expect(counters.get('errors')).toBe(1);
    expect(counters.get('malformed-json')).toBe(1);
    for (const [rule, n] of Object.entries(expected.removedByRule)) expect(counters.get(rule)).toBe(n);
  });
});

describe('vnclean --progress', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const r = vnclean(['--jsonl', '--progress'], '{"text":"Xin chào"}\n');
    expect(r).toMatchObject({ code: 0, stderr: '' });
  });

  it('draws documents, MB, docs/s and an ETA on a terminal when the input size is known', () => {
    // `script` (util-linux) runs the command on a pseudo-terminal; stdout goes to /dev/null inside it.
    const r = shell(`f=$(mktemp); printf '{"text":"Xin chào"}\\n%.0s' $(seq 1 50) > "$f"; script -qec "\"$NODE\" \"$CLI_JS\" --jsonl --progress $f > /dev/null" /dev/null; rm -f "$f"`);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[#{20}\] 100% {2}50 docs {2}0\.0 MB {2}[\d,]+ docs\/s {2}ETA 0:00/u);
  });

  it('formats the line', () => {
    expect(formatProgress({ documents: 1200, bytes: 5e6 }, 2, 10e6)).toBe('[##########          ]  50%  1,200 docs  5.0 MB  600 docs/s  ETA 0:02');
    expect(formatProgress({ documents: 12, bytes: 2.5e6 }, 4, undefined)).toBe('12 docs  2.5 MB  3 docs/s');
    expect(formatProgress({ documents: 10, bytes: 1 }, 3600, 4)).toMatch(/ETA 3:00:00$/u);
  });
});
