import { describe, expect, it } from 'vitest';
import * as vnclean from '../src/index.js';
import { clean, createCleaner, emptyStats, mergeStats, RULE_IDS, VncleanError } from '../src/index.js';
import { CLEAN_ARTICLE, PROSE, TITLE, doc } from './fixtures.js';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toBeInstanceOf(VncleanError);
    return (error as VncleanError).code;
  }
  return undefined;
};

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(vnclean).sort()).toEqual([
      'CATEGORIES', 'NORMALIZE_RULES', 'PROFILE_VERSION', 'RULE_IDS', 'VncleanError', 'canonicalKey', 'clean', 'cleanMany',
      'createCleaner', 'createProfileLearner', 'diagnose', 'emptyStats', 'explain', 'learnProfile', 'mergeProfiles',
      'mergeStats', 'normalizeVietnamese', 'trimProfile',
    ]);
  });

  it('lists its rules by stable id', () => {
    expect(RULE_IDS).toEqual([
      'template-tokens', 'section-blocks', 'page-chrome', 'outside-article', 'site-profile', 'duplicate-lines', 'stray-symbols',
    ]);
  });

  it('rejects bad arguments early with a TypeError and a stable code', () => {
    expect(codeOf(() => clean(42 as unknown as string))).toBe('ERR_VNCLEAN_INPUT');
    expect(codeOf(() => createCleaner().clean(null as unknown as string))).toBe('ERR_VNCLEAN_INPUT');
    expect(codeOf(() => createCleaner({ colour: 'red' } as never))).toBe('ERR_VNCLEAN_UNKNOWN_OPTION');
    expect(codeOf(() => createCleaner({ rules: { 'no-such-rule': false } } as never))).toBe('ERR_VNCLEAN_UNKNOWN_RULE');
    expect(codeOf(() => createCleaner({ rules: { 'duplicate-lines': 'no' } } as never))).toBe('ERR_VNCLEAN_OPTION');
    expect(codeOf(() => createCleaner({ bylines: 'remove' } as never))).toBe('ERR_VNCLEAN_OPTION');
    expect(codeOf(() => createCleaner({ phrases: { share: 'Chia sẻ' } } as never))).toBe('ERR_VNCLEAN_OPTION');
    expect(codeOf(() => createCleaner({ phrases: { gossip: ['x'] } } as never))).toBe('ERR_VNCLEAN_OPTION');
    expect(codeOf(() => createCleaner([] as never))).toBe('ERR_VNCLEAN_OPTION');
    expect(codeOf(() => createCleaner().clean('x', { title: 1 } as never))).toBe('ERR_VNCLEAN_OPTION');
    expect(codeOf(() => createCleaner().clean('x', { url: 'a' } as never))).toBe('ERR_VNCLEAN_UNKNOWN_OPTION');
    expect(codeOf(() => createCleaner({ profile: { version: 0 } } as never))).toBe('ERR_VNCLEAN_PROFILE');
  });

  it('takes null options as none, and rejects options that are not an object with a stable code', () => {
    expect(clean('Tỉnh uỷ họp.', null as never)).toEqual(clean('Tỉnh uỷ họp.'));
    for (const bad of [5, 'drop', true, []]) expect(codeOf(() => clean('x', bad as never))).toBe('ERR_VNCLEAN_OPTION');
  });

  it('cleans any string without throwing', () => {
    for (const odd of ['', '\n', '\r\n\r\n', '\u0000', '\ud800', '💥'.repeat(3), ' * ', '{', '<'.repeat(1000)]) {
      expect(typeof clean(odd).text).toBe('string');
    }
  });

  it('drops bylines and captions on request, still reporting bylines in meta', () => {
    const caption = 'Du khách nặn thử bình gốm dưới sự hướng dẫn của nghệ nhân. Ảnh: Minh Hòa';
    const input = doc(TITLE, '', PROSE[0]!, '', caption, '', PROSE[1]!, '', 'Minh Hòa');
    expect(clean(input).text).toBe(input);
    const dropped = clean(input, { bylines: 'drop', captions: 'drop' });
    expect(dropped.text).toBe(doc(TITLE, '', PROSE[0]!, '', PROSE[1]!));
    expect(dropped.meta.bylines).toEqual(['Minh Hòa']);
    expect(dropped.removed.map((r) => r.rule)).toEqual(['drop-captions', 'drop-bylines']);
  });

  it('uses a known title to anchor the article', () => {
    const input = doc('Tin nóng hôm nay', TITLE, '', PROSE[0]!, '', PROSE[1]!);
    expect(clean(input, { title: TITLE }).meta.title).toBe(TITLE);
  });

  it('adds up stats of many documents in any order', () => {
    const a = clean(doc(TITLE, '', PROSE[0]!, '', TITLE, '', 'Chia sẻ')).stats;
    const b = clean(CLEAN_ARTICLE).stats;
    const total = mergeStats(a, b);
    expect(total.documents).toBe(2);
    expect(total.removedByRule['duplicate-lines']).toBe(1);
    expect(total).toEqual(mergeStats(b, a));
    expect(mergeStats(emptyStats(), total)).toEqual(total);
    expect(a.documents).toBe(1); // inputs are not changed
  });
});
