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

/** A hash of consecutive words starting at `i` (n = 2 or 3), for word-pair and word-triple lookups. */
export function ngramHash(words: Int32Array, i: number, n: number): number {
  let h = words[i]!;
  for (let k = 1; k < n; k++) h = Math.imul(h ^ words[i + k]!, 0x9e3779b1) + k;
  return h | 0;
}

// Bigrams shared by many lines ("của các", "trong năm") carry no evidence and would make lookups slow: a bigram
// lists the first MAX_POSTINGS lines that have it.
const MAX_POSTINGS = 64;

/**
 * Which lines hold each word pair (bigram hash), for near-duplicate lookups: an open-addressing table over typed
 * arrays with each bigram's lines as a linked list, so adding and counting allocate nothing per line.
 *
 * @example
 * const postings = new BigramPostings();
 * postings.add(words, 3);
 * const n = postings.countShared(otherWords, 9, shared, touched); // shared[3] = pairs in common; touched[0..n) = [3]
 */
export class BigramPostings {
  // Slots of an open-addressing table, SLOT ints each: bigram, first entry, last entry, entries, stamp (the
  // last line that counted this bigram). Entries, two ints each: line, next entry (-1 ends the list).
  #slots: Int32Array;
  #capacity: number;
  #used = 0;
  #entries: Int32Array;
  #entryCount = 0;

  /** `expected`: about how many bigrams will be added (the table grows past it). */
  constructor(expected = 64) {
    this.#capacity = 64;
    while (this.#capacity < expected * 2) this.#capacity *= 2;
    this.#slots = new Int32Array(this.#capacity * SLOT);
    this.#entries = new Int32Array(Math.max(64, expected * 2));
  }

  /** Lists line `index` under each of its bigrams (once per bigram, at most MAX_POSTINGS lines per bigram). */
  add(words: Int32Array, index: number): void {
    for (let i = 0; i + 1 < words.length; i++) {
      const at = this.#slot(ngramHash(words, i, 2), true) * SLOT;
      const slots = this.#slots;
      const count = slots[at + 3]!;
      if (count === 0) {
        const e = this.#entry(index);
        slots[at + 1] = e;
        slots[at + 2] = e;
        slots[at + 3] = 1;
      } else if (count < MAX_POSTINGS && this.#entries[slots[at + 2]! * 2] !== index) {
        const e = this.#entry(index);
        this.#entries[slots[at + 2]! * 2 + 1] = e;
        slots[at + 2] = e;
        slots[at + 3] = count + 1;
      }
    }
  }

  /**
   * For each earlier line sharing bigrams with `words` (each distinct bigram counted once), adds the number shared
   * to `shared[line]` and lists the line in `touched`. Returns how many lines were touched. `index` identifies the
   * current line (for counting each bigram once); `shared` must be all zeros on entry.
   */
  countShared(words: Int32Array, index: number, shared: Int32Array, touched: Int32Array): number {
    let n = 0;
    const slots = this.#slots;
    const entries = this.#entries;
    for (let i = 0; i + 1 < words.length; i++) {
      const slot = this.#slot(ngramHash(words, i, 2), false);
      if (slot < 0) continue;
      const at = slot * SLOT;
      // A bigram held by MAX_POSTINGS lines already is common wording, no evidence of a repeat.
      if (slots[at + 4] === index + 1 || slots[at + 3]! >= MAX_POSTINGS) continue;
      slots[at + 4] = index + 1;
      for (let e = slots[at + 1]!; e !== -1; e = entries[e * 2 + 1]!) {
        const line = entries[e * 2]!;
        const count = shared[line]! + 1;
        shared[line] = count;
        if (count === 1) touched[n++] = line;
      }
    }
    return n;
  }

  #entry(line: number): number {
    if (this.#entryCount * 2 === this.#entries.length) {
      const grown = new Int32Array(this.#entries.length * 2);
      grown.set(this.#entries);
      this.#entries = grown;
    }
    const e = this.#entryCount++;
    this.#entries[e * 2] = line;
    this.#entries[e * 2 + 1] = -1;
    return e;
  }

  /** The slot of `key`, or -1 when absent and not `create`d. A slot is in use when it has entries. */
  #slot(key: number, create: boolean): number {
    let mask = this.#capacity - 1;
    let slot = (key ^ (key >>> 16)) & mask;
    while (this.#slots[slot * SLOT + 3] !== 0) {
      if (this.#slots[slot * SLOT] === key) return slot;
      slot = (slot + 1) & mask;
    }
    if (!create) return -1;
    if ((this.#used + 1) * 2 > this.#capacity) {
      this.#grow();
      mask = this.#capacity - 1;
      slot = (key ^ (key >>> 16)) & mask;
      while (this.#slots[slot * SLOT + 3] !== 0) slot = (slot + 1) & mask;
    }
    this.#slots[slot * SLOT] = key;
    this.#used++;
    return slot;
  }

  #grow(): void {
    const old = this.#slots;
    this.#capacity *= 2;
    this.#slots = new Int32Array(this.#capacity * SLOT);
    const mask = this.#capacity - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + 3] === 0) continue;
      const key = old[at]!;
      let slot = (key ^ (key >>> 16)) & mask;
      while (this.#slots[slot * SLOT + 3] !== 0) slot = (slot + 1) & mask;
      for (let k = 0; k < SLOT; k++) this.#slots[slot * SLOT + k] = old[at + k]!;
    }
  }
}
const SLOT = 5;
