/**
 * Bounded word-level similarity for near-duplicate tests. Callers pass a shared budget of DP cells so a
 * document full of similar long lines cannot make the duplicate rule quadratic (design principle 5).
 */

/** A mutable allowance of dynamic-programming cells, shared by all comparisons in one document. */
export interface Budget {
  cells: number;
}

/**
 * Length of the longest common subsequence of two word lists, or -1 when the budget does not cover it.
 *
 * @example
 * lcsWords(['a', 'b', 'c'], ['a', 'c'], { cells: 100 }) // 2
 */
export function lcsWords<T>(a: ArrayLike<T>, b: ArrayLike<T>, budget: Budget): number {
  const cost = a.length * b.length;
  if (cost > budget.cells) return -1;
  budget.cells -= cost;
  let prev = new Uint16Array(b.length + 1);
  let curr = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const wa = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      curr[j] = wa === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, curr[j - 1]!);
    }
    curr[0] = 0;
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}

/**
 * The words of a canonical key as 32-bit hashes (FNV-1a), so comparisons and word-pair lookups work on numbers
 * instead of allocating substrings. Deterministic; a collision can only make two different words look equal,
 * which the exact key comparison for whole lines never relies on.
 *
 * @example
 * wordHashes('hà nội').length // 2
 */
export function wordHashes(key: string, limit = Infinity): Int32Array {
  const out: number[] = [];
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < key.length && out.length < limit; i++) {
    const code = key.charCodeAt(i);
    if (code === 32) {
      if (inWord) out.push(h);
      h = FNV_OFFSET;
      inWord = false;
    } else {
      h = Math.imul(h ^ code, FNV_PRIME);
      inWord = true;
    }
  }
  if (inWord && out.length < limit) out.push(h);
  return Int32Array.from(out);
}
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** A hash of consecutive words starting at `i` (n = 2 or 3), for word-pair and word-triple lookups. */
export function ngramHash(words: Int32Array, i: number, n: number): number {
  let h = words[i]!;
  for (let k = 1; k < n; k++) h = Math.imul(h ^ words[i + k]!, 0x9e3779b1) + k;
  return h | 0;
}
