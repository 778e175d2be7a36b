import { needsLook } from './fast-path.js';
import { CLUSTER_PLACEMENT } from './placement.js';
import { VOWELS } from './rhymes.js';
import { TONED_VOWELS } from './tones.js';
import { C_END, C_G, C_LETTER, C_Q, C_TRIGGER, C_VOWEL, FLAGGED, UNIT_CLASSES } from './automaton.js';

/*
 * How the scan automaton (automaton.ts) is built: from the placement table and the per-unit scan's own decision,
 * needsLook. Slow (a few hundred milliseconds), so scripts/gen-automaton.ts runs it once and writes
 * automaton.generated.ts; tests/vi/automaton.test.ts checks the two agree.
 */

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

/** The transitions of the minimised automaton for a tone style: rows of UNIT_CLASSES next-state numbers. */
export function buildTransitions(style: number): { readonly start: number; readonly rows: readonly (readonly number[])[] } {
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
    for (let cls = 0; cls < UNIT_CLASSES; cls++) row.push(idOf(step(states[id]!, cls)));
    rows.push(row);
  }
  const { block, blocks } = minimise(rows);
  const merged: number[][] = Array.from({ length: blocks }, () => []);
  rows.forEach((row, id) => { merged[block[id]!] = row.map((to) => block[to]!); });
  return { start: block[start]!, rows: merged };
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

