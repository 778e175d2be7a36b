/**
 * Vitest matchers for testing your own corpus cleaning (`vnclean/vitest`). Register them once, in a setup file
 * or at the top of a test file; failure messages show what was removed and by which rule.
 *
 * @example
 * import { expect, test } from 'vitest';
 * import { vncleanMatchers } from 'vnclean/vitest';
 * expect.extend(vncleanMatchers);
 *
 * test('drops the share widget, keeps the byline', () => {
 *   expect(page).toRemove('share', 'Hãy chia sẻ với bạn bè!');
 *   expect(page).toKeep('Minh Hoà');
 * });
 *
 * @packageDocumentation
 */
import { toCleanTo, toKeep, toRemove } from './matchers/clean-matchers.js';
import type { NormalizationCheckOptions } from './matchers/normalization-defects.js';
import { toBeNormalizedVietnamese, toHaveNoTemplateTokens } from './matchers/text-matchers.js';
import type { CleanerOptions, DocumentOptions } from './options.js';
import type { Category } from './report.js';
import type { RuleId } from './rules/index.js';

export type { NormalizationCheckOptions } from './matchers/normalization-defects.js';

/**
 * The matchers, typed for `expect(value)`. The received value is the input text (cleaned with default options,
 * or with `options` for `toCleanTo`) or a clean result from your own cleaner: `expect(cleaner.clean(page))`.
 * Every matcher works with `.not`.
 *
 * @example
 * expect(page).toCleanTo(article);
 * expect(myCleaner.clean(page)).not.toRemove('duplicate-lines');
 */
export interface VncleanMatchers<R = unknown> {
  /** The output is exactly `expected`. */
  toCleanTo(expected: string, options?: CleanerOptions & DocumentOptions): R;
  /** Some removal is by this rule id or category (and its text contains `text`). */
  toRemove(ruleOrCategory: RuleId | Category | 'drop-bylines' | 'drop-captions', text?: string): R;
  /** `text` is in the output. */
  toKeep(text: string): R;
  /** The text (or a result's output) is NFC, with no look-alike Đ, no invisible characters, one tone style. */
  toBeNormalizedVietnamese(options?: NormalizationCheckOptions): R;
  /** The text (or a result's output) has no leaked template tokens (`{name}`, `{{x}}`, `${x}`, `<body>`, `%s`). */
  toHaveNoTemplateTokens(): R;
}

/**
 * The matchers for `expect.extend`. They import nothing from vitest at run time, so the ESM and CJS builds
 * behave the same.
 *
 * @example
 * import { expect } from 'vitest';
 * import { vncleanMatchers } from 'vnclean/vitest';
 * expect.extend(vncleanMatchers);
 */
export const vncleanMatchers = {
  toCleanTo,
  toRemove,
  toKeep,
  toBeNormalizedVietnamese,
  toHaveNoTemplateTokens,
};

declare module 'vitest' {
  // The type parameter must repeat vitest's own declaration (`T = any`) for the interfaces to merge.
  interface Matchers<T = any> extends VncleanMatchers<T> {}
}
