import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashKey, WordHashes } from '../src/line-scan/key-hash.js';
import { BigramPostings, mayContainKey, ngramHash } from '../src/similarity.js';

/*
 * BigramPostings against the plain definition: a bigram lists the first 64 lines that hold it (each line once);
 * looking a line up counts, for every earlier line, the distinct bigrams they share, skipping bigrams listed 64
 * times already. Small vocabularies make bigrams repeat often, so chains fill, cross chunks and hit the cap.
 */
const MAX = 64;

function reference(lines: readonly Int32Array[]): Map<number, number>[] {
  const postings = new Map<number, number[]>();
  return lines.map((words, index) => {
    const shared = new Map<number, number>();
    const seen = new Set<number>();
    for (let i = 0; i + 1 < words.length; i++) {
      const bigram = ngramHash(words, i, 2);
      const list = postings.get(bigram) ?? [];
      if (seen.has(bigram) || list.length >= MAX) continue;
      seen.add(bigram);
      for (const line of list) shared.set(line, (shared.get(line) ?? 0) + 1);
    }
    for (let i = 0; i + 1 < words.length; i++) {
      const bigram = ngramHash(words, i, 2);
      const list = postings.get(bigram) ?? [];
      if (list.length < MAX && list.at(-1) !== index) list.push(index);
      postings.set(bigram, list);
    }
    return shared;
  });
}

function actual(lines: readonly Int32Array[], addEvery: boolean): Map<number, number>[] {
  const postings = new BigramPostings(4);
  const shared = new Int32Array(lines.length);
  const touched = new Int32Array(lines.length);
  return lines.map((words, index) => {
    // add() works with or without a countShared of the same line just before.
    const n = addEvery || index % 2 === 0 ? postings.countShared(words, index, shared, touched) : 0;
    const out = new Map<number, number>();
    for (let t = 0; t < n; t++) out.set(touched[t]!, shared[touched[t]!]!);
    for (let t = 0; t < n; t++) shared[touched[t]!] = 0;
    postings.add(words, index);
    return out;
  }).map((m, index) => (addEvery || index % 2 === 0 ? m : new Map()));
}

describe('BigramPostings', () => {
  it('counts shared bigrams exactly as the plain definition does', () => {
    const line = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 0, maxLength: 40, size: 'large' }).map((a) => Int32Array.from(a));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 200, size: 'large' }), fc.boolean(), (lines, addEvery) => {
        const want = reference(lines).map((m, index) => (addEvery || index % 2 === 0 ? m : new Map()));
        expect(actual(lines, addEvery)).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });

  it('skips a bigram once 64 lines hold it', () => {
    const lines = Array.from({ length: 70 }, () => Int32Array.of(1, 2));
    const shared = actual(lines, true);
    expect(shared[63]!.size).toBe(63);
    expect(shared[64]!.size).toBe(0);
  });
});

/** The word hashes of a key, as the line scan gives them. */
function hashesOf(key: string): Int32Array {
  const words = new WordHashes(16);
  hashKey(key, words, { words: 0, numberWords: 0, keyHash: 0, shapeHash: 0, headHash: 0 });
  return words.buffer.slice(0, words.length);
}

describe('mayContainKey', () => {
  it('is true whenever one key holds the other as a substring, and rules out pairs that cannot', () => {
    // Keys over a few short syllables, so substrings that cut words in two are common.
    const key = fc.array(fc.constantFrom('a', 'an', 'ba', 'ban', 'na', 'nă', 'năm'), { minLength: 1, maxLength: 12, size: 'large' })
      .map((w) => w.join(' '));
    let ruledOut = 0;
    fc.assert(
      fc.property(key, key, (outer, inner) => {
        const may = mayContainKey(hashesOf(outer), hashesOf(inner));
        if (outer.includes(inner)) expect(may).toBe(true);
        if (!may) ruledOut++;
      }),
      { numRuns: 2000 },
    );
    expect(ruledOut).toBeGreaterThan(100);
  });

  it('checks every interior word, in order', () => {
    expect(mayContainKey(hashesOf('một hai ba bốn năm sáu'), hashesOf('ai ba bốn nă'))).toBe(true);
    expect(mayContainKey(hashesOf('một hai ba bốn năm sáu'), hashesOf('hai bốn ba năm'))).toBe(false);
    expect(mayContainKey(hashesOf('một hai ba bốn năm sáu'), hashesOf('x ba năm sáu y'))).toBe(false);
    expect(mayContainKey(hashesOf('ba bốn'), hashesOf('x ba bốn y'))).toBe(true);
  });
});
