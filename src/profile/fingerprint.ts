/**
 * A 48-bit fingerprint of a line's canonical key: two independent 32-bit FNV-1a passes over the UTF-16 code
 * units, each finished with the murmur3 avalanche, cut to 16 + 32 bits. 48 bits keep a profile small and exact
 * in a JS number; with a few thousand recurring lines per site the chance that a content line of a billion
 * collides with one is below 1e-4 in total. Pure arithmetic, so every platform computes the same value.
 */

/** The two halves of a fingerprint: `hi` holds 16 bits, `lo` 32 bits. */
export interface Fingerprint {
  readonly hi: number;
  readonly lo: number;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85eb_ca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2_ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Fingerprints a canonical key (see `canonicalKey`).
 *
 * @example
 * const { hi, lo } = fingerprintKey('tin liên quan'); // hi < 2 ** 16, lo < 2 ** 32
 */
export function fingerprintKey(key: string): Fingerprint {
  let a = 0x811c_9dc5;
  let b = 0x050c_5d1f;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x0100_0193);
    b = Math.imul(b ^ c, 0x0100_0193) ^ (b >>> 15);
  }
  return { hi: fmix32(b ^ key.length) & 0xffff, lo: fmix32(a) };
}

/** The fingerprint as one number below 2^48 (exact in a double). */
export function fingerprintNumber(fp: Fingerprint): number {
  return fp.hi * 0x1_0000_0000 + fp.lo;
}

/** Splits a number from {@link fingerprintNumber} back into its halves. */
export function fingerprintParts(fp: number): Fingerprint {
  return { hi: Math.floor(fp / 0x1_0000_0000), lo: fp % 0x1_0000_0000 };
}
