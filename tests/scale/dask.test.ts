import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, tempDir } from '../cli/run.js';
import { requireTool, singleRun, writeShards } from './shards.js';

// Debian's python3-distributed installs for Debian's Python, not for a python3 earlier on PATH.
const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./dask_pipe.py', import.meta.url));
const ARGS = ['--report'];

function startDaemon(module: string, args: readonly string[], log: string[]): ChildProcess {
  const child = spawn(PYTHON, ['-m', module, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => log.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => log.push(d.toString()));
  return child;
}

async function waitFor(what: string, ready: () => boolean, log: string[], seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`${what} not ready after ${seconds} s:\n${log.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('vnclean mapped over sharded JSONL on a Dask cluster (scheduler and 2 workers on loopback)', () => {
  const dir = tempDir();
  const daemons: ChildProcess[] = [];
  const log: string[] = [];
  const schedulerFile = join(dir, 'scheduler.json');

  beforeAll(async () => {
    requireTool(PYTHON, ['-c', 'import distributed, dask.bag'], 'apt-get install -y python3-distributed');
    daemons.push(
      startDaemon('distributed.cli.dask_scheduler', ['--host', '127.0.0.1', '--port', '0', '--no-dashboard', '--scheduler-file', schedulerFile], log),
    );
    await waitFor('the scheduler', () => existsSync(schedulerFile), log);
    for (const name of ['w1', 'w2']) {
      daemons.push(
        startDaemon('distributed.cli.dask_worker', ['--scheduler-file', schedulerFile, '--host', '127.0.0.1', '--nthreads', '1', '--no-dashboard', '--name', name], log),
      );
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(
      daemons.map(
        (d) =>
          new Promise<void>((resolve) => {
            if (d.exitCode !== null || d.signalCode !== null) return resolve();
            d.once('exit', () => resolve());
            d.kill('SIGTERM');
            setTimeout(() => d.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
  }, 30_000);

  it('gives the single-process output, record for record', () => {
    const shards = writeShards(dir, 1200, 6);
    const expected = singleRun(shards.all, ['--jsonl', ...ARGS]);
    const output = join(dir, 'dask.out.jsonl');
    const run = spawnSync(PYTHON, [SCRIPT, schedulerFile, process.execPath, CLI, output, ...shards.shards, '--', ...ARGS], {
      encoding: 'utf8',
      timeout: 600_000,
    });
    expect(run.status, `${run.stderr}\n${log.join('')}`).toBe(0);
    const summary = JSON.parse(run.stdout) as { partitions: number; workers: string[]; lines_in: number; lines_out: number };
    expect(summary).toMatchObject({ partitions: 6, lines_in: 1200, lines_out: 1200 });
    expect(summary.workers).toHaveLength(2);
    const got = readFileSync(output, 'utf8').split('\n');
    const want = expected.split('\n');
    expect(got.length).toBe(want.length);
    got.forEach((line, i) => expect(line, `record ${i + 1}`).toBe(want[i]));
  }, 600_000);
});
