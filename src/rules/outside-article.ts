import type { Category } from '../report.js';
import { isDateLine, isMenuLike, isProse } from '../shape.js';
import type { Rule } from './types.js';

// Menu items are one to three words; teaser headlines are longer.
const MAX_MENU_ITEM_WORDS = 3;
// Above the article, anything shorter than a sentence is navigation (menus, breadcrumbs, kickers).
const MAX_HEAD_CHROME_WORDS = 11;

export const outsideArticle: Rule = {
  id: 'outside-article',
  summary: 'menus, lists, dates and footer lines above and below the article body, recognised by their shape',
  apply({ doc, decisions, article }) {
    if (!article.found) return;
    const { lines } = doc;
    const drop = (i: number, category: Category, reason: string): void => {
      decisions.dropLine(i, { rule: this.id, category, reason });
    };

    // Above the article: everything that is not prose.
    for (let i = 0; i < article.first; i++) {
      const line = lines[i]!;
      if (line.blank || decisions.isDropped(i)) continue;
      if (isDateLine(line)) drop(i, 'meta', 'date above the article');
      else if (line.marker !== '') drop(i, line.words >= 5 ? 'related' : 'nav', 'list item above the article');
      else if (isMenuLike(line)) drop(i, 'nav', 'menu above the article');
      else if (line.words <= MAX_HEAD_CHROME_WORDS && !isProse(line)) drop(i, 'nav', 'short line above the article');
    }

    // Below the article: lists (with their indented continuation lines), menus, dates, and short lines that sit
    // in one paragraph with a footer line. Unrecognised short lines stay: they may be bylines or credits.
    let listCategory: Category | undefined;
    for (let i = article.last + 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.blank) continue;
      const already = decisions.verdict(i);
      if (already) {
        listCategory = line.marker !== '' ? already.category : listCategory;
        continue;
      }
      if (line.marker !== '') {
        listCategory = line.words > MAX_MENU_ITEM_WORDS ? 'related' : 'nav';
        drop(i, listCategory, 'list item below the article');
      } else if (listCategory && line.indent >= 2) {
        drop(i, listCategory, 'continuation of a list item below the article');
      } else if (isDateLine(line)) {
        drop(i, 'meta', 'date below the article');
      } else if (isMenuLike(line)) {
        drop(i, 'nav', 'menu below the article');
      } else {
        listCategory = undefined;
        const neighbour = footerNeighbour(i);
        if (neighbour && line.words <= MAX_HEAD_CHROME_WORDS && !isProse(line)) {
          drop(i, 'footer', `in one block with the footer line ${neighbour + 1}`);
        }
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
