/**
 * A bounded cache of fixed runs (words) keyed by their text, looked up by a range of a larger text without slicing
 * it: a decomposed document is one edit per word, and slicing each word only to hash it in a Map cost more than
 * the rest of its look. Open addressing on an FNV-1a hash of the code units; emptied when full.
 *
 * @example
 * const cache = new RunCache<number>(1024);
 * cache.set('người', hashRange('người', 0, 5), 1);
 * cache.get('Có người ở', 3, 8, hashRange('Có người ở', 3, 8)) // 1
 */
export class RunCache<V> {
  readonly #capacity: number;
  readonly #mask: number;
  readonly #hashes: Int32Array;
  readonly #keys: (string | undefined)[];
  readonly #values: (V | undefined)[];
  #size = 0;

  constructor(capacity: number) {
    let slots = 2;
    while (slots < capacity * 2) slots *= 2;
    this.#capacity = capacity;
    this.#mask = slots - 1;
    this.#hashes = new Int32Array(slots);
    this.#keys = new Array<string | undefined>(slots).fill(undefined);
    this.#values = new Array<V | undefined>(slots).fill(undefined);
  }

  /** The value stored for `text[start, end)`, whose hashRange is `hash`; undefined when there is none. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const key = this.#keys[slot];
      if (key === undefined) return undefined;
      if (this.#hashes[slot] === hash && key.length === end - start && sameUnits(key, text, start)) return this.#values[slot];
    }
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  #slotOf(key: string, hash: number): number {
    let slot = hash & this.#mask;
    while (this.#keys[slot] !== undefined && this.#keys[slot] !== key) slot = (slot + 1) & this.#mask;
    return slot;
  }

  /** Stores `value` for `key` (whose hashRange is `hash`); a new key in a full cache empties it first. */
  set(key: string, hash: number, value: V): void {
    let slot = this.#slotOf(key, hash);
    if (this.#keys[slot] === undefined) {
      if (this.#size >= this.#capacity) {
        this.#keys.fill(undefined);
        this.#values.fill(undefined);
        this.#size = 0;
        slot = this.#slotOf(key, hash);
      }
      this.#size++;
    }
    this.#hashes[slot] = hash;
    this.#keys[slot] = key;
    this.#values[slot] = value;
  }
}

/** FNV-1a over the code units of `text[start, end)`. */
export function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

function sameUnits(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
