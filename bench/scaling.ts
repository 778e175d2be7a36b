/**
 * Scaling: clean() time (its defaults) against document size (1 KB to 10 MB of real text) and against line count (up to
 * 100,000 one-character lines), with the fitted exponent (least squares on log time against log size; 1.0 is
 * linear). Run alone: `npm run build && tsx bench/scaling.ts`.
 */
import { pathToFileURL } from 'node:url';
import { checkResult } from './checks.js';
import { cleanArticles, devDocs, requireCorpus, viText } from './corpus.js';
import { fitExponent } from './fit.js';
import { cpuTimeOnce, median } from './harness.js';
import { cleanDefault } from './library.js';
import { round } from './clean.js';

export interface ScalingPoint {
  readonly size: number;
  readonly medianMs: number;
}

export interface Scaling {
  readonly bySize: { readonly unit: 'bytes'; readonly points: readonly ScalingPoint[]; readonly exponent: number };
  readonly byLines: { readonly unit: 'lines'; readonly points: readonly ScalingPoint[]; readonly exponent: number };
}

export const SIZES = [1e3, 4e3, 16e3, 64e3, 256e3, 1e6, 4e6, 10e6];
export const LINE_COUNTS = [100, 1_000, 10_000, 100_000];

/**
 * A document of about `bytes` UTF-8 bytes of real text, cut at a line end, starting over when the corpus runs
 * out. The corpus is read as one even mix (see corpusText), so a small document and a large one hold the same
 * kind of text and the time per MB differs only by size.
 */
export function realText(bytes: number, source: string = corpusText()): string {
  let out = '';
  while (Buffer.byteLength(out) < bytes) {
    const need = bytes - Buffer.byteLength(out);
    // Characters are 1–3 bytes; take a generous slice and trim to a line end.
    let piece = source.slice(0, Math.min(source.length, need));
    const nl = piece.lastIndexOf('\n');
    if (nl > 0 && Buffer.byteLength(piece) >= need) piece = piece.slice(0, nl + 1);
    out += piece.length > 0 ? piece : source;
    if (piece.length === source.length) out += '\n';
  }
  return out;
}

let memo: string | undefined;
/** Blocks of 40 lines taken in turn from each source (the pages, the clean articles, each vi-text file). */
function corpusText(): string {
  if (memo !== undefined) return memo;
  const sources = [devDocs().join('\n\n'), cleanArticles().join('\n\n'), ...viText()].map((s) => s.split('\n'));
  const out: string[] = [];
  for (let at = 0; sources.some((lines) => at < lines.length); at += BLOCK_LINES) {
    for (const lines of sources) if (at < lines.length) out.push(...lines.slice(at, at + BLOCK_LINES));
  }
  return (memo = out.join('\n'));
}
const BLOCK_LINES = 40;

/** `n` lines of one character each, cycling through the Vietnamese alphabet. */
export function oneCharLines(n: number): string {
  const letters = [...'aăâbcdđeêghiklmnoôơpqrstuưvxy'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(letters[i % letters.length]!);
  return `${out.join('\n')}\n`;
}

/*
 * A fitted exponent compares timings taken minutes apart, so on a shared machine a change of load between the
 * small and the large documents would bend it. The sizes are therefore timed in interleaved rounds (every size
 * once per round, ROUNDS rounds, the median per size), each sample at least SAMPLE_MS of CPU time (small
 * documents are cleaned several times per sample). Before each sample the same document is cleaned untimed as
 * long again, so a small document does not pay for the garbage the large one before it left.
 */
const ROUNDS = 7;
const SAMPLE_MS = 25;

function series(docs: readonly (readonly [number, string])[]): ScalingPoint[] {
  for (const [, d] of docs) checkResult(d, cleanDefault(d), `scaling document of ${d.length} characters`);
  for (const [, d] of docs) cleanDefault(d); // warm-up
  const reps = docs.map(([, d]) => Math.max(1, Math.ceil(SAMPLE_MS / Math.max(0.001, cpuTimeOnce(() => cleanDefault(d))))));
  const samples: number[][] = docs.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    docs.forEach(([, d], k) => {
      const n = reps[k]!;
      for (let r = 0; r < n; r++) cleanDefault(d);
      samples[k]!.push(cpuTimeOnce(() => { for (let r = 0; r < n; r++) cleanDefault(d); }) / n);
    });
  }
  return docs.map(([size], k) => ({ size, medianMs: round(median(samples[k]!), 4) }));
}

export function runScaling(): Scaling {
  requireCorpus();
  const bySize = series(SIZES.map((s) => [s, realText(s)] as const));
  const byLines = series(LINE_COUNTS.map((n) => [n, oneCharLines(n)] as const));
  return {
    bySize: { unit: 'bytes', points: bySize, exponent: round(fitExponent(bySize.map((p) => [p.size, p.medianMs])), 3) },
    byLines: { unit: 'lines', points: byLines, exponent: round(fitExponent(byLines.map((p) => [p.size, p.medianMs])), 3) },
  };
}

export function formatScaling(s: Scaling): string {
  const rows = (label: string, points: readonly ScalingPoint[]): string =>
    points.map((p) => `  ${String(p.size).padStart(9)} ${label}  ${p.medianMs.toFixed(3).padStart(10)} ms`).join('\n');
  return `time against size (exponent ${s.bySize.exponent}):\n${rows('bytes', s.bySize.points)}\n`
    + `time against line count (exponent ${s.byLines.exponent}):\n${rows('lines', s.byLines.points)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatScaling(runScaling()));
}
