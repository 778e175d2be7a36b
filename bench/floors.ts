/**
 * How fast can a scan written for this platform go at all? The speed targets compare vnclean with V8's
 * `normalize('NFC')`, which is ICU's native quick check. This measures, over the same strings and in the same run,
 * the cheapest scans a normaliser could be built on, each doing less than any normaliser must:
 *
 * - charCodeAt loop: one `charCodeAt` and one table lookup per code unit, nothing else;
 * - typed-array loop: the text copied into a Uint16Array (Buffer#write, native), then one lookup per code unit;
 * - regex visit: V8's compiled regex engine stepping to every toned vowel (the places a tone-placement check must
 *   look at) and failing there, as a regex prefilter would at the least;
 * - scan automaton: the normaliser's own scan (src/vi/automaton.ts, a class lookup and a transition per code unit)
 *   with nothing done where it flags: the floor of the design normalizeVietnamese is built on;
 * - changed copy: a new string of the text with one code unit changed, which is the least a normaliser that changes
 *   anything must return (NFC pays it too wherever it composes);
 * - charCodeAt loop + changed copy: the least any JavaScript normaliser can cost on a text it changes;
 * - automaton + changed copy: the least normalizeVietnamese can cost on a text it changes;
 * - clean() floor: the one pass every cleaner makes (bench/one-pass.ts: a lookup per unit, a hash per word) and a
 *   changed copy: the least clean() with normalisation can cost, before any rule runs, now that the normaliser's
 *   questions are asked in the line scan's pass and only the lines it flags are read again (src/normalize-ranges.ts).
 *
 * If these already run below NFC, no JavaScript normaliser reaches NFC's speed on this machine. Usage:
 * `npm run bench:floors` (no build needed).
 */
import { megabytes, requireCorpus, workloads } from './corpus.js';
import { cpuTimeOnce, median } from './harness.js';
import { onePass } from './one-pass.js';
import { FLAGGED, scanAutomaton } from '../src/vi/automaton.js';
import { STYLE_OLD } from '../src/vi/fast-path.js';

const LOOKUP = new Uint8Array(0x10000);
for (let c = 0xc0; c < 0x1f00; c++) LOOKUP[c] = c & 1;

// Every precomposed Vietnamese vowel with a tone, both cases (U+00C0–U+1EF9 holds them all).
const TONED = 'àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';
const TONED_VISIT = new RegExp(`[${TONED}${TONED.toUpperCase()}](?=\\uffff)`, 'g');

function charCodeLoop(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += LOOKUP[text.charCodeAt(i)]!;
  return sum;
}

let scratch = Buffer.allocUnsafe(1 << 20);
function typedArrayLoop(text: string): number {
  if (scratch.length < text.length * 2) scratch = Buffer.allocUnsafe(text.length * 2);
  const units = new Uint16Array(scratch.buffer, scratch.byteOffset, scratch.write(text, 0, 'utf16le') >> 1);
  let sum = 0;
  for (let i = 0; i < units.length; i++) sum += LOOKUP[units[i]!]!;
  return sum;
}

function regexVisit(text: string): number {
  TONED_VISIT.lastIndex = 0;
  return TONED_VISIT.test(text) ? 1 : 0;
}

const AUTOMATON = scanAutomaton(STYLE_OLD, false);
function automatonScan(text: string): number {
  const { classes, next, start } = AUTOMATON;
  let state = start;
  let flags = 0;
  for (let i = 0; i < text.length; i++) {
    state = next[state + classes[text.charCodeAt(i)]!]!;
    if (state === FLAGGED) {
      flags++;
      state = start;
    }
  }
  return flags;
}

/** A new flat string: the text with its middle unit changed (reading one unit of a concatenation flattens it). */
function changedCopy(text: string): number {
  const mid = text.length >> 1;
  const copy = text.slice(0, mid) + (text.charCodeAt(mid) === 32 ? '_' : ' ') + text.slice(mid + 1);
  return copy.charCodeAt(mid);
}

const SCANS: Record<string, (text: string) => unknown> = {
  "String.prototype.normalize('NFC')": (t) => t.normalize('NFC'),
  'charCodeAt loop (floor)': charCodeLoop,
  'typed-array loop (floor)': typedArrayLoop,
  'regex visit of toned vowels (floor)': regexVisit,
  'scan automaton alone (floor)': automatonScan,
  'changed copy of the text (floor)': changedCopy,
  'charCodeAt loop + changed copy (floor)': (t) => charCodeLoop(t) + changedCopy(t),
  'scan automaton + changed copy (floor)': (t) => automatonScan(t) + changedCopy(t),
  'clean() floor: one pass + changed copy': (t) => onePass(t) + changedCopy(t),
};

requireCorpus();
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 15;
console.log('| workload | scan | MB/s | × NFC |\n|---|---|--:|--:|');
for (const w of workloads()) {
  const mb = megabytes(w.docs);
  const times: Record<string, number[]> = {};
  // Interleaved rounds: every scan sees the same machine load.
  for (let r = 0; r < rounds + 2; r++) {
    for (const [name, scan] of Object.entries(SCANS)) {
      const ms = cpuTimeOnce(() => { for (const d of w.docs) scan(d); });
      if (r >= 2) (times[name] ??= []).push(ms);
    }
  }
  const nfc = mb / median(times["String.prototype.normalize('NFC')"]!);
  for (const name of Object.keys(SCANS)) {
    const mbps = mb / median(times[name]!);
    console.log(`| ${w.name} | ${name} | ${(mbps * 1000).toFixed(1)} | ${(mbps / nfc).toFixed(2)} |`);
  }
}
