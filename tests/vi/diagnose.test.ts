import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/index.js';

describe('diagnose', () => {
  it('counts tone styles in open oa/oe/uy syllables only', () => {
    const d = diagnose('Tỉnh uỷ và Tỉnh ủy họp về hòa bình, khỏe mạnh, hoàn thành, quý, thuỷ lợi.');
    expect(d.toneStyle).toEqual({ old: 3, new: 2, dominant: 'old' });
  });

  it('finds lines typed without diacritics', () => {
    const d = diagnose('Toi di hoc o truong nay\nTôi đi học ở trường này\nthe cat is not on the mat today');
    expect(d.withoutDiacritics).toEqual({ lines: 1, of: 2, share: 0.5 });
  });

  it('counts every defect behind each fix, and what it has to leave alone', () => {
    const text = 'Nguye\u0302\u0303n tòan ÐQP Ðà x\u00aduất\u00a0hoà';
    const d = diagnose(text);
    expect(d.defects).toEqual({
      'unicode-compose': 1,
      'tone-misplaced': 1,
      'lookalike-letter': 1,
      'invisible-char': 1,
      nbsp: 1,
    });
    expect(d.leftAlone).toEqual({ 'lookalike-letter': 1 });
    expect(d.characters).toBe(text.length);
  });

  it('changes nothing and rejects non-strings', () => {
    expect(() => diagnose(null as never)).toThrow(TypeError);
    expect(diagnose('').lines).toBe(1);
  });
});
