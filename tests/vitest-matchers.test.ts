import { describe, expect, it } from 'vitest';
import { clean, createCleaner } from '../src/index.js';
import { vncleanMatchers } from '../src/vitest.js';

expect.extend(vncleanMatchers);

const TITLE = 'Làng gốm ven sông đón mùa du lịch mới';
const BODY = 'Những ngày này, các lò gốm trong làng đỏ lửa từ sáng sớm để kịp giao hàng cho khách.';
const page = [
  TITLE,
  '',
  BODY,
  '',
  TITLE,
  '',
  'Minh Hòa',
  '{body}',
  'Hãy chia sẻ với bạn bè!',
].join('\n');
const article = [TITLE, '', BODY, '', 'Minh Hòa'].join('\n');

/** The message of the assertion error `run` throws (fails the test when it does not throw). */
function failure(run: () => void): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected the assertion to fail');
}

describe('toCleanTo', () => {
  it('passes when the output is exactly the expected text, and .not when it is not', () => {
    expect(page).toCleanTo(article);
    expect(page).not.toCleanTo(page);
    expect(clean(page)).toCleanTo(article);
  });

  it('cleans with the options given', () => {
    expect(page).toCleanTo([TITLE, '', BODY].join('\n'), { bylines: 'drop' });
  });

  it('explains a failure with the diff view: each removed line and its rule', () => {
    const message = failure(() => expect(page).toCleanTo(page));
    expect(message).toContain('What was removed, by which rule');
    expect(message).toMatch(/- 5 \| Làng gốm ven sông đón mùa du lịch mới {3}← duplicate-lines \[duplicate\]/u);
    expect(message).toMatch(/- 8 \| \{body\} {3}← template-tokens \[template\]/u);
  });

  it('rejects options with a clean result, and values that are neither', () => {
    expect(() => expect(clean(page)).toCleanTo(article, { bylines: 'drop' })).toThrow(TypeError);
    expect(() => expect(42).toCleanTo(article)).toThrow(/expected the input text \(a string\) or a clean result, got number/u);
  });
});

describe('toRemove', () => {
  it('matches a removal by rule id or category, optionally containing a text', () => {
    expect(page).toRemove('duplicate-lines');
    expect(page).toRemove('duplicate', TITLE);
    expect(page).toRemove('share', 'Hãy chia sẻ');
    expect(page).not.toRemove('weather');
    expect(page).not.toRemove('template', 'Hãy chia sẻ');
    expect(createCleaner({ bylines: 'drop' }).clean(page)).toRemove('drop-bylines', 'Minh Hòa');
  });

  it('says which rule removed the text instead, or that it was kept', () => {
    expect(failure(() => expect(page).toRemove('related', '{body}'))).toMatch(
      /expected a removal by related containing "\{body\}"\. It was removed by another rule:\n {2}line 8 \[template\] template-tokens/u,
    );
    expect(failure(() => expect(page).toRemove('duplicate', BODY))).toContain('It was kept.');
    expect(failure(() => expect(page).not.toRemove('share'))).toMatch(/but found:\n {2}line 9 \[share\] page-chrome/u);
  });

  it('rejects a name that is neither a rule nor a category, so .not cannot pass by a typo', () => {
    // @ts-expect-error -- not a rule id or category
    expect(() => expect(page).not.toRemove('duplicate-line')).toThrow(/neither a rule id nor a category/u);
  });
});

describe('toKeep', () => {
  it('passes when the text is in the output, and .not when it was removed', () => {
    expect(page).toKeep(BODY);
    expect(page).toKeep('Minh Hòa');
    expect(page).not.toKeep('Hãy chia sẻ với bạn bè!');
  });

  it('names the rule that removed the text', () => {
    const message = failure(() => expect(page).toKeep('{body}'));
    expect(message).toBe('expected "{body}" to be kept, but it was removed:\n  line 8 [template] template-tokens: "{body}" (template skeleton: {body})');
    expect(failure(() => expect(page).not.toKeep(BODY))).toContain('to be removed, but it was kept');
  });

  it('throws when the text is not in the input at all', () => {
    expect(() => expect(page).not.toKeep('không có trong bài')).toThrow(/not in the input/u);
  });

  it('says when normalisation, not removal, changed the text', () => {
    const message = failure(() => expect('Tiêu đề bài viết về làng gốm\n\nMinh Hoà').toKeep('Minh Hoà'));
    expect(message).toBe('expected "Minh Hoà" to be kept, but normalisation changed it:\n  tone-placement: "oà" → "òa" (old-style tone placement)');
  });
});

describe('toBeNormalizedVietnamese', () => {
  it('passes NFC text in one tone style', () => {
    expect('Hòa bình, Tỉnh ủy Hà Tĩnh.').toBeNormalizedVietnamese();
    expect('Hoà bình, cấp uỷ.').toBeNormalizedVietnamese();
    expect(clean(page)).toBeNormalizedVietnamese();
  });

  it('finds what the normaliser would change (decomposed letters, look-alike Đ, invisible characters, misplaced tones) and mixed tone placement', () => {
    expect('Ha\u0300 Ti\u0303nh'.normalize('NFD')).not.toBeNormalizedVietnamese();
    expect(failure(() => expect('Tha\u0300nh phố'.normalize('NFD')).toBeNormalizedVietnamese())).toMatch(
      /unicode-compose: marks composed \(NFC\)/u,
    );
    expect(failure(() => expect('Ðà Nẵng').toBeNormalizedVietnamese())).toContain('lookalike-letter');
    expect(failure(() => expect('Hà Nộ\u200bi').toBeNormalizedVietnamese())).toContain('invisible-char: U+200B removed');
    expect(failure(() => expect('Nhà máy hoạt động tòan bộ công suất').toBeNormalizedVietnamese())).toContain('tone-misplaced');
    expect(failure(() => expect('cấp uỷ và Tỉnh ủy, Ban Thường vụ Tỉnh ủy').toBeNormalizedVietnamese())).toMatch(
      /mixed-tone-style: new-style tone placement "uỷ" \(the text mostly uses the old style\)/u,
    );
  });

  it('can require one style', () => {
    expect('hòa bình').toBeNormalizedVietnamese({ tonePlacement: 'old' });
    expect('hoà bình').not.toBeNormalizedVietnamese({ tonePlacement: 'old' });
    expect('quý khách').toBeNormalizedVietnamese({ tonePlacement: 'new' });
  });
});

describe('toHaveNoTemplateTokens', () => {
  it('passes on the cleaned text and fails on the page, naming the line and token', () => {
    expect(clean(page)).toHaveNoTemplateTokens();
    expect(page).not.toHaveNoTemplateTokens();
    expect(failure(() => expect(page).toHaveNoTemplateTokens())).toBe(
      'expected no template tokens, found 1:\n  line 8: {body} in "{body}"',
    );
  });
});
