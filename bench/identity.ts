/**
 * The optimisation invariant: every optimisation must leave what clean() decides identical. `--record` writes a
 * snapshot of every corpus document's removals (rule, category, start, end, reason), output hash and meta to
 * bench/out/identity.json (ignored by git: derived from the corpus); `--check` compares against it and lists
 * every document that differs.
 *
 *   npm run build && tsx bench/identity.ts --record   # before a change
 *   npm run build && tsx bench/identity.ts --check    # after it
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { namedDocs, requireCorpus } from './corpus.js';
import { vnclean } from './dist.js';

const { clean } = vnclean;

const OUT = new URL('./out/identity.json', import.meta.url);

function snapshot(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { id, text } of namedDocs()) {
    const r = clean(text);
    out[id] = {
      text: createHash('sha256').update(r.text).digest('hex'),
      removed: r.removed.map((x) => [x.rule, x.category, x.start, x.end, x.reason]),
      meta: r.meta,
    };
  }
  return out;
}

requireCorpus();
const mode = process.argv[2];
if (mode === '--record') {
  mkdirSync(new URL('./out/', import.meta.url), { recursive: true });
  const snap = snapshot();
  writeFileSync(OUT, JSON.stringify(snap));
  console.log(`recorded ${Object.keys(snap).length} documents`);
} else if (mode === '--check') {
  const before = JSON.parse(readFileSync(OUT, 'utf8')) as Record<string, unknown>;
  const now = snapshot();
  const ids = new Set([...Object.keys(before), ...Object.keys(now)]);
  const differ = [...ids].filter((id) => JSON.stringify(before[id]) !== JSON.stringify(now[id]));
  for (const id of differ.slice(0, 20)) console.log(`differs: ${id}`);
  console.log(`${ids.size - differ.length}/${ids.size} documents identical`);
  process.exitCode = differ.length === 0 ? 0 : 1;
} else {
  console.error('usage: tsx bench/identity.ts --record | --check');
  process.exitCode = 2;
}
