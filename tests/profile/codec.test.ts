import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLines, LineEncoder, type LineCounts } from '../../src/profile/codec.js';

const records = fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 48 - 1 }), { maxLength: 200 }).chain((fps) =>
  fc.tuple(...fps.sort((a, b) => a - b).map((fp) =>
    fc.tuple(fc.nat(3), fc.nat(3), fc.nat(70_000)).filter(([b, i, a]) => b + i + a >= 1)
      .map(([before, inside, after]): LineCounts => ({ fp, before, inside, after })))));

function encode(lines: readonly LineCounts[]): string {
  const e = new LineEncoder();
  for (const l of lines) e.add(l.fp, l.before, l.inside, l.after);
  return e.finish();
}

function decode(data: string): LineCounts[] | undefined {
  const out: LineCounts[] = [];
  return decodeLines(data, (fp, before, inside, after) => out.push({ fp, before, inside, after })) === undefined ? undefined : out;
}

describe('line record codec', () => {
  it('round-trips any ascending records, in one canonical encoding', () => {
    fc.assert(fc.property(records, (lines) => {
      const data = encode(lines);
      expect(decode(data)).toEqual(lines);
      expect(encode(decode(data)!)).toBe(data);
      expect(data).toMatch(/^[A-Za-z0-9+/]*={0,2}$/u);
    }), { numRuns: 200 });
  });

  it('spends one code byte on a line seen once', () => {
    expect(encode([{ fp: 5, before: 0, inside: 1, after: 0 }])).toBe(btoa(String.fromCharCode(5, 1)));
  });

  it('refuses corrupt data', () => {
    const data = encode([{ fp: 42, before: 0, inside: 3, after: 1 }, { fp: 99, before: 1, inside: 0, after: 0 }]);
    expect(decode('not base64!')).toBeUndefined();
    expect(decode(data.slice(0, -4))).toBeUndefined(); // truncated
    expect(decode(btoa(String.fromCharCode(9, 1, 0, 1)))).toBeUndefined(); // second fingerprint not ascending
    expect(decode(btoa(String.fromCharCode(9, 7)))).toBeUndefined(); // unknown code
    expect(decode(btoa(String.fromCharCode(9, 3, 0, 1, 0)))).toBeUndefined(); // a multi-document record of 1
  });
});
