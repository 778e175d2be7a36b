/**
 * vnclean: clean scraped Vietnamese news text and explain every change.
 *
 * @example
 * import { clean } from 'vnclean';
 * const { text, removed, meta } = clean(scrapedPage);
 *
 * @packageDocumentation
 */
export { clean, createCleaner, type Cleaner, type CleanResult } from './clean.js';
export type { CleanerOptions, DocumentOptions } from './options.js';
export type { ArticleMeta } from './meta.js';
export { CATEGORIES, emptyStats, mergeStats, type Category, type Edit, type Removal, type Stats } from './report.js';
export { RULE_IDS, type RuleId } from './rules/index.js';
export { VncleanError, type VncleanErrorCode } from './errors.js';
export { canonicalKey } from './vi/key.js';
export { explain } from './explain.js';
export { normalizeVietnamese, type NormalizeResult } from './vi/normalize.js';
export { NORMALIZE_RULES, type NormalizeOptions, type NormalizeRuleId } from './vi/rules.js';
export type { ToneStyle } from './vi/syllable.js';
export { diagnose, type Diagnosis } from './vi/diagnose.js';
export {
  learnProfile,
  createProfileLearner,
  type LearnOptions,
  type ProfileInput,
  type ProfileLearner,
} from './profile/learn.js';
export { mergeProfiles, trimProfile } from './profile/merge.js';
export { PROFILE_VERSION, type Profile, type ProfileSettings, type ProfileSite } from './profile/format.js';
export {
  cleanMany,
  type CleanInput,
  type CleanItem,
  type CleanManyOptions,
  type CleanRecord,
  type CleanedItem,
  type FailedItem,
  type ItemError,
} from './stream.js';
