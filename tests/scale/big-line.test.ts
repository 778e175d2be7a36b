import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, tempDir } from '../cli/run.js';
import { CORPUS_DIR } from '../corpus.js';

describe('a single 100 MB JSONL line', () => {
  const dir = tempDir();

  it.each([1, 2])('is cleaned whole into one record (%i threads)', (threads) => {
    const file = join(dir, 'big.jsonl');
    const docs = readdirSync(`${CORPUS_DIR}/dev/docs`).map((f) => readFileSync(`${CORPUS_DIR}/dev/docs/${f}`, 'utf8'));
    const round = docs.join('\n');
    const text = Array.from({ length: Math.ceil(100e6 / Buffer.byteLength(round)) }, () => round).join('\n');
    writeFileSync(file, `${JSON.stringify({ id: 'big', text })}\n`);
    expect(statSync(file).size).toBeGreaterThan(100e6);

    const input = openSync(file, 'r');
    const run = spawnSync(process.execPath, [CLI, '--jsonl', '--stats', '--threads', String(threads)], {
      stdio: [input, 'pipe', 'pipe'],
      maxBuffer: 1 << 30,
    });
    closeSync(input);
    expect(run.status, run.stderr?.toString()).toBe(0);
    const stdout = run.stdout.toString('utf8');
    expect(stdout.endsWith('\n')).toBe(true);
    expect(stdout.split('\n')).toHaveLength(2);
    const record = JSON.parse(stdout) as { id: string; text: string };
    expect(record.id).toBe('big');
    // The whole line was read: every character of the text was counted in, and the repeats were removed.
    const stats = JSON.parse(run.stderr.toString('utf8').trim().split('\n').at(-1)!) as { documents: number; charsIn: number; charsOut: number };
    expect(stats).toMatchObject({ documents: 1, charsIn: text.length, charsOut: record.text.length });
    expect(record.text.length).toBeLessThan(text.length / 10);
    expect(record.text.length).toBeGreaterThan(0);
  }, 600_000);
});
