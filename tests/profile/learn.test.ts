import { describe, expect, it } from 'vitest';
import { createProfileLearner, learnProfile, trimProfile, type Profile } from '../../src/index.js';
import { linesOf, page, sentence } from './fixtures.js';

const recurring = (profile: Profile, site: string) =>
  linesOf(profile, site).filter((l) => l.before + l.inside + l.after >= 2);

describe('learnProfile', () => {
  const records = [0, 1, 2, 3].map((i) => ({ text: page(i, [0, 1]), site: 'vnexpress.net' }));

  it('counts each line per site by the documents it occurs in, with where it sat', () => {
    const profile = learnProfile(records);
    expect(profile.format).toBe('vnclean-profile');
    expect(profile.version).toBe(1);
    expect(profile.sites.map((s) => [s.site, s.documents])).toEqual([['vnexpress.net', 4]]);
    // 5 menu items before the article, 2 teasers after its body: each in all 4 documents.
    const seen = recurring(profile, 'vnexpress.net');
    expect(seen).toHaveLength(7);
    expect(seen.filter((l) => l.before === 4)).toHaveLength(5);
    expect(seen.filter((l) => l.before === 0 && l.inside + l.after === 4)).toHaveLength(2);
  });

  it('counts a line once per document however often it repeats there', () => {
    const text = `${page(7, [0])}\n\n${sentence(9000, 22)}\n\n${sentence(9000, 22)}`;
    const profile = learnProfile([text, text.replace('Tiêu đề bài số 7', 'Tiêu đề bài số 8')]);
    expect(Math.max(...linesOf(profile, '').map((l) => l.before + l.inside + l.after))).toBe(2);
  });

  it('groups by normalised host; documents without a site form one group', () => {
    const profile = learnProfile([
      { text: page(1, []), site: 'WWW.Dantri.com.vn' }, { text: page(2, []), site: ' dantri.com.vn' },
      page(3, []), { text: page(4, []) }, { text: page(5, []), site: null },
    ]);
    expect(profile.sites.map((s) => [s.site, s.documents])).toEqual([['', 3], ['dantri.com.vn', 2]]);
  });

  it('does not count lines longer than maxWords', () => {
    const long = sentence(1, 70);
    const profile = learnProfile([`${long}\nA b c`, `${long}\nA b c`], { maxWords: 60 });
    expect(recurring(profile, '')).toHaveLength(1);
    expect(recurring(learnProfile([`${long}\nA b c`, `${long}\nA b c`], { maxWords: 200 }), '')).toHaveLength(2);
  });

  it('returns a Profile for arrays and iterables, a Promise for async iterables', async () => {
    const sync = learnProfile(records);
    expect(sync).not.toBeInstanceOf(Promise);
    function* gen() { yield* records; }
    expect(learnProfile(gen())).toEqual(sync);
    async function* agen() { yield* records; }
    const promised = learnProfile(agen());
    expect(promised).toBeInstanceOf(Promise);
    expect(await promised).toEqual(sync);
  });

  it('gives the same profile through createProfileLearner', () => {
    const learner = createProfileLearner();
    for (const r of records) learner.add(r);
    expect(learner.toProfile()).toEqual(learnProfile(records));
  });

  it('stays a plain JSON value that survives a round trip', () => {
    const profile = learnProfile(records);
    expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
    expect(JSON.stringify(profile)).not.toContain('Thời sự'); // fingerprints, not the publishers' text
  });

  it('trims to the lines above the thresholds', () => {
    const trimmed = trimProfile(learnProfile(records));
    expect(trimmed.trimmed).toBe(true);
    expect(trimmed.sites[0]!.lines).toBe(7);
    expect(trimProfile(trimmed)).toEqual(trimmed);
  });

  it('rejects what is not a document, naming it', () => {
    expect(() => learnProfile([page(1, []), 42 as never])).toThrow(expect.objectContaining({ code: 'ERR_VNCLEAN_INPUT', message: expect.stringContaining('document 1') }));
    expect(() => learnProfile([{ text: 'x', site: 3 } as never])).toThrow(expect.objectContaining({ code: 'ERR_VNCLEAN_INPUT' }));
    expect(() => learnProfile(42 as never)).toThrow(expect.objectContaining({ code: 'ERR_VNCLEAN_INPUT' }));
  });

  it('validates options', () => {
    expect(() => learnProfile([], { minDocs: 2 } as never)).toThrow(expect.objectContaining({ code: 'ERR_VNCLEAN_UNKNOWN_OPTION' }));
    expect(() => learnProfile([], { minDocuments: 0 })).toThrow(expect.objectContaining({ code: 'ERR_VNCLEAN_OPTION' }));
    expect(() => learnProfile([], { minShare: 2 })).toThrow(expect.objectContaining({ code: 'ERR_VNCLEAN_OPTION' }));
    expect(() => learnProfile([], { capacity: 2.5 })).toThrow(expect.objectContaining({ code: 'ERR_VNCLEAN_OPTION' }));
  });
});
