import { classOf, needsLook, NBSP, TONED } from './fast-path.js';
import { isLatinLetterCode, TABLE_SIZE, VOWEL_INFO } from './letters.js';
import { CLUSTER_PLACEMENT } from './placement.js';
import { TONED_VOWELS } from './tones.js';
import { VOWELS } from './rhymes.js';

/*
 * The normaliser's scan as a finite automaton over code units: one table lookup for the unit's class and one for
 * the next state, no branch but "flagged?". It answers one question — may the per-unit scan (needsLook in
 * fast-path.ts) want a closer look anywhere in this stretch? — and answers it exactly for tone placement: a vowel
 * run is flagged at its end when needsLook would flag one of its toned vowels there. Text with nothing to fix
 * goes through it alone; a flag hands the word back to the exact per-unit scan (normalize.ts).
 *
 * States are (what stood before the vowel run: q, g or anything else; the run's vowels so far, each with or
 * without a tone). Runs that cannot become a cluster of the placement table (placement.ts), nor qu/gi + one, are
 * merged: with a tone they are flagged at once, without one they wait for a tone. The decision at a run's end is
 * taken by running needsLook itself on a stand-in text (q/g/x + the run + a consonant or not), so the automaton and
 * the scan cannot disagree; tests/vi/automaton.test.ts checks every run of up to four vowels.
 */

/** Unit classes: columns of the transition table. */
export const C_OTHER = 0; // not a letter: ends a run, and what comes after starts clean
const C_LETTER = 1; // a Latin letter other than a vowel, q or g: a final consonant after a run
const C_Q = 2;
const C_G = 3;
const C_VOWEL = 4; // 4 + 2 × (vowel index in VOWELS) + (1 if toned): 24 classes
const C_TRIGGER = 28; // a unit needsLook always looks at (combining marks, look-alikes, invisibles, …)
export const C_END = 29; // the end of the text, fed once after the last unit
const STRIDE = 32;

/** The flagged state: always state 0, so that the scan loop tests `state === FLAGGED`. */
export const FLAGGED = 0;

/** A built automaton: the class of each code unit and the transitions, states premultiplied by STRIDE. */
export interface ScanAutomaton {
  readonly classes: Uint8Array;
  readonly next: Uint16Array;
  /** The state at the start of a text, and after any unit of class C_OTHER. */
  readonly start: number;
}

function unitClasses(nbsp: boolean): Uint8Array {
  const classes = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const k = classOf(c);
    const info = c < TABLE_SIZE ? VOWEL_INFO[c]! : 0;
    if (k !== 0 && k !== TONED && (k !== NBSP || nbsp)) classes[c] = C_TRIGGER;
    else if (info !== 0) classes[c] = C_VOWEL + 2 * ((info >> 3) - 1) + ((info & 7) !== 0 ? 1 : 0);
    else if ((c | 32) === 113) classes[c] = C_Q;
    else if ((c | 32) === 103) classes[c] = C_G;
    else if (isLatinLetterCode(c)) classes[c] = C_LETTER;
  }
  return classes;
}

/** Vowel runs a tone may sit in without a flag: the table's clusters, and qu/gi before one of them or any vowel. */
function clusterPrefixes(): Map<string, Set<string>> {
  const clusters: number[][] = [];
  for (let key = 0; key < CLUSTER_PLACEMENT.length; key += 2) {
    if (CLUSTER_PLACEMENT[key] === 0 && CLUSTER_PLACEMENT[key + 1] === 0) continue;
    const packed = key >> 1;
    clusters.push([Math.floor(packed / 169), Math.floor(packed / 13) % 13, packed % 13].filter((v) => v !== 0).map((v) => v - 1));
  }
  const U = VOWELS.indexOf('u');
  const I = VOWELS.indexOf('i');
  const anyVowel = [...VOWELS].map((_, v) => [v]);
  const runs: Record<string, number[][]> = {
    x: clusters,
    q: [...clusters, ...clusters.map((c) => [U, ...c]), ...anyVowel.map((c) => [U, ...c])],
    g: [...clusters, ...clusters.map((c) => [I, ...c]), ...anyVowel.map((c) => [I, ...c])],
  };
  const prefixes = new Map<string, Set<string>>();
  for (const [pre, list] of Object.entries(runs)) {
    const set = new Set<string>();
    for (const run of list) for (let k = 1; k <= run.length; k++) set.add(run.slice(0, k).join(','));
    prefixes.set(pre, set);
  }
  return prefixes;
}

