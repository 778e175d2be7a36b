import type { Line } from '../document.js';
import type { Category } from '../report.js';
import { isCapitalHeadline, isChromeListItem, isFragment, isMenuLike, isProse, isTitleCaseRun, PHONE_NUMBER } from '../shape.js';
import { isByline } from '../meta.js';
import type { Rule } from './types.js';

// Menu items are one to three words, teaser headlines longer; above the article menus run a little longer.
const MAX_MENU_ITEM_WORDS = 3;
const MIN_TEASER_WORDS = 6;
// Below the article, an unrecognised line this short may still be a byline or a credit, so it stays.
const MAX_FOOTER_BLOCK_WORDS = 11;
// Signatures are often set in capitals too ("XUÂN LONG"); teaser headlines are longer.
const MIN_HEADLINE_WORDS = 4;

// Contact lines of the newspaper: an e-mail address, a web address or a phone number standing alone.
const CONTACT = new RegExp(String.raw`^(?:[\w.+-]+@[\w-]+\.[\w.]+|(?:https?:\/\/|www\.)\S+|${PHONE_NUMBER}(?:\s*\([^)]*\))?)$`, 'u');
const COPYRIGHT = /[©®]|\bcopyright\b|\bbản quyền\b/iu;
// Tag lists: "#PNJ #kim cương", or short items separated by commas with no sentence around them.
const HASHTAGS = /(?:^|\s)#\p{L}/gu;

function isTagList(line: Line): boolean {
  if ((line.body.match(HASHTAGS)?.length ?? 0) >= 3) return true;
  if (line.sentenceEnd || !line.body.includes(',')) return false;
  const items = line.body.split(',').map((s) => s.trim()).filter(Boolean);
  // Tags are lower-case keywords ("giày cao gót,kéo dài"); a list of names ("Nhật Bản, Hàn Quốc") is prose.
  return items.length >= 2 && items.every((item) => item.split(/\s+/u).length <= 4 && /^\P{Lu}*$/u.test(item));
}

/**
 * What a line below the article is, by its shape alone. Contact lines count only once removed chrome separates
 * them from the article: right under the last paragraph they may be the story's own (an address it gives).
 */
function classifyBelow(line: Line, afterChrome: boolean): [Category, string] | undefined {
  if (isMenuLike(line)) return ['nav', 'menu below the article'];
  if (afterChrome && CONTACT.test(line.body)) return ['footer', 'contact line below the article'];
  if (COPYRIGHT.test(line.body) && line.words <= 40) return ['footer', 'copyright notice below the article'];
  if (isTagList(line)) return ['meta', 'tag list below the article'];
  if (isCapitalHeadline(line) && line.words >= MIN_HEADLINE_WORDS && !isByline(line)) {
    return ['related', 'headline in capitals below the article'];
  }
  if (isTitleCaseRun(line) && !isByline(line)) return ['nav', 'menu below the article'];
  return undefined;
}

export const outsideArticle: Rule = {
  id: 'outside-article',
  summary: 'menus, lists, tags, headlines and footer lines above and below the article body, by their shape',
  apply({ doc, decisions, article }) {
    if (!article.found) return;
    const { lines } = doc;
    // Whether removed chrome already separates the current line from the article (see classifyBelow).
    let chromeSeen = false;
    const drop = (i: number, category: Category, reason: string): void => {
      decisions.dropLine(i, { rule: this.id, category, reason });
      if (i > article.last) chromeSeen = true;
    };

    // Above the article (menus, breadcrumbs, kickers, dates): everything that is not prose.
    for (let i = 0; i < article.first; i++) {
      const line = lines[i]!;
      if (line.blank || decisions.isDropped(i)) continue;
      if (line.marker !== '') drop(i, line.words >= MIN_TEASER_WORDS ? 'related' : 'nav', 'list item above the article');
      else if (!isProse(line)) drop(i, 'nav', 'page header above the article');
    }

    // Below the article: lists (with their indented continuation lines), menus, tags, teaser headlines with the
    // summary line under them, contact and copyright lines, and short lines in one block with a footer line.
    // Unrecognised short lines stay: they may be bylines or credits.
    let listCategory: Category | undefined;
    let afterHeadline = false;
    for (let i = article.last + 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.blank) continue;
      const already = decisions.verdict(i);
      const wasHeadline = afterHeadline;
      afterHeadline = false;
      if (already) {
        chromeSeen = true;
        listCategory = line.marker !== '' ? already.category : listCategory;
        afterHeadline = already.category === 'related' && line.marker === '';
        continue;
      }
      if (isChromeListItem(line)) {
        listCategory = line.words > MAX_MENU_ITEM_WORDS ? 'related' : 'nav';
        drop(i, listCategory, 'list item below the article');
        continue;
      }
      if (listCategory && line.indent >= 2) {
        drop(i, listCategory, 'continuation of a list item below the article');
        continue;
      }
      listCategory = undefined;
      const shape = isFragment(lines, i) ? undefined : classifyBelow(line, chromeSeen);
      if (shape) {
        drop(i, shape[0], shape[1]);
        afterHeadline = shape[0] === 'related';
      } else if (wasHeadline && isProse(line) && lines[i - 1]?.blank !== false) {
        drop(i, 'related', 'teaser summary under a headline below the article');
      } else if (line.words <= MAX_FOOTER_BLOCK_WORDS && !isProse(line) && footerNeighbour(i) !== undefined) {
        drop(i, 'footer', `in one block with the footer line ${footerNeighbour(i)! + 1}`);
      }
    }

    function footerNeighbour(i: number): number | undefined {
      for (const j of [i - 1, i + 1]) {
        const near = lines[j];
        if (near && !near.blank && decisions.verdict(j)?.category === 'footer') return j;
      }
      return undefined;
    }
  },
};
