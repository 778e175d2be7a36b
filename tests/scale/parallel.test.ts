import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, tempDir } from '../cli/run.js';
import { requireTool, singleRun, writeShards, type Shards } from './shards.js';

const ARGS = ['--jsonl', '--report'];

function parallel(args: readonly string[]): string {
  const run = spawnSync('parallel', ['--will-cite', ...args], { maxBuffer: 1 << 30, encoding: 'utf8', timeout: 600_000 });
  if (run.status !== 0) throw new Error(`parallel exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

describe('vnclean under GNU parallel gives the single-process output', () => {
  const dir = tempDir();
  let shards: Shards;
  let expected: string;
  const command = [process.execPath, CLI, ...ARGS].join(' ');

  beforeAll(() => {
    requireTool('parallel', ['--version'], 'apt-get install -y parallel');
    shards = writeShards(dir, 1000, 5);
    expected = singleRun(shards.all, ARGS);
  }, 300_000);

  it('one job per shard, output kept in shard order (-k)', () => {
    const out = parallel(['-k', '-j', '2', command, '{}', ':::', ...shards.shards]);
    expect(out.split('\n')).toHaveLength(shards.records + 1);
    expect(out).toBe(expected);
  }, 600_000);

  it('one file cut into blocks at line ends (--pipepart), output kept in block order', () => {
    const out = parallel(['-k', '-j', '2', '--pipepart', '-a', shards.all, '--block', '1M', command]);
    expect(out.split('\n')).toHaveLength(shards.records + 1);
    expect(out).toBe(expected);
  }, 600_000);
});