/** A state while building: what stood before the run, and the run as vowel classes (index × 2 + toned). */
type Built = { readonly pre: string; readonly run: readonly number[] } | 'waiting' | 'flagged';

const keyOf = (s: Built): string => (typeof s === 'string' ? s : `${s.pre}:${s.run.join(',')}`);

/** Does needsLook flag any unit of this run, standing after `pre`, followed by a consonant (coda) or not? */
function runIsFlagged(pre: string, run: readonly number[], coda: boolean, style: number): boolean {
  const text = pre + run.map((v) => TONED_VOWELS[VOWELS[v >> 1]!]![v & 1]).join('') + (coda ? 'n' : ' ');
  for (let i = 1; i <= run.length; i++) if (needsLook(text, i, style) !== 0) return true;
  return false;
}

function build(style: number, nbsp: boolean): ScanAutomaton {
  const prefixes = clusterPrefixes();
  const states: Built[] = ['flagged'];
  const index = new Map<string, number>([['flagged', 0]]);
  const idOf = (s: Built): number => {
    const key = keyOf(s);
    let id = index.get(key);
    if (id === undefined) {
      id = states.length;
      states.push(s);
      index.set(key, id);
    }
    return id;
  };
  const between = (pre: string): Built => ({ pre, run: [] });
  const start = idOf(between('x'));
  const afterUnit = (cls: number): Built => between(cls === C_Q ? 'q' : cls === C_G ? 'g' : 'x');

  const step = (s: Built, cls: number): Built => {
    if (s === 'flagged' || cls === C_TRIGGER) return 'flagged';
    const isVowel = cls >= C_VOWEL && cls < C_TRIGGER;
    if (isVowel) {
      const vowel = cls - C_VOWEL;
      if (s === 'waiting') return (vowel & 1) === 1 ? 'flagged' : 'waiting';
      const run = [...s.run, vowel];
      const toned = run.filter((v) => (v & 1) === 1).length;
      if (toned > 1) return 'flagged';
      if (prefixes.get(s.pre)!.has(run.map((v) => v >> 1).join(','))) return { pre: s.pre, run };
      return toned === 1 ? 'flagged' : 'waiting';
    }
    // A run ends here (a waiting run has no tone: nothing to check).
    if (s !== 'waiting' && s.run.length > 0 && runIsFlagged(s.pre, s.run, cls === C_LETTER || cls === C_Q || cls === C_G, style)) {
      return 'flagged';
    }
    return afterUnit(cls);
  };

  const rows: number[][] = [];
  for (let id = 0; id < states.length; id++) {
    const row: number[] = [];
    for (let cls = 0; cls < STRIDE; cls++) row.push(cls > C_END ? 0 : idOf(step(states[id]!, cls)));
    rows.push(row);
  }
  const { block, blocks } = minimise(rows);
  if (blocks * STRIDE > 0xffff) throw new Error(`scan automaton too large: ${blocks} states`);
  const next = new Uint16Array(blocks * STRIDE);
  rows.forEach((row, id) => row.forEach((to, cls) => { next[block[id]! * STRIDE + cls] = block[to]! * STRIDE; }));
  return { classes: unitClasses(nbsp), next, start: block[start]! * STRIDE };
}

/**
 * Merges states no input can tell apart (Moore's partition refinement), so the table stays small enough for the
 * processor's first-level cache. State 0 (flagged) stays block 0.
 */
function minimise(rows: readonly (readonly number[])[]): { block: number[]; blocks: number } {
  let block: number[] = rows.map((_, id) => (id === FLAGGED ? 0 : 1));
  let blocks = 2;
  for (;;) {
    const ids = new Map<string, number>([[`0|${rows[FLAGGED]!.map((to) => block[to]).join(',')}`, 0]]);
    const refined = rows.map((row, id) => {
      const signature = `${block[id]}|${row.map((to) => block[to]).join(',')}`;
      let b = ids.get(signature);
      if (b === undefined) ids.set(signature, (b = ids.size));
      return b;
    });
    if (ids.size === blocks) return { block: refined, blocks };
    block = refined;
    blocks = ids.size;
  }
}

const built = new Map<string, ScanAutomaton>();

/**
 * The automaton for a tone style (fast-path.ts numbering) and whether no-break spaces are to be replaced. Built on
 * first use (a few milliseconds) and kept: it depends on nothing but these two.
 */
export function scanAutomaton(style: number, nbsp: boolean): ScanAutomaton {
  const key = `${style}:${nbsp}`;
  let automaton = built.get(key);
  if (automaton === undefined) {
    automaton = build(style, nbsp);
    built.set(key, automaton);
  }
  return automaton;
}
