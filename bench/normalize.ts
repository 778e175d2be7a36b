/**
 * Benchmark of normalizeVietnamese against String.prototype.normalize('NFC') on the same text: the real
 * Vietnamese text in ../shared/corpus/vi-text ("clean": as found, mostly NFC) and a dirty variant of it (NFD,
 * one in five oa/oe/uy-style tones moved to new style, one in ten "toàn"/"người"/"của"-like words with the tone
 * misplaced). Checks correctness first, then times the built package. Usage: npm run bench:normalize [-- --runs 20]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { vnclean } from './dist.js';
import { CORPUS_DIR } from '../tests/corpus.js';

// The built package, as users get it (code loaded through tsx from src/ ran up to 2× slower).
const { normalizeVietnamese } = vnclean;

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;
const dir = `${CORPUS_DIR}/vi-text`;
const clean = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(`${dir}/${f}`, 'utf8')).join('\n');

// Dirty variant: new-style tones and misplaced tones in NFC words, then the whole text decomposed.
let k = 0;
const dirtyNfc = clean
  .replace(/([oòóỏõọ])([aeàáảãạ])(?![\p{L}\p{M}])/gu, (m) => (k++ % 5 === 0 ? swapTone(m) : m))
  .replace(/(?<![\p{L}\p{M}])(to|ngư|hò|xo)([àờa])(?=n)/gu, (m, a: string, b: string) => (k++ % 10 === 0 ? misplace(a, b) : m));
const dirty = dirtyNfc.normalize('NFD');

/** "toàn" → "tòan": the tone of the second vowel moved to the first (a misplaced tone). */
function misplace(head: string, vowel: string): string {
  const d = (head + vowel).normalize('NFD');
  const tone = d.match(/[\u0300\u0301\u0303\u0309\u0323]/u)?.[0];
  if (tone === undefined) return head + vowel;
  const bare = d.replace(tone, '');
  const at = bare.length - 2;
  return (bare.slice(0, at) + tone + bare.slice(at)).normalize('NFC');
}

function swapTone(pair: string): string {
  const d = pair.normalize('NFD');
  const tone = d.match(/[\u0300\u0301\u0303\u0309\u0323]/u)?.[0];
  if (tone === undefined) return pair;
  const bare = d.replace(tone, '');
  return (bare + tone).normalize('NFC');
}

// Correctness first: clean text needs few edits and comes back otherwise identical; the dirty text normalises
// to the same result as the clean text (NFC, old style) wherever the clean text was already normal.
const onClean = normalizeVietnamese(clean);
const onDirty = normalizeVietnamese(dirty);
const cleanFixed = onClean.text;
if (normalizeVietnamese(cleanFixed).edits.length !== 0) throw new Error('not idempotent on the corpus');
if (onDirty.text !== cleanFixed) {
  let i = 0;
  while (onDirty.text[i] === cleanFixed[i]) i++;
  throw new Error(`dirty text does not normalise to the clean result near ${JSON.stringify(cleanFixed.slice(i - 20, i + 20))} / ${JSON.stringify(onDirty.text.slice(i - 20, i + 20))}`);
}
console.log(`correctness: ok (clean: ${onClean.edits.length} edits; dirty: ${onDirty.edits.length} edits)`);

const mb = (s: string): number => Buffer.byteLength(s, 'utf8') / 1e6;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** CPU time of one call, in ms (steadier than wall time on a shared machine). */
function cpu(f: () => unknown): number {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
/** Times the two contenders in alternation (so load changes hit both), median CPU ms and MB/s for each. */
function race(label: string, text: string): [number, number] {
  const nfc: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < 3; i++) {
    text.normalize('NFC');
    normalizeVietnamese(text);
  }
  for (let i = 0; i < runs; i++) {
    nfc.push(cpu(() => text.normalize('NFC')));
    ours.push(cpu(() => normalizeVietnamese(text)));
  }
  const size = mb(text);
  const [a, b] = [median(nfc), median(ours)];
  console.log(`${label.padEnd(8)} ${size.toFixed(2)} MB  NFC ${a.toFixed(1).padStart(7)} ms ${(size / a * 1000).toFixed(0).padStart(5)} MB/s` +
    `   normalizeVietnamese ${b.toFixed(1).padStart(7)} ms ${(size / b * 1000).toFixed(0).padStart(5)} MB/s   (${(a / b).toFixed(2)}× NFC speed)`);
  return [a, b];
}
/** A plain JavaScript pass over the text (charCodeAt per code unit): the floor for any scanner written in JS. */
function bareLoop(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0xa0) n++;
  return n;
}

console.log(`median CPU time of ${runs} runs, NFC and normalizeVietnamese alternating`);
race('clean', clean);
race('normal', cleanFixed);
race('dirty', dirty);
const floor = median(Array.from({ length: runs }, () => cpu(() => bareLoop(cleanFixed))));
console.log(`for scale: a bare JS charCodeAt loop over the normal text takes ${floor.toFixed(1)} ms (${(mb(cleanFixed) / floor * 1000).toFixed(0)} MB/s)`);
