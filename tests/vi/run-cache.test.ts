import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashRange, RunCache } from '../../src/vi/run-cache.js';

describe('RunCache', () => {
  it('finds a key by a range of a larger text, and only an equal range', () => {
    const cache = new RunCache<string>(8);
    cache.set('người', hashRange('người', 0, 5), 'hit');
    const text = 'Có người ở, ngườii';
    expect(cache.get(text, 3, 8, hashRange(text, 3, 8))).toBe('hit');
    expect(cache.get(text, 12, 18, hashRange(text, 12, 18))).toBeUndefined();
    expect(cache.get(text, 0, 2, hashRange(text, 0, 2))).toBeUndefined();
  });

  it('keeps null values apart from missing ones, and overwrites a key in place', () => {
    const cache = new RunCache<number | null>(8);
    cache.set('a', hashRange('a', 0, 1), null);
    expect(cache.get('a', 0, 1, hashRange('a', 0, 1))).toBeNull();
    cache.set('a', hashRange('a', 0, 1), 2);
    expect(cache.get('a', 0, 1, hashRange('a', 0, 1))).toBe(2);
  });

  it('behaves as a Map of what it holds, through collisions and being emptied when full', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 2, unit: fc.constantFrom('a', 'b', 'c') }), fc.integer()), { minLength: 20, maxLength: 100 }), (entries) => {
        const cache = new RunCache<number>(4);
        const model = new Map<string, number>();
        for (const [key, value] of entries) {
          if (model.size >= 4 && !model.has(key)) model.clear();
          // A constant hash as well as the real one: every key collides.
          cache.set(key, key.length % 2 === 0 ? 7 : hashRange(key, 0, key.length), value);
          model.set(key, value);
          expect(cache.size).toBe(model.size);
          for (const [k, v] of model) expect(cache.get(k, 0, k.length, k.length % 2 === 0 ? 7 : hashRange(k, 0, k.length))).toBe(v);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('stays fast when hostile keys all share one hash: a long probe is a miss, never a wrong value', () => {
    const cache = new RunCache<number>(100_000);
    const keys = Array.from({ length: 20_000 }, (_, k) => `w${k}`);
    const started = performance.now();
    keys.forEach((key, k) => cache.set(key, 42, k));
    let found = 0;
    keys.forEach((key, k) => {
      const value = cache.get(key, 0, key.length, 42);
      if (value !== undefined) {
        expect(value).toBe(k);
        found++;
      }
    });
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(100); // only the first few fit within a probe's reach
    expect(performance.now() - started).toBeLessThan(2000); // unbounded probing: 20,000² steps
  });
});
