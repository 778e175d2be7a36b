import { LineEncoder } from './codec.js';
import type { ProfileSite } from './format.js';

/** Where a line sat in its page: before the article, inside it, after it. */
export type Placement = 0 | 1 | 2;

/*
 * The bounded counter behind learning and merging: per (site, line fingerprint), in how many documents the line
 * occurred before, inside and after the article. An open-addressing hash table in typed arrays (22 bytes a slot,
 * at most 2 × capacity slots), so memory has a fixed ceiling whatever the crawl.
 *
 * Why merge(shards) equals one pass, exactly:
 * Counts are sums, so they add up the same in any order or grouping. What needs care is the bound. Evicting rare
 * lines when the table is full would make a line's count depend on when it was evicted (document order, shard
 * boundaries), and no evict-by-count scheme merges exactly. So the table instead samples by fingerprint, the way
 * distinct-sampling sketches do: each line has a fixed level (the number of trailing zero bits of its sampling
 * bits, so half the lines have level ≥ 1, a quarter ≥ 2, …), and at table level n only lines of level ≥ n are
 * kept. When more than `capacity` distinct lines are kept, n rises by one and the lines below it go.
 *   - At any moment n is the smallest level at which the distinct lines seen so far fit (they only accumulate,
 *     so the smallest fitting level only rises, and the table raises n exactly when it is exceeded).
 *   - Every line of level ≥ n was kept from its first occurrence on: its count is exact.
 * Both facts hold for a merge too (start at the higher of the two levels, add counts, raise while too many), so
 * the table's content — its level, and the exact counts of every line of level ≥ level — is a function of the
 * multiset of documents alone: the same for one pass, any shard split, any order. Site document counts are plain
 * sums. Output is sorted (sites by code units, lines by fingerprint), so equal content gives identical bytes.
 * The price of the bound is recall on very large crawls: past `capacity` distinct lines, a fixed half of the
 * line space per level is no longer counted (and so never removed); nothing is ever removed wrongly because of it.
 */
export class LineTable {
  readonly capacity: number;
  #level = 0;
  #size = 0;
  #slots: number;
  readonly #maxSlots: number;
  #site: Int32Array;
  #hi: Uint16Array;
  #lo: Uint32Array;
  #counts: Uint32Array;
  readonly #sites: string[] = [];
  readonly #siteIndex = new Map<string, number>();
  readonly #documents: number[] = [];

