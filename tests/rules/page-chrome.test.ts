import { describe, expect, it } from 'vitest';
import { clean, createCleaner } from '../../src/index.js';
import { compilePhrases } from '../../src/phrases/compile.js';
import { PROSE, TITLE, doc } from '../fixtures.js';

const removedBy = (input: string, rule: string | null = 'page-chrome') =>
  clean(input).removed.filter((r) => rule === null || r.rule === rule).map((r) => [r.category, r.text.trim()]);

describe('page-chrome', () => {
  it('removes widget lines by their words, with the category of the phrase pack', () => {
    const input = doc(TITLE, '', PROSE[0]!, '', PROSE[1]!, '', '0 bình luận', 'Ý kiến của bạn sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu', 'Thời tiết', 'Xem thêm Thành phố Hà Tĩnh', 'Hãy chia sẻ với bạn bè!', 'Tắt [X]');
    // "0 bình luận" also opens a comment section, so section-blocks claims it first; the category is the same.
    expect(removedBy(input, null)).toEqual([
      ['comments', '0 bình luận'],
      ['comments', 'Ý kiến của bạn sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu'],
      ['weather', 'Thời tiết'],
      ['weather', 'Xem thêm Thành phố Hà Tĩnh'],
      ['share', 'Hãy chia sẻ với bạn bè!'],
      ['ui', 'Tắt [X]'],
    ]);
  });

  it('never removes words inside prose: "chia sẻ" in a quoted sentence stays', () => {
    const quote = 'Ông Nguyễn Văn An chia sẻ: “Chúng tôi sẽ tiếp tục hướng dẫn bà con, hãy chia sẻ với bạn bè để cùng làm”.';
    const input = doc(TITLE, '', PROSE[0]!, '', quote, '', PROSE[1]!, '', 'Chia sẻ');
    const result = clean(input);
    expect(result.text).toContain(quote);
    expect(removedBy(input)).toEqual([['share', 'Chia sẻ']]);
  });

  it('keeps one-word chrome phrases that sit inside the article (a subheading "Thời tiết")', () => {
    const input = doc(TITLE, '', PROSE[0]!, '', 'Thời tiết', '', PROSE[1]!, '', PROSE[2]!);
    expect(removedBy(input)).toEqual([]);
  });

  it('removes dates standing alone and stray symbols', () => {
    const input = doc(TITLE, 'Thứ Ba, 25/12/2012 - 10:03', ' * ', '', PROSE[0]!, '', '×', '', PROSE[1]!);
    expect(removedBy(input, null).map(([c]) => c)).toEqual(['meta', 'ui', 'ui']);
  });

  it('adds a user\'s own phrases per category', () => {
    const input = doc(TITLE, '', PROSE[0]!, '', 'Mua ngay kẻo lỡ', '', PROSE[1]!);
    expect(clean(input, { phrases: { ad: ['Mua ngay kẻo lỡ!'] } }).removed.map((r) => r.category)).toEqual(['ad']);
  });

  it('keeps a cleaner\'s own phrases to that cleaner (the built-in packs are compiled once and shared)', () => {
    const input = doc(TITLE, '', PROSE[0]!, '', 'Mua ngay kẻo lỡ', '', PROSE[1]!);
    const own = createCleaner({ phrases: { ad: ['Mua ngay kẻo lỡ'], share: ['Bấm để gửi cho bạn'] } });
    expect(own.clean(input).removed.map((r) => r.category)).toEqual(['ad']);
    expect(clean(input).removed).toEqual([]);
    expect(createCleaner({ captions: 'drop' }).clean(input).removed).toEqual([]);
    expect(compilePhrases()).toBe(compilePhrases({}));
    expect(compilePhrases().lines.has('mua ngay kẻo lỡ')).toBe(false);
    expect(compilePhrases({ ad: ['Mua ngay kẻo lỡ'] }).lines.get('mua ngay kẻo lỡ')).toBe('ad');
    // An extra phrase may give a built-in one another category, in its own cleaner only.
    expect(compilePhrases({ ad: ['Chia sẻ bài viết'] }).lines.get('chia sẻ bài viết')).toBe('ad');
    expect(compilePhrases().lines.get('chia sẻ bài viết')).toBe('share');
  });
});
