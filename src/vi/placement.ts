import { RHYMES, VOWELS } from './rhymes.js';

/**
 * Tone placement by vowel cluster, for the normaliser's fast path: where the tone goes depends only on the run of
 * vowel letters after the onset and on whether a final consonant follows, so a toned vowel in already-clean text
 * can be checked without parsing its word. Derived from the rhyme table (rhymes.ts); a test checks that rhymes
 * sharing a cluster agree.
 */

/** Key of a vowel cluster: vowel indexes (1-based into VOWELS, 0 = none) and whether a consonant follows. */
export function clusterKey(v1: number, v2: number, v3: number, coda: number): number {
  return ((v1 * 13 + v2) * 13 + v3) * 2 + coda;
}

/** Cluster key → (old position + 1) | (new position + 1) << 4; 0 when no rhyme has that cluster. */
export const CLUSTER_PLACEMENT: Uint8Array = (() => {
  const table = new Uint8Array(clusterKey(12, 12, 12, 1) + 1);
  for (const { rhyme, old, new: nu } of RHYMES) {
    let n = 0;
    while (n < rhyme.length && VOWELS.includes(rhyme[n]!)) n++;
    const v = [...rhyme.slice(0, n)].map((ch) => VOWELS.indexOf(ch) + 1);
    if (v.length > 3) continue;
    table[clusterKey(v[0] ?? 0, v[1] ?? 0, v[2] ?? 0, n < rhyme.length ? 1 : 0)] = (old + 1) | ((nu + 1) << 4);
  }
  return table;
})();
