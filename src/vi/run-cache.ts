/**
 * A bounded cache of fixed runs (words) keyed by their text, looked up by a range of a larger text without slicing
 * it: a decomposed document is one edit per word, and slicing each word only to hash it in a Map cost more than
 * the rest of its look. Open addressing on a seeded FNV-1a hash of the code units; starts small (a cache made for
 * one call stays cheap), doubles as it fills, and is emptied when it holds `capacity` runs. Hostile keys that
 * collide cannot make it slow: a probe walks at most MAX_PROBE slots (a longer walk is a miss, and the key is not
 * stored), and the seed differs per process. Keys are stored as copies, never as slices that would keep the text
 * they came from alive.
 *
 * @example
 * const cache = new RunCache<number>(1024);
 * cache.set('người', hashRange('người', 0, 5), 1);
 * cache.get('Có người ở', 3, 8, hashRange('Có người ở', 3, 8)) // 1
 */
export class RunCache<V> {
  readonly #capacity: number;
  #mask = 15;
  #hashes = new Int32Array(16);
  #keys: (string | undefined)[] = new Array<string | undefined>(16).fill(undefined);
  #values: (V | undefined)[] = new Array<V | undefined>(16).fill(undefined);
  #size = 0;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  /** The value stored for `text[start, end)`, whose hashRange is `hash`; undefined when there is none. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    let slot = hash & this.#mask;
    for (let probe = 0; probe < MAX_PROBE; probe++, slot = (slot + 1) & this.#mask) {
      const key = this.#keys[slot];
      if (key === undefined) return undefined;
      if (this.#hashes[slot] === hash && key.length === end - start && sameUnits(key, text, start)) return this.#values[slot];
    }
    return undefined;
  }

  /**
   * Stores `value` for `key` (whose hashRange is `hash`); a new key in a full cache empties it first. A key whose
   * probe would walk too far is not stored.
   */
  set(key: string, hash: number, value: V): void {
    let slot = this.#slotOf(key, hash);
    if (slot < 0) return;
    if (this.#keys[slot] === undefined) {
      if (this.#size >= this.#capacity) this.#resize(16, false);
      else if ((this.#size + 1) * 2 > this.#keys.length) this.#resize(this.#keys.length * 2, true);
      slot = this.#slotOf(key, hash);
      if (slot < 0) return;
      this.#size++;
      this.#keys[slot] = copyOf(key);
    }
    this.#hashes[slot] = hash;
    this.#values[slot] = value;
  }

  /** The slot holding `key`, or the empty slot where it would go; -1 when that is more than MAX_PROBE away. */
  #slotOf(key: string, hash: number): number {
    let slot = hash & this.#mask;
    for (let probe = 0; probe < MAX_PROBE; probe++, slot = (slot + 1) & this.#mask) {
      const held = this.#keys[slot];
      if (held === undefined || held === key) return slot;
    }
    return -1;
  }

  /** Runs held. */
  get size(): number {
    return this.#size;
  }

  /** A new table of `slots` slots (a power of two), with the entries moved over or dropped. */
  #resize(slots: number, keep: boolean): void {
    const { length } = this.#keys;
    const [hashes, keys, values] = [this.#hashes, this.#keys, this.#values];
    this.#mask = slots - 1;
    this.#hashes = new Int32Array(slots);
    this.#keys = new Array<string | undefined>(slots).fill(undefined);
    this.#values = new Array<V | undefined>(slots).fill(undefined);
    this.#size = 0;
    if (!keep) return;
    for (let k = 0; k < length; k++) {
      const key = keys[k];
      if (key === undefined) continue;
      const slot = this.#slotOf(key, hashes[k]!);
      if (slot < 0) continue;
      this.#hashes[slot] = hashes[k]!;
      this.#keys[slot] = key;
      this.#values[slot] = values[k];
      this.#size++;
    }
  }
}

/** Longest walk of a probe: the table is at most half full, so honest keys need far fewer. */
const MAX_PROBE = 32;

// A different FNV start per process: which keys collide cannot be worked out ahead. Only speed depends on it.
const SEED = (0x811c9dc5 ^ Math.floor(Math.random() * 0x100000000)) | 0;

/** Seeded FNV-1a over the code units of `text[start, end)`, its high bits folded into the low ones the table uses. */
export function hashRange(text: string, start: number, end: number): number {
  let hash = SEED;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 16);
}

/**
 * A copy of `s` that shares no storage with the text it was sliced from (V8 keeps a slice of 13 or more units as a
 * view of its parent; a cached view would keep a whole document alive).
 */
function copyOf(s: string): string {
  const units: number[] = [];
  for (let i = 0; i < s.length; i++) units.push(s.charCodeAt(i));
  let copy = '';
  for (let i = 0; i < units.length; i += 1024) copy += String.fromCharCode(...units.slice(i, i + 1024));
  return copy;
}

function sameUnits(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
