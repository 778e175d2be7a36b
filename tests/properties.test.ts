import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { PROSE, TITLE } from './fixtures.js';

// Lines a scraped page is made of: prose, headings, chrome, lists, tokens, odd Unicode, blank lines.
const pageLine = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 2, arbitrary: fc.constantFrom(TITLE, TITLE.toUpperCase(), 'Minh Hòa', 'Theo Tinvidu', '(Ảnh: Minh Hòa)') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'Tin liên quan', ' * Trang chủ', ' * Thời sự', ' * ', '0 bình luận', 'Hãy chia sẻ với bạn bè!', 'Tắt [X]',
      '{name} - {time}', '{body}', 'Thứ Hai, 16/11/2026 - 08:30', 'Bản quyền thuộc về Báo Ví Dụ', '×', 'Xem thêm:',
      '  • Phố cổ rộn ràng đón lễ hội đèn lồng', '    Năm nay lễ hội kéo dài ba ngày với nhiều hoạt động mới.',
      'CHỢ NỔI MIỀN TÂY HÚT KHÁCH NHỜ TOUR ĐÊM', '- Hà Nội: 2 phố Ví Dụ, quận Hai Bà Trưng', '>> Xem thêm bài viết',
    ),
  },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const page = fc
  .tuple(fc.array(pageLine, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, eol, finalBreak]) => lines.join(eol) + (finalBreak && lines.length > 0 ? eol : ''));

// A clean article: a title, paragraphs and a byline with blank lines between, as a newsroom writes it.
const article = fc
  .tuple(
    fc.shuffledSubarray(PROSE, { minLength: 1 }),
    fc.constantFrom('\n\n', '\n\n\n', '\n'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([paragraphs, gap, byline, finalBreak]) =>
    [TITLE, ...paragraphs, ...(byline ? ['Minh Hòa'] : [])].join(gap) + (finalBreak ? '\n' : ''));

const squeeze = (s: string) => s.replace(/\s+/gu, '');

describe('clean() properties', () => {
  it('is deterministic', () => {
    fc.assert(fc.property(page, (text) => {
      expect(clean(text)).toEqual(clean(text));
    }));
  });

  it('is idempotent: cleaning the output again changes nothing', () => {
    fc.assert(fc.property(page, (text) => {
      const once = clean(text).text;
      expect(clean(once).text).toBe(once);
    }), { numRuns: 300 });
  });

  it('never makes the text longer', () => {
    fc.assert(fc.property(page, (text) => {
      expect(clean(text).text.length).toBeLessThanOrEqual(text.length);
    }));
  });

  it('reports every removed range: input minus the reported spans is the output, up to whitespace', () => {
    // Boilerplate removal alone; normalisation edits have their own property (tests/vi).
    fc.assert(fc.property(page, (text) => {
      const result = clean(text, { normalize: false });
      let rest = '';
      let at = 0;
      for (const r of result.removed) {
        expect(r.start).toBeGreaterThanOrEqual(at);
        expect(text.slice(r.start, r.end)).toBe(r.text);
        rest += text.slice(at, r.start);
        at = r.end;
      }
      rest += text.slice(at);
      expect(squeeze(result.text)).toBe(squeeze(rest));
    }), { numRuns: 300 });
  });

  it('gives back a clean article byte for byte, with nothing removed or edited', () => {
    fc.assert(fc.property(article, (text) => {
      const result = clean(text);
      expect(result.removed).toEqual([]);
      expect(result.edits).toEqual([]);
      expect(result.text).toBe(text);
    }));
  });

  it('counts what it removed', () => {
    fc.assert(fc.property(page, (text) => {
      const { removed, stats } = clean(text);
      const total = Object.values(stats.removedByRule).reduce((a, b) => a + b, 0);
      expect(total).toBe(removed.length);
      expect(stats.charsIn).toBe(text.length);
    }));
  });
});
