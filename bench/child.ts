import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';

/** CPU time and peak RSS of one child process, from bench/child-usage.cjs. */
export interface ChildUsage {
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly exitCode: number | null;
  readonly stdoutBytes: number;
  /** stdout when asked to keep it. */
  readonly stdout: string;
  readonly stderr: string;
}

const PRELOAD = fileURLToPath(new URL('./child-usage.cjs', import.meta.url));

export interface ChildOptions {
  /** Write this to the child's stdin (a generator streams without holding it all). */
  readonly stdin?: string | ((sink: NodeJS.WritableStream) => Promise<void>);
  readonly keepStdout?: boolean;
  readonly nodeFlags?: readonly string[];
}

/** Runs `node [flags] -r child-usage.cjs args…` and measures it. */
export async function runChild(args: readonly string[], options: ChildOptions = {}): Promise<ChildUsage> {
  const dir = mkdtempSync(join(tmpdir(), 'vnclean-bench-'));
  const usageFile = join(dir, 'usage.json');
  try {
    const child = spawn(process.execPath, [...(options.nodeFlags ?? []), '-r', PRELOAD, ...args], {
      env: { ...process.env, VNCLEAN_BENCH_USAGE: usageFile },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdoutBytes = 0;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    (child.stdout as Readable).on('data', (b: Buffer) => {
      stdoutBytes += b.length;
      if (options.keepStdout) out.push(b);
    });
    (child.stderr as Readable).on('data', (b: Buffer) => {
      if (err.length < 64) err.push(b);
    });
    child.stdin.on('error', () => {}); // the child may stop reading (it failed): its exit code says so
    const feeding = typeof options.stdin === 'function'
      ? options.stdin(child.stdin).then(() => child.stdin.end())
      : new Promise<void>((resolve) => child.stdin.end(options.stdin ?? '', () => resolve()));
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
    await feeding.catch(() => {});
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; maxRssKb: number };
    return {
      cpuMs: usage.cpuMs, maxRssMb: usage.maxRssKb / 1024, exitCode, stdoutBytes,
      stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8').slice(0, 2000),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
