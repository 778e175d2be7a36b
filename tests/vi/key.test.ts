import { describe, expect, it } from 'vitest';
import { canonicalKey } from '../../src/index.js';

describe('canonicalKey', () => {
  it('folds case, spacing, punctuation and tone style, never diacritics', () => {
    expect(canonicalKey('  HOÀ   bình!! ')).toBe(canonicalKey('hòa bình'));
    expect(canonicalKey('Tỉnh uỷ')).toBe('tỉnh ủy');
    expect(new Set(['ma', 'mà', 'má', 'mả', 'mã', 'mạ'].map(canonicalKey)).size).toBe(6);
  });

  it('uses the normaliser: decomposed, misplaced and look-alike spellings share a key', () => {
    expect(canonicalKey('tòan thể ngừơi dân')).toBe(canonicalKey('Toàn thể người dân'));
    expect(canonicalKey('To\u0300an the\u0302\u0309')).toBe('toàn thể');
    expect(canonicalKey('ÐẢNG x\u00aduất')).toBe('đảng xuất');
    expect(canonicalKey('quý khách, café')).toBe('quý khách café');
  });
});