  constructor(capacity: number) {
    this.capacity = capacity;
    this.#maxSlots = 2 ** Math.ceil(Math.log2(capacity * 2));
    this.#slots = Math.min(this.#maxSlots, 1 << 12);
    [this.#site, this.#hi, this.#lo, this.#counts] = allocate(this.#slots);
  }

  get level(): number {
    return this.#level;
  }

  /** Distinct (site, line) pairs counted. */
  get size(): number {
    return this.#size;
  }

  /** Starts counting at least at `level` (used when merging a sampled profile). */
  raiseLevel(level: number): void {
    if (level > this.#level) {
      this.#level = level;
      this.#rebuild(this.#slots);
    }
  }

  /** Adds documents to a site's count; returns the site's index for {@link add}. */
  addDocuments(site: string, documents: number): number {
    let index = this.#siteIndex.get(site);
    if (index === undefined) {
      index = this.#sites.length;
      this.#sites.push(site);
      this.#documents.push(0);
      this.#siteIndex.set(site, index);
    }
    this.#documents[index]! += documents;
    return index;
  }

  /** Adds a line's counts (before, inside, after) on a site; lines below the sampling level are skipped. */
  add(site: number, hi: number, lo: number, before: number, inside: number, after: number): void {
    if (samplingLevel(hi) < this.#level) return;
    let slot = this.#find(site, hi, lo);
    if (this.#site[slot] === -1) {
      if ((this.#size + 1) * 2 > this.#slots && this.#slots < this.#maxSlots) {
        this.#rebuild(this.#slots * 2);
        slot = this.#find(site, hi, lo);
      }
      this.#site[slot] = site;
      this.#hi[slot] = hi;
      this.#lo[slot] = lo;
      this.#size++;
    }
    const counts = this.#counts;
    counts[slot * 3] = counts[slot * 3]! + before;
    counts[slot * 3 + 1] = counts[slot * 3 + 1]! + inside;
    counts[slot * 3 + 2] = counts[slot * 3 + 2]! + after;
    if (this.#size > this.capacity) {
      while (this.#size > this.capacity) {
        this.#level++;
        this.#rebuild(this.#slots);
      }
    }
  }

  /**
   * The content, encoded, in canonical order: sites by code units, each site's lines by fingerprint. Works on
   * slot numbers in typed arrays (4 bytes a line), never on one object per line.
   */
  toSites(): ProfileSite[] {
    const perSite = new Uint32Array(this.#sites.length + 1);
    // Counting sort of slots by site, then each site's slots by fingerprint.
    const site = this.#site;
    for (let slot = 0; slot < this.#slots; slot++) if (site[slot] !== -1) perSite[site[slot]! + 1]! += 1;
    for (let i = 1; i < perSite.length; i++) perSite[i]! += perSite[i - 1]!;
    const order = new Uint32Array(this.#size);
    const next = perSite.slice(0, -1);
    for (let slot = 0; slot < this.#slots; slot++) {
      if (site[slot] !== -1) order[next[site[slot]!]!++] = slot;
    }
    const [hi, lo, counts] = [this.#hi, this.#lo, this.#counts];
    const byFingerprint = (a: number, b: number): number => hi[a]! - hi[b]! || lo[a]! - lo[b]!;
    return this.#sites
      .map((site, i) => {
        const slots = order.subarray(perSite[i]!, perSite[i + 1]!).sort(byFingerprint);
        const encoder = new LineEncoder();
        for (const s of slots) encoder.add(hi[s]! * 0x1_0000_0000 + lo[s]!, counts[s * 3]!, counts[s * 3 + 1]!, counts[s * 3 + 2]!);
        return { site, documents: this.#documents[i]!, lines: encoder.count, data: encoder.finish() };
      })
      .sort((a, b) => (a.site < b.site ? -1 : a.site > b.site ? 1 : 0));
  }

  #find(site: number, hi: number, lo: number): number {
    const mask = this.#slots - 1;
    let slot = (Math.imul(lo ^ Math.imul(site + 1, 0x9e37_79b1), 0x85eb_ca6b) >>> 7) & mask;
    while (this.#site[slot] !== -1 && !(this.#site[slot] === site && this.#lo[slot] === lo && this.#hi[slot] === hi)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Re-inserts the kept lines (those at or above the level) into `slots` fresh slots. */
  #rebuild(slots: number): void {
    const [site, hi, lo, counts] = [this.#site, this.#hi, this.#lo, this.#counts];
    const old = this.#slots;
    this.#slots = slots;
    [this.#site, this.#hi, this.#lo, this.#counts] = allocate(slots);
    this.#size = 0;
    for (let s = 0; s < old; s++) {
      if (site[s] === -1 || samplingLevel(hi[s]!) < this.#level) continue;
      const slot = this.#find(site[s]!, hi[s]!, lo[s]!);
      this.#site[slot] = site[s]!;
      this.#hi[slot] = hi[s]!;
      this.#lo[slot] = lo[s]!;
      this.#counts.set(counts.subarray(s * 3, s * 3 + 3), slot * 3);
      this.#size++;
    }
  }
}

function allocate(slots: number): [Int32Array, Uint16Array, Uint32Array, Uint32Array] {
  return [new Int32Array(slots).fill(-1), new Uint16Array(slots), new Uint32Array(slots), new Uint32Array(slots * 3)];
}

/** A line's sampling level: trailing zero bits of the fingerprint's high 16 bits (16 when all are zero). */
export function samplingLevel(hi: number): number {
  return 31 - Math.clz32((hi | 0x1_0000) & -(hi | 0x1_0000));
}
