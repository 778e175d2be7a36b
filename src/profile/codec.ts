/**
 * The compact encoding of a site's profile lines: records sorted by fingerprint, each the gap to the previous
 * fingerprint (a varint) and its placement counts. Most lines of a crawl are seen once, so a line seen in one
 * document takes a single code byte (0, 1, 2: before, inside, after the article); any other takes code 3 and
 * three varints. Bytes are written as base64, so a profile stays a plain JSON value.
 */

/** How often one line was seen, by where it sat in the page. `before + inside + after` = documents. */
export interface LineCounts {
  /** 48-bit fingerprint of the line's canonical key. */
  readonly fp: number;
  readonly before: number;
  readonly inside: number;
  readonly after: number;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Map([...ALPHABET].map((c, i) => [c, i]));

function pushVarint(out: number[], n: number): void {
  // Arithmetic, not bit operators: values reach 2^48.
  while (n >= 0x80) {
    out.push((n % 0x80) + 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

function toBase64(bytes: readonly number[]): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    s += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]!;
    s += i + 1 < bytes.length ? ALPHABET[(n >>> 6) & 63]! : '=';
    s += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return s;
}

function fromBase64(s: string): Uint8Array | undefined {
  if (s.length % 4 !== 0) return undefined;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((s.length / 4) * 3 - pad);
  for (let i = 0, o = 0; i < s.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const c = s[i + k]!;
      const v = c === '=' && i + 4 === s.length && k >= 4 - pad ? 0 : DECODE.get(c);
      if (v === undefined) return undefined;
      n = n * 64 + v;
    }
    for (let k = 2; k >= 0; k--) {
      if (o + (2 - k) < bytes.length) bytes[o + (2 - k)] = (n >>> (8 * k)) & 0xff;
    }
    o += 3;
  }
  return bytes;
}

/**
 * Encodes lines (sorted by fingerprint, strictly ascending) into the profile's `data` string.
 *
 * @example
 * encodeLines([{ fp: 42, before: 0, inside: 3, after: 1 }]) // 'KgMAAwE='
 */
export function encodeLines(lines: Iterable<LineCounts>): string {
  const bytes: number[] = [];
  let previous = 0;
  for (const { fp, before, inside, after } of lines) {
    pushVarint(bytes, fp - previous);
    previous = fp;
    const single = before + inside + after === 1;
    if (single) bytes.push(before ? 0 : inside ? 1 : 2);
    else {
      bytes.push(3);
      pushVarint(bytes, before);
      pushVarint(bytes, inside);
      pushVarint(bytes, after);
    }
  }
  return toBase64(bytes);
}

/**
 * Decodes a `data` string; returns undefined when it is not a valid encoding of `count` ascending records.
 *
 * @example
 * decodeLines('KgMAAwE=', 1) // [{ fp: 42, before: 0, inside: 3, after: 1 }]
 */
export function decodeLines(data: string, count: number): LineCounts[] | undefined {
  const bytes = fromBase64(data);
  if (!bytes) return undefined;
  let at = 0;
  const varint = (): number | undefined => {
    let n = 0;
    let scale = 1;
    for (let k = 0; k < 8 && at < bytes.length; k++) {
      const b = bytes[at++]!;
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
    }
    return undefined;
  };
  const lines: LineCounts[] = [];
  let fp = 0;
  while (at < bytes.length) {
    const gap = varint();
    const code = bytes[at++];
    if (gap === undefined || code === undefined || (gap === 0 && lines.length > 0)) return undefined;
    fp += gap;
    if (fp >= 2 ** 48) return undefined;
    if (code < 3) {
      lines.push({ fp, before: code === 0 ? 1 : 0, inside: code === 1 ? 1 : 0, after: code === 2 ? 1 : 0 });
      continue;
    }
    const before = varint();
    const inside = varint();
    const after = varint();
    if (code !== 3 || before === undefined || inside === undefined || after === undefined) return undefined;
    if (before + inside + after < 2) return undefined;
    lines.push({ fp, before, inside, after });
  }
  return lines.length === count ? lines : undefined;
}
