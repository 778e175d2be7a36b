import { describe, expect, it } from 'vitest';
import { clean, createCleaner, learnProfile } from '../../src/index.js';
import { hasCorpus, readCorpus } from '../corpus.js';
import { MENU, page, sentence, TEASERS } from './fixtures.js';

const SITE = 'tin.example.vn';
// Eight articles of one site, each followed by three of the site's teasers (teaser 0 in every one).
const crawl = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ text: page(i, [0, 1 + (i % 3), 4]), site: SITE }));
const profile = learnProfile(crawl);
const cleaner = createCleaner({ profile });
const profileRemovals = (text: string, site: string | undefined = SITE) =>
  cleaner.clean(text, { site }).removed.filter((r) => r.rule === 'site-profile');

describe('rule site-profile', () => {
  it('removes the site\'s teasers as related, with the evidence in the reason', () => {
    const removed = profileRemovals(crawl[0]!.text);
    const teasers = removed.filter((r) => TEASERS.some((t) => r.text.includes(t)));
    expect(teasers).toHaveLength(3);
    expect(teasers.every((r) => r.category === 'related')).toBe(true);
    expect(teasers[0]!.reason).toMatch(/^recurs in 8 of 8 documents of tin\.example\.vn/u);
    expect(cleaner.clean(crawl[0]!.text, { site: SITE }).text).not.toContain(TEASERS[0]!);
  });

  it('works on a page of the site it has not seen, and leaves its own lines alone', () => {
    const fresh = page(50, [0, 4]);
    const { text } = cleaner.clean(fresh, { site: SITE });
    expect(text).not.toContain(TEASERS[0]!);
    expect(text).toContain(sentence(5000, 24));
    expect(text).toContain(sentence(5001, 30));
  });

  it('keeps a teaser sentence that is this article\'s own lead, and says so in stats', () => {
    // The article whose sapo the site uses as teaser 0.
    const own = [...MENU, '', 'Tiêu đề của bài được giới thiệu', '', TEASERS[0]!, '', sentence(7001, 40), '', sentence(7002, 40), '', TEASERS[4]!].join('\n');
    const result = cleaner.clean(own, { site: SITE });
    expect(result.text).toContain(TEASERS[0]!);
    expect(result.text).not.toContain(TEASERS[4]!);
    expect(result.stats.keptByReason['site-profile-own-lead']).toBe(1);
  });

  it('keeps a line that is this article\'s title', () => {
    const other = (i: number, title: string) => [title, '', sentence(800 + i, 24), '', sentence(900 + i, 40)].join('\n');
    const teaserTitle = 'Đội tuyển giành chiến thắng trong trận chung kết';
    // Elsewhere the headline sits under other articles; here it is the title.
    const docs = [1, 2, 3].map((i) => `${other(i, `Bài khác số ${i} của trang tin`)}\n\n${teaserTitle}`);
    const c = createCleaner({ profile: learnProfile(docs) });
    const here = [teaserTitle, '', sentence(1234, 24), '', sentence(1235, 40)].join('\n');
    const result = c.clean(here);
    expect(result.text).toContain(teaserTitle);
    expect(result.stats.keptByReason['site-profile-own-title']).toBe(1);
    expect(c.clean(docs[0]!).text).not.toContain(teaserTitle);
  });

  it('names menus above the article nav, footer lines footer', () => {
    const docs = [1, 2, 3].map((i) => [
      'Chuyên trang đặc biệt của báo với nhiều chuyên mục hay dành cho bạn đọc', '', `Tiêu đề bài số ${i} hôm nay`, '',
      sentence(300 + i, 24), '', sentence(400 + i, 40), '', 'Mọi ý kiến xin gửi về tòa soạn Tin Example',
    ].join('\n'));
    // The line above the title is page header by its shape alone (outside-article claims it first); the
    // recurring footer sentence is known only from the profile.
    const removed = createCleaner({ profile: learnProfile(docs) }).clean(docs[0]!).removed;
    expect(removed.map((r) => [r.text.trim(), r.category])).toEqual([
      ['Chuyên trang đặc biệt của báo với nhiều chuyên mục hay dành cho bạn đọc', 'nav'],
      ['Mọi ý kiến xin gửi về tòa soạn Tin Example', 'footer'],
    ]);
    expect(removed.at(-1)?.rule).toBe('site-profile');
  });

  it('keeps recurring bylines, captions and short lines inside the article', () => {
    const docs = [1, 2, 3].map((i) => [
      `Tiêu đề bài số ${i} hôm nay`, '', sentence(500 + i, 24), '', 'Ảnh minh họa', '', 'Kết luận', '', sentence(600 + i, 40), '', '(Tổng hợp)',
    ].join('\n'));
    const result = createCleaner({ profile: learnProfile(docs) }).clean(docs[0]!);
    expect(result.removed.filter((r) => r.rule === 'site-profile')).toEqual([]);
    expect(result.stats.keptByReason).toMatchObject({ 'site-profile-caption': 1, 'site-profile-byline': 1, 'site-profile-short-inside': 1 });
  });

  it('keeps an article that is a copy of another crawled one', () => {
    const article = page(70, [], 5);
    const docs = [article, article, `${article}\n\n${TEASERS[2]!}`, page(71, [2]), page(72, [2])];
    const result = createCleaner({ profile: learnProfile(docs) }).clean(article);
    expect(result.text).toContain(sentence(7003, 30));
    expect(result.stats.keptByReason['site-profile-copied-article']).toBeGreaterThan(0);
  });

  it('applies a site\'s profile to that site only; no site means the group learned without one', () => {
    expect(profileRemovals(crawl[0]!.text, 'other.vn')).toEqual([]);
    expect(cleaner.clean(crawl[0]!.text).removed.some((r) => r.rule === 'site-profile')).toBe(false);
    expect(profileRemovals(crawl[0]!.text, 'WWW.TIN.EXAMPLE.VN').length).toBeGreaterThan(0);
    const unsited = createCleaner({ profile: learnProfile(crawl.map((r) => r.text)) });
    expect(unsited.clean(crawl[0]!.text).removed.some((r) => r.rule === 'site-profile')).toBe(true);
  });

  it('can be turned off, and does nothing without a profile', () => {
    const off = createCleaner({ profile, rules: { 'site-profile': false } });
    expect(off.clean(crawl[0]!.text, { site: SITE }).removed.some((r) => r.rule === 'site-profile')).toBe(false);
    expect(clean(crawl[0]!.text, { site: SITE })).toEqual(clean(crawl[0]!.text));
  });

  it('reports offsets into the input', () => {
    const text = crawl[3]!.text;
    for (const r of cleaner.clean(text, { site: SITE }).removed) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
});

describe.skipIf(!hasCorpus)('site-profile on the vnexpress dev scrapes', () => {
  const ids = Array.from({ length: 30 }, (_, i) => `vnexpress-${i + 1}`);
  const docs = hasCorpus
    ? ids.flatMap((id) => { try { return [{ id, text: readCorpus(`dev/docs/${id}.txt`) }]; } catch { return []; } })
    : [];
  const vx = createCleaner({ profile: learnProfile(docs.map((d) => ({ text: d.text, site: 'vnexpress.net' }))) });

  it('removes the recurring teasers and keeps the article whose lead one of them is', () => {
    const teaser = 'Serie A, Ligue I đã có nhà vô địch';
    const withTeaser = docs.filter((d) => d.text.includes(teaser));
    expect(withTeaser.length).toBeGreaterThan(5);
    for (const d of withTeaser) expect(vx.clean(d.text, { site: 'vnexpress.net' }).text).not.toContain(teaser);
    const lead = 'Thủ quân Bình Dương chuyền về';
    const own = docs.filter((d) => d.text.startsWith(lead, d.text.indexOf('\n\n') + 2));
    expect(own).toHaveLength(1);
    const result = vx.clean(own[0]!.text, { site: 'vnexpress.net' });
    expect(result.text).toContain(lead);
    expect(result.text).not.toContain(teaser);
    expect(result.stats.keptByReason['site-profile-own-lead']).toBe(1);
  });
});
