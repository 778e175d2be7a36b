/**
 * The compact encoding of a site's profile lines: records sorted by fingerprint, each the gap to the previous
 * fingerprint (a varint) and its placement counts. Most lines of a crawl are seen once, so a line seen in one
 * document takes a single code byte (0, 1, 2: before, inside, after the article); any other takes code 3 and
 * three varints. Bytes are written as base64, so a profile stays a plain JSON value. Encoding and decoding
 * stream through typed arrays: a profile of millions of lines never becomes millions of objects.
 */

/** How often one line was seen, by where it sat in the page. `before + inside + after` = documents. */
export interface LineCounts {
  /** 48-bit fingerprint of the line's canonical key. */
  readonly fp: number;
  readonly before: number;
  readonly inside: number;
  readonly after: number;
}

/** Receives decoded records in order. */
export type LineVisitor = (fp: number, before: number, inside: number, after: number) => void;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;
// Base64 is built in chunks of this many input bytes (a multiple of 3), so no long chain of string concatenations.
const CHUNK_BYTES = 3 * 8192;

function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chars = new Uint8Array((CHUNK_BYTES / 3) * 4);
  for (let from = 0; from < bytes.length; from += CHUNK_BYTES) {
    const to = Math.min(bytes.length, from + CHUNK_BYTES);
    let o = 0;
    for (let i = from; i < to; i += 3) {
      const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
      chars[o++] = CODES[n >>> 18]!;
      chars[o++] = CODES[(n >>> 12) & 63]!;
      chars[o++] = i + 1 < to ? CODES[(n >>> 6) & 63]! : 61; // '='
      chars[o++] = i + 2 < to ? CODES[n & 63]! : 61;
    }
    parts.push(String.fromCharCode(...chars.subarray(0, o)));
  }
  return parts.join('');
}

function fromBase64(s: string): Uint8Array | undefined {
  if (s.length % 4 !== 0) return undefined;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((s.length / 4) * 3 - pad);
  for (let i = 0, o = 0; i < s.length; i += 4, o += 3) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const c = s.charCodeAt(i + k);
      const v = i + 4 === s.length && k >= 4 - pad && c === 61 ? 0 : c < 128 ? VALUES[c]! : -1;
      if (v < 0) return undefined;
      n = n * 64 + v;
    }
    bytes[o] = n >>> 16;
    if (o + 1 < bytes.length) bytes[o + 1] = (n >>> 8) & 0xff;
    if (o + 2 < bytes.length) bytes[o + 2] = n & 0xff;
  }
  return bytes;
}

/**
 * Writes records, in strictly ascending fingerprint order, into the profile's `data` string.
 *
 * @example
 * const e = new LineEncoder(); e.add(42, 0, 3, 1); e.finish() // 'KgMAAwE='
 */
export class LineEncoder {
  #bytes = new Uint8Array(256);
  #length = 0;
  #previous = 0;
  count = 0;

  add(fp: number, before: number, inside: number, after: number): void {
    if (this.#length + 40 > this.#bytes.length) {
      const grown = new Uint8Array(this.#bytes.length * 2);
      grown.set(this.#bytes);
      this.#bytes = grown;
    }
    this.#varint(fp - this.#previous);
    this.#previous = fp;
    if (before + inside + after === 1) this.#bytes[this.#length++] = before ? 0 : inside ? 1 : 2;
    else {
      this.#bytes[this.#length++] = 3;
      this.#varint(before);
      this.#varint(inside);
      this.#varint(after);
    }
    this.count++;
  }

  finish(): string {
    return toBase64(this.#bytes.subarray(0, this.#length));
  }

  #varint(n: number): void {
    // Arithmetic, not bit operators: values reach 2^48.
    while (n >= 0x80) {
      this.#bytes[this.#length++] = (n % 0x80) + 0x80;
      n = Math.floor(n / 0x80);
    }
    this.#bytes[this.#length++] = n;
  }
}

/**
 * Reads a `data` string, handing each record to `visit` in order. Returns the number of records, or undefined
 * when `data` is not a valid encoding (bad base64, a truncated record, fingerprints not strictly ascending).
 *
 * @example
 * decodeLines('KgMAAwE=', (fp, b, i, a) => console.log(fp, b, i, a)) // logs 42 0 3 1, returns 1
 */
export function decodeLines(data: string, visit: LineVisitor): number | undefined {
  const bytes = fromBase64(data);
  if (!bytes) return undefined;
  let at = 0;
  const varint = (): number => {
    let n = 0;
    let scale = 1;
    for (let k = 0; k < 8 && at < bytes.length; k++) {
      const b = bytes[at++]!;
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
    }
    return -1;
  };
  let count = 0;
  let fp = 0;
  while (at < bytes.length) {
    const gap = varint();
    const code = bytes[at++];
    if (gap < 0 || code === undefined || (gap === 0 && count > 0)) return undefined;
    fp += gap;
    if (fp >= 2 ** 48) return undefined;
    if (code < 3) visit(fp, code === 0 ? 1 : 0, code === 1 ? 1 : 0, code === 2 ? 1 : 0);
    else {
      const before = varint();
      const inside = varint();
      const after = varint();
      if (code !== 3 || before < 0 || inside < 0 || after < 0 || before + inside + after < 2) return undefined;
      visit(fp, before, inside, after);
    }
    count++;
  }
  return count;
}
