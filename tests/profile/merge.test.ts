import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCleaner, learnProfile, mergeProfiles, trimProfile, type Profile, type ProfileInput } from '../../src/index.js';
import { parseDocument } from '../../src/document.js';
import { fingerprintKey, fingerprintNumber } from '../../src/profile/fingerprint.js';
import { normalizeSite } from '../../src/profile/format.js';
import { samplingLevel } from '../../src/profile/table.js';
import { linesOf, MENU, page, sentence } from './fixtures.js';

// A pool of lines with recurring ones among them: menu items, sentences of several lengths, one too long to count.
const POOL = [...MENU, ...Array.from({ length: 30 }, (_, i) => sentence(i, 4 + (i % 5) * 8)), sentence(99, 90)];
const SITES = ['a.vn', 'B.vn', 'www.a.vn', undefined] as const;

const corpus = fc.array(
  fc.record({
    site: fc.constantFrom(...SITES),
    lines: fc.array(fc.nat(POOL.length - 1), { minLength: 1, maxLength: 14 }),
    gap: fc.boolean(),
  }).map(({ site, lines, gap }): ProfileInput => {
    const text = lines.map((i) => POOL[i]!).join(gap ? '\n\n' : '\n');
    return site === undefined ? text : { text, site };
  }),
  { maxLength: 25 },
);
// Tiny capacities force the sampling level up, so the bounded path is what gets tested.
const capacity = fc.constantFrom(16, 24, 40, 2 ** 21);

/** A permutation of `docs` cut into shards at the given points. */
function shards<T>(docs: readonly T[], order: readonly number[], cuts: readonly number[]): T[][] {
  const permuted = docs.map((d, i) => ({ d, k: order[i % order.length]! * 1000 + i })).sort((a, b) => a.k - b.k).map((x) => x.d);
  const points = [...new Set(cuts.map((c) => c % (permuted.length + 1)))].sort((a, b) => a - b);
  const out: T[][] = [];
  let from = 0;
  for (const p of [...points, permuted.length]) {
    out.push(permuted.slice(from, p));
    from = p;
  }
  return out;
}

const json = (p: Profile): string => JSON.stringify(p);

describe('profile determinism', () => {
  it('gives byte-identical profiles for any order and any sharding, merged in any order', () => {
    fc.assert(
      fc.property(corpus, capacity, fc.array(fc.nat(50), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(40), { maxLength: 5 }),
        (docs, cap, order, cuts) => {
          const one = learnProfile(docs, { capacity: cap });
          const parts = shards(docs, order, cuts).map((s) => learnProfile(s, { capacity: cap }));
          expect(json(mergeProfiles(...parts))).toBe(json(one));
          expect(json(mergeProfiles(...[...parts].reverse()))).toBe(json(one));
          // Merging is associative: merge shards pairwise from the left.
          expect(json(parts.reduce((a, b) => mergeProfiles(a, b)))).toBe(json(one));
        }),
      { numRuns: 150 },
    );
  });

  it('cleans every document identically whatever order the profile was learned in', () => {
    fc.assert(
      fc.property(corpus, fc.array(fc.nat(50), { minLength: 1, maxLength: 8 }), (docs, order) => {
        const [permuted] = shards(docs, order, []);
        const a = createCleaner({ profile: learnProfile(docs) });
        const b = createCleaner({ profile: learnProfile(permuted!) });
        const t = createCleaner({ profile: trimProfile(learnProfile(docs)) });
        for (const d of docs) {
          const [text, site] = typeof d === 'string' ? [d, undefined] : [d.text, d.site];
          const expected = JSON.stringify(a.clean(text, { site }));
          expect(JSON.stringify(b.clean(text, { site }))).toBe(expected);
          expect(JSON.stringify(t.clean(text, { site }))).toBe(expected);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('counts exactly every line at or above the sampling level, and only those', () => {
    fc.assert(
      fc.property(corpus, capacity, (docs, cap) => {
        const maxWords = 60;
        const profile = learnProfile(docs, { capacity: cap, maxWords });
        // The naive count: a Map of every (site, line) and its document count.
        const exact = new Map<string, number>();
        for (const d of docs) {
          const [text, site] = typeof d === 'string' ? [d, ''] : [d.text, normalizeSite(d.site ?? undefined)];
          const keys = new Set(parseDocument(text).lines.filter((l) => l.key !== '' && l.words <= maxWords).map((l) => l.key));
          for (const k of keys) {
            const fp = fingerprintKey(k);
            const id = `${site}|${fingerprintNumber(fp)}|${samplingLevel(fp.hi)}`;
            exact.set(id, (exact.get(id) ?? 0) + 1);
          }
        }
        const levelOf = (id: string) => Number(id.split('|')[2]);
        const fits = (s: number) => [...exact.keys()].filter((id) => levelOf(id) >= s).length <= cap;
        let level = 0;
        while (!fits(level)) level++;
        expect(profile.level).toBe(level);
        const got = new Map<string, number>();
        for (const s of profile.sites) {
          for (const l of linesOf(profile, s.site)) {
            got.set(`${s.site}|${l.fp}|${samplingLevel(Math.floor(l.fp / 2 ** 32))}`, l.before + l.inside + l.after);
          }
        }
        expect(got).toEqual(new Map([...exact].filter(([id]) => levelOf(id) >= level)));
      }),
      { numRuns: 150 },
    );
  });
});

describe('mergeProfiles', () => {
  const a = learnProfile([page(1, [0]), page(2, [0])]);

  it('refuses trimmed profiles, mismatched settings and no profile at all', () => {
    expect(() => mergeProfiles(a, trimProfile(a))).toThrow(expect.objectContaining({ code: 'ERR_VNCLEAN_PROFILE', message: expect.stringContaining('trimmed') }));
    expect(() => mergeProfiles(a, learnProfile([page(3, [])], { minDocuments: 5 }))).toThrow(expect.objectContaining({ code: 'ERR_VNCLEAN_PROFILE' }));
    expect(() => mergeProfiles()).toThrow(expect.objectContaining({ code: 'ERR_VNCLEAN_PROFILE' }));
    expect(() => mergeProfiles(a, { format: 'other' })).toThrow(expect.objectContaining({ code: 'ERR_VNCLEAN_PROFILE' }));
  });

  it('adds documents of the same site', () => {
    expect(mergeProfiles(a, a).sites[0]!.documents).toBe(4);
  });
});
