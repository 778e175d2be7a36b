import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../src/index.js';
import { hasCorpus, readCorpus } from '../corpus.js';
import { outputLines, tempDir, vnclean } from './run.js';

// A line far longer than a read chunk (1 MiB) and a batch's byte limit. The 100 MB line runs in the slow
// suite (tests/scale/big-line.test.ts); this one keeps the same path in the fast suite.
describe.skipIf(!hasCorpus)('a 3 MB JSONL line', () => {
  const dir = tempDir();
  const seed = hasCorpus ? readCorpus('seed/input.txt') : '';
  const text = Array.from({ length: Math.ceil(3e6 / Buffer.byteLength(seed)) }, (_, i) => `${seed}\nĐoạn ${i}.`).join('\n');
  const file = join(dir, 'long.jsonl');
  writeFileSync(file, `{"id":"short","text":"Xin chào"}\n${JSON.stringify({ id: 'long', text })}\n{"id":"after","text":"Tạm biệt"}\n`);
  const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

  it.each([1, 2])('is one record among its neighbours, cleaned as the API does (%i threads)', (threads) => {
    const r = vnclean(['--jsonl', '--threads', String(threads), file]);
    expect(r.code).toBe(0);
    const lines = outputLines(r.stdout);
    expect(lines).toHaveLength(3);
    const long = JSON.parse(lines[1]!) as { id: string; text: string };
    expect(long.id).toBe('long');
    expect(sha(long.text)).toBe(sha(createCleaner().clean(text).text));
    expect(JSON.parse(lines[2]!)).toEqual({ id: 'after', text: 'Tạm biệt' });
  });
});
