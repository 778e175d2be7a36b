import { doubled } from './text/doubled.js';

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

/**
 * Whether the key with word hashes `outer` can hold the key with word hashes `inner` as a substring: false only when
 * it cannot, so a caller compares key strings only after true. A key is its words joined by single spaces, so in any
 * occurrence every word of the inner key but its first and last (which may be parts of words) lines up with a whole
 * word of the outer key, all in a row. Rabin–Karp over the word hashes: linear time, no allocation.
 *
 * @example
 * mayContainKey(hashesOf('một hai ba bốn năm sáu'), hashesOf('ai ba bốn nă')) // true: then compare the strings
 * mayContainKey(hashesOf('một hai ba bốn năm sáu'), hashesOf('hai bốn ba năm')) // false
 */
export function mayContainKey(outer: Int32Array, inner: Int32Array): boolean {
  const m = inner.length - 2;
  if (m <= 0) return true;
  if (outer.length < m) return false;
  let want = 0;
  let have = 0;
  let power = 1; // ROLL^(m-1): the weight of the word leaving the window
  for (let k = 0; k < m; k++) {
    want = Math.imul(want, ROLL) + inner[k + 1]! | 0;
    have = Math.imul(have, ROLL) + outer[k]! | 0;
    if (k > 0) power = Math.imul(power, ROLL);
  }
  for (let s = 0; ; s++) {
    if (have === want) return true;
    if (s + m >= outer.length) return false;
    have = Math.imul(have - Math.imul(outer[s]!, power), ROLL) + outer[s + m]! | 0;
  }
}
const ROLL = 0x01000193;

// Bigrams shared by many lines ("của các", "trong năm") carry no evidence and would make lookups slow: a bigram
// lists the first MAX_POSTINGS lines that have it.
const MAX_POSTINGS = 64;

/**
 * Which lines hold each word pair (bigram hash), for near-duplicate lookups, over typed arrays, so adding and
 * counting allocate nothing per line. In a document of megabytes what costs is memory, not arithmetic, so:
 * - the hash table holds only (bigram, record) pairs, 8 bytes a slot, and records are dense, in the order bigrams
 *   were first seen;
 * - a bigram's first line sits in its record (most bigrams have one line); the others in chunks of CHUNK_LINES
 *   consecutive ints, chained, so walking a bigram's lines reads a cache line per chunk, not one per line;
 * - countShared remembers the records it found for a line, and add() of that same line reuses them.
 *
 * @example
 * const postings = new BigramPostings();
 * postings.add(words, 3);
 * const n = postings.countShared(otherWords, 9, shared, touched); // shared[3] = pairs in common; touched[0..n) = [3]
 */
export class BigramPostings {
  // Open addressing: two ints a slot, the bigram and its record plus one (0: a free slot).
  #table: Int32Array;
  #capacity: number;
  // Records, REC ints each: lines listed, stamp (the last line that counted this bigram, plus one), first line,
  // first chunk, last chunk.
  #records: Int32Array;
  #recordCount = 0;
  // Chunks, CHUNK ints each: CHUNK_LINES lines, then the next chunk (the count of lines says where a chain ends).
  #chunks: Int32Array;
  #chunkCount = 0;
  // The record of each bigram of the line countShared last looked up (-1: absent), and that line.
  #found: Int32Array;
  #foundFor = -1;

