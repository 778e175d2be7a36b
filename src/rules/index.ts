import { duplicateLines } from './duplicate-lines.js';
import { outsideArticle } from './outside-article.js';
import { pageChrome } from './page-chrome.js';
import { sectionBlocks } from './section-blocks.js';
import { straySymbols } from './stray-symbols.js';
import { siteProfile } from './site-profile.js';
import { templateTokens } from './template-tokens.js';
import type { Rule } from './types.js';

/**
 * The boilerplate rules in the order they run. Order matters: the first rule to claim a line explains it, and
 * the article region is located after the rules above `pageChrome` have run (see RuleContext.article).
 * Duplicates run late so that a line's first *kept* occurrence is the one that stays; stray symbols run last
 * because they are judged by their neighbours in the output.
 */
export const RULES: readonly Rule[] = [
  templateTokens,
  sectionBlocks,
  pageChrome,
  outsideArticle,
  // Runs only with a profile; after the phrase and layout rules (they name a line's category more surely), and
  // before duplicates, so every occurrence of a teaser goes as a profile line, not just the first.
  siteProfile,
  duplicateLines,
  straySymbols,
];

/** Ids of the built-in rules. */
export type RuleId =
  | 'template-tokens'
  | 'section-blocks'
  | 'page-chrome'
  | 'outside-article'
  | 'site-profile'
  | 'duplicate-lines'
  | 'stray-symbols';

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id as RuleId);
