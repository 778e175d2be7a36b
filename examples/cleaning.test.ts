// tests/cleaning.test.ts — unit tests of your own corpus cleaning with vnclean's vitest matchers.
import { describe, expect, it } from 'vitest';
import { createCleaner } from 'vnclean';
import { vncleanMatchers } from 'vnclean/vitest';

expect.extend(vncleanMatchers); // or once for all files, in a vitest setup file

// The cleaner your pipeline uses, with your own options.
const cleaner = createCleaner({ phrases: { ad: ['Đặt mua gốm tại đây'] } });

// A page as your scraper saves it (a short, made-up example).
const page = [
  'Trang chủ',
  'Làng gốm ven sông đón mùa du lịch mới',
  '',
  'Sau hai năm vắng khách, làng gốm ven sông chuẩn bị cho mùa du lịch mới với nhiều hoạt động trải nghiệm.',
  '',
  'Làng gốm ven sông đón mùa du lịch mới',
  '',
  'Những ngày này, các lò gốm trong làng đỏ lửa từ sáng sớm để kịp giao hàng cho khách.',
  '',
  'Minh Hòa',
  '{name} - {time}',
  'Đặt mua gốm tại đây',
  'Hãy chia sẻ với bạn bè!',
].join('\n');

describe('cleaning scraped pages', () => {
  const result = cleaner.clean(page);

  it('removes the page around the article, each by the rule meant for it', () => {
    expect(result).toRemove('duplicate-lines', 'Làng gốm ven sông'); // the title repeated as alt text
    expect(result).toRemove('template');                               // leaked {name} - {time}
    expect(result).toRemove('ad', 'Đặt mua gốm');                      // our own phrase
    expect(result).toRemove('share');
    expect(result).not.toRemove('comments');
  });

  it('keeps the article, its title and its byline', () => {
    expect(result).toKeep('Làng gốm ven sông đón mùa du lịch mới');
    expect(result).toKeep('Những ngày này');
    expect(result).toKeep('Minh Hòa');
    expect(result).toHaveNoTemplateTokens();
    expect(result).toBeNormalizedVietnamese();
  });

  it('cleans a whole page to exactly the article', () => {
    expect(page).toCleanTo(
      [
        'Làng gốm ven sông đón mùa du lịch mới',
        '',
        'Sau hai năm vắng khách, làng gốm ven sông chuẩn bị cho mùa du lịch mới với nhiều hoạt động trải nghiệm.',
        '',
        'Những ngày này, các lò gốm trong làng đỏ lửa từ sáng sớm để kịp giao hàng cho khách.',
        '',
        'Minh Hòa',
      ].join('\n'),
      { phrases: { ad: ['Đặt mua gốm tại đây'] } },
    );
  });
});
