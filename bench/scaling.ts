/**
 * Scaling: clean() time (its defaults) against document size (1 KB to 10 MB of real text) and against line count (up to
 * 100,000 one-character lines), with the fitted exponent (least squares on log time against log size; 1.0 is
 * linear). Run alone: `npm run build && tsx bench/scaling.ts`.
 */
import { pathToFileURL } from 'node:url';
import { checkResult } from './checks.js';
import { cleanArticles, devDocs, requireCorpus, viText } from './corpus.js';
import { fitExponent } from './fit.js';
import { timeTasks } from './harness.js';
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

async function series(docs: readonly (readonly [number, string])[]): Promise<ScalingPoint[]> {
  for (const [, d] of docs) checkResult(d, cleanDefault(d), `scaling document of ${d.length} characters`);
  const tasks = Object.fromEntries(docs.map(([size, d]) => [String(size), () => cleanDefault(d)]));
  const timings = await timeTasks(tasks, { timeMs: 1500, iterations: 5 });
  return timings.map((t) => ({ size: Number(t.name), medianMs: round(t.medianMs, 4) }));
}

export async function runScaling(): Promise<Scaling> {
  requireCorpus();
  const bySize = await series(SIZES.map((s) => [s, realText(s)] as const));
  const byLines = await series(LINE_COUNTS.map((n) => [n, oneCharLines(n)] as const));
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
  console.log(formatScaling(await runScaling()));
}
