import { duplicateLines } from './duplicate-lines.js';
import { outsideArticle } from './outside-article.js';
import { pageChrome } from './page-chrome.js';
import { sectionBlocks } from './section-blocks.js';
import { siteProfile } from './site-profile.js';
import { templateTokens } from './template-tokens.js';
import type { Rule } from './types.js';

/**
 * The boilerplate rules in the order they run. Order matters: the first rule to claim a line explains it, and
 * the article region is located after the rules above `pageChrome` have run (see RuleContext.article).
 * Duplicates run last so that a line's first *kept* occurrence is the one that stays.
 */
export const RULES: readonly Rule[] = [
  templateTokens, sectionBlocks, pageChrome, outsideArticle,
  // Runs only with a profile; after the phrase and layout rules (they name a line's category more surely), and
  // before duplicates, so every occurrence of a teaser goes as a profile line, not just the first.
  siteProfile,
  duplicateLines,
];

/** Ids of the built-in rules. */
export type RuleId = 'template-tokens' | 'section-blocks' | 'page-chrome' | 'outside-article' | 'duplicate-lines'
  | 'site-profile';

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id as RuleId);
