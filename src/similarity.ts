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
export function lcsWords(a: readonly string[], b: readonly string[], budget: Budget): number {
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
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}
