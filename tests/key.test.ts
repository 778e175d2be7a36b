import { describe, expect, it } from 'vitest';
import { canonicalKey } from '../src/index.js';
import { INVISIBLE_UNITS, isInvisible } from '../src/text/chars.js';

describe('canonicalKey', () => {
  it('folds case, spacing and punctuation', () => {
    expect(canonicalKey('  Hà   Tĩnh: “tự soi, tự sửa”!! ')).toBe('hà tĩnh tự soi tự sửa');
  });

  it('composes decomposed text and folds look-alike Đ and invisible characters', () => {
    expect(canonicalKey('Ha\u0300 No\u0302\u0323i')).toBe('hà nội');
    expect(canonicalKey('ÐẢNG')).toBe('đảng');
    expect(canonicalKey('Đà\u200b Nẵng\u00ad')).toBe('đà nẵng');
  });

  it('puts tones in one place (old style) for open oa, oe, uy rhymes only', () => {
    expect(canonicalKey('hoà bình')).toBe(canonicalKey('hòa bình'));
    expect(canonicalKey('khoẻ')).toBe(canonicalKey('khỏe'));
    expect(canonicalKey('Tỉnh uỷ')).toBe(canonicalKey('Tỉnh ủy'));
    expect(canonicalKey('quý')).toBe('quý');
    expect(canonicalKey('hoàn')).toBe('hoàn');
  });

  it('never strips diacritics', () => {
    const keys = new Set(['ma', 'mà', 'má', 'mả', 'mã', 'mạ'].map(canonicalKey));
    expect(keys.size).toBe(6);
  });

  it('treats exactly the listed invisible characters as invisible', () => {
    const found: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isInvisible(code)) found.push(code);
    expect(found).toEqual([...INVISIBLE_UNITS].sort((a, b) => a - b));
  });
});
