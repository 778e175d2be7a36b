/**
 * Sharded JSONL of real articles for the scale-out tests, and the single-process run they must equal.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, hasCorpus } from '../corpus.js';
import { CLI } from '../cli/run.js';

export interface Shards {
  /** Every record, one file. */
  readonly all: string;
  /** The same records split into consecutive shards. */
  readonly shards: readonly string[];
  readonly records: number;
}

/** Writes `records` corpus articles (repeated, unique ids) as one file and as `count` shards in `dir`. */
export function writeShards(dir: string, records: number, count: number): Shards {
  if (!hasCorpus) throw new Error(`the scale-out tests need the corpus at ${CORPUS_DIR}`);
  const docs = readdirSync(`${CORPUS_DIR}/dev/docs`)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, text: readFileSync(`${CORPUS_DIR}/dev/docs/${f}`, 'utf8') }));
  const lines = Array.from({ length: records }, (_, i) => {
    const doc = docs[i % docs.length]!;
    return `${JSON.stringify({ id: `${doc.id}#${i}`, n: i, text: doc.text })}\n`;
  });
  const all = join(dir, 'all.jsonl');
  writeFileSync(all, lines.join(''));
  const per = Math.ceil(records / count);
  const shards = Array.from({ length: count }, (_, s) => {
    const path = join(dir, `shard-${String(s).padStart(3, '0')}.jsonl`);
    writeFileSync(path, lines.slice(s * per, (s + 1) * per).join(''));
    return path;
  });
  return { all, shards, records };
}

/** `vnclean ARGS FILE` in one process: the reference output. */
export function singleRun(file: string, args: readonly string[]): string {
  const run = spawnSync(process.execPath, [CLI, ...args, file], { maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`single-process run failed: ${run.stderr.toString()}`);
  return run.stdout.toString('utf8');
}

/** Fails loudly, naming the install step, when a system tool the scale tests need is missing. */
export function requireTool(command: string, args: readonly string[], install: string): void {
  const probe = spawnSync(command, args, { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${probe.error?.message ?? probe.stderr}): install it with \`${install}\` (.ci/run does)`);
  }
}
