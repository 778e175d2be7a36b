/**
 * Runs the built CLI (dist/cli.js) as a child process, as users and pipelines do. `npm test` builds before
 * vitest runs; running vitest alone needs `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(ROOT, 'dist/cli.js');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `vnclean ARGS` with `input` on stdin. */
export function vnclean(args: readonly string[], input: string | Uint8Array = ''): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const run = spawnSync(process.execPath, [CLI, ...args], { input, maxBuffer: 1 << 30, cwd: ROOT });
  if (run.error !== undefined) throw run.error;
  return { code: run.status, stdout: run.stdout.toString('utf8'), stderr: run.stderr.toString('utf8') };
}

/**
 * Runs a bash command line (for pipes and redirections) in which `vnclean` runs the built CLI; `$NODE` and
 * `$CLI_JS` name node and dist/cli.js for commands that start a shell of their own.
 */
export function shell(command: string): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const run = spawnSync('bash', ['-c', `vnclean() { "$NODE" "$CLI_JS" "$@"; }\n${command}`], {
    maxBuffer: 1 << 30,
    cwd: ROOT,
    env: { ...process.env, NODE: process.execPath, CLI_JS: CLI },
  });
  if (run.error !== undefined) throw run.error;
  return { code: run.status, stdout: run.stdout.toString('utf8'), stderr: run.stderr.toString('utf8') };
}

/** Output lines of a JSONL run (the final newline ends the last line; it does not start another). */
export function outputLines(stdout: string): string[] {
  return stdout === '' ? [] : stdout.replace(/\n$/u, '').split('\n');
}

/** Parsed output records. */
export function outputRecords(stdout: string): Record<string, unknown>[] {
  return outputLines(stdout).map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A temporary directory for the calling test file, removed after its tests. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vnclean-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