  /** `expected`: about how many bigrams will be added (the table grows past it). */
  constructor(expected = 64) {
    this.#capacity = 16;
    while (this.#capacity < expected * 2) this.#capacity *= 2;
    // One allocation cut in four (each typed array allocation costs microseconds, a cost on every short page), each
    // part sized to `expected`, not to a large page (what an allocation costs grows with its size); a part that
    // outgrows its share is copied out to an array of its own.
    const tableInts = this.#capacity * 2;
    const recordInts = Math.max(8, expected) * REC;
    const chunkInts = Math.max(4, expected >> 2) * CHUNK;
    const arena = new Int32Array(tableInts + recordInts + chunkInts + FOUND);
    this.#table = arena.subarray(0, tableInts);
    this.#records = arena.subarray(tableInts, tableInts + recordInts);
    this.#chunks = arena.subarray(tableInts + recordInts, tableInts + recordInts + chunkInts);
    this.#found = arena.subarray(tableInts + recordInts + chunkInts);
  }

  /** Lists line `index` under each of its bigrams (once per bigram, at most MAX_POSTINGS lines per bigram). */
  add(words: Int32Array, index: number): void {
    const found = this.#foundFor === index ? this.#found : undefined;
    for (let i = 0; i + 1 < words.length; i++) {
      const known = found === undefined ? -1 : found[i]!;
      const at = (known !== -1 ? known : this.#record(ngramHash(words, i, 2), true)) * REC;
      const count = this.#records[at]!;
      if (count === 0) {
        this.#records[at] = 1;
        this.#records[at + 2] = index;
        continue;
      }
      // Lines are added in order, all bigrams of one line together: the line is listed already when it is last.
      if (count >= MAX_POSTINGS || this.#last(at, count) === index) continue;
      const offset = (count - 1) % CHUNK_LINES;
      if (offset === 0) {
        const chunk = this.#chunk();
        if (count === 1) this.#records[at + 3] = chunk;
        else this.#chunks[this.#records[at + 4]! + CHUNK_LINES] = chunk;
        this.#records[at + 4] = chunk;
      }
      this.#chunks[this.#records[at + 4]! + offset] = index;
      this.#records[at] = count + 1;
    }
    this.#foundFor = -1;
  }

  /**
   * For each earlier line sharing bigrams with `words` (each distinct bigram counted once), adds the number shared
   * to `shared[line]` and lists the line in `touched`. Returns how many lines were touched. `index` identifies the
   * current line (for counting each bigram once); `shared` must be all zeros on entry.
   */
  countShared(words: Int32Array, index: number, shared: Int32Array, touched: Int32Array): number {
    let n = 0;
    if (this.#found.length < words.length) this.#found = new Int32Array(words.length * 2);
    const found = this.#found;
    this.#foundFor = index;
    // First every lookup, then the counting: lookups that do not wait on each other let the processor overlap their
    // cache misses, which in a large document are most of the cost.
    for (let i = 0; i + 1 < words.length; i++) found[i] = this.#record(ngramHash(words, i, 2), false);
    for (let i = 0; i + 1 < words.length; i++) {
      const record = found[i]!;
      if (record < 0) continue;
      const records = this.#records;
      const chunks = this.#chunks;
      const at = record * REC;
      const count = records[at]!;
      // A bigram held by MAX_POSTINGS lines already is common wording, no evidence of a repeat.
      if (records[at + 1] === index + 1 || count >= MAX_POSTINGS) continue;
      records[at + 1] = index + 1;
      let line = records[at + 2]!;
      let c = shared[line]! + 1;
      shared[line] = c;
      if (c === 1) touched[n++] = line;
      for (let left = count - 1, chunk = records[at + 3]!; left > 0; chunk = chunks[chunk + CHUNK_LINES]!) {
        const end = chunk + Math.min(left, CHUNK_LINES);
        left -= CHUNK_LINES;
        for (let e = chunk; e < end; e++) {
          line = chunks[e]!;
          c = shared[line]! + 1;
          shared[line] = c;
          if (c === 1) touched[n++] = line;
        }
      }
    }
    return n;
  }

  /** The last line listed in the record at `at` (`count` lines, at least one). */
  #last(at: number, count: number): number {
    return count === 1 ? this.#records[at + 2]! : this.#chunks[this.#records[at + 4]! + (count - 2) % CHUNK_LINES]!;
  }

  #chunk(): number {
    if ((this.#chunkCount + 1) * CHUNK > this.#chunks.length) this.#chunks = doubled(this.#chunks);
    return this.#chunkCount++ * CHUNK;
  }

  /** The record of `key`, or -1 when absent and not `create`d (then a new, empty record). */
  #record(key: number, create: boolean): number {
    const table = this.#table;
    const mask = this.#capacity - 1;
    let slot = (key ^ (key >>> 16)) & mask;
    for (let id = table[slot * 2 + 1]!; id !== 0; id = table[slot * 2 + 1]!) {
      if (table[slot * 2] === key) return id - 1;
      slot = (slot + 1) & mask;
    }
    if (!create) return -1;
    const record = this.#recordCount++;
    if ((record + 1) * REC > this.#records.length) this.#records = doubled(this.#records);
    if ((record + 1) * 2 > this.#capacity) {
      this.#grow();
      return this.#place(key, record);
    }
    table[slot * 2] = key;
    table[slot * 2 + 1] = record + 1;
    return record;
  }

  /** Puts `key` → `record` in the first free slot of its probe sequence. */
  #place(key: number, record: number): number {
    const mask = this.#capacity - 1;
    let slot = (key ^ (key >>> 16)) & mask;
    while (this.#table[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
    this.#table[slot * 2] = key;
    this.#table[slot * 2 + 1] = record + 1;
    return record;
  }

  #grow(): void {
    const old = this.#table;
    this.#capacity *= 2;
    this.#table = new Int32Array(this.#capacity * 2);
    for (let at = 0; at < old.length; at += 2) if (old[at + 1] !== 0) this.#place(old[at]!, old[at + 1]! - 1);
  }
}
const REC = 5;
// Bigrams of a line countShared remembers without growing its array.
const FOUND = 64;
// A chunk: CHUNK_LINES lines and the next chunk, 32 bytes.
const CHUNK_LINES = 7;
const CHUNK = CHUNK_LINES + 1;

