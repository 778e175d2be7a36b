import type { Line } from '../document.js';
import { hashOfKey } from '../line-scan.js';
import { isSection, phraseOf, startOf, type PhraseTables } from '../phrases/compile.js';
import type { Category } from '../report.js';
import { hasNoLetters, isChromeListItem, isDateLine, isEmptyItem, isFragment, isMenuLike, PHONE_NUMBER } from '../shape.js';
import type { Rule } from './types.js';

// "Xem thêm: <title>" and ">> <title>" link to another article; longer lines are prose that happens to start so.
const MAX_LINK_WORDS = 30;
const LINK_LEAD = /^(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|xem tiếp|mời xem|mời bạn đọc xem)\s/u;
// First words of LINK_LEAD, by hash: other lines are ruled out without building their key.
const LINK_HEADS = new Set(['xem', 'đọc', 'tin', 'bài', 'mời'].map((w) => hashOfKey(w).headHash));
// Footer lines such as "Địa chỉ: …, Điện thoại: …, Email: …" run long; a paragraph of prose runs longer.
const MAX_STARTS_WORDS = 40;
// Phone numbers are judged with the footer below the article (outside-article), not as stray symbols.
const PHONE = new RegExp(`^${PHONE_NUMBER}$`, 'u');

/**
 * Where a line sits relative to the article. "below-chrome" is below the article with removed chrome between:
 * contact lines right under the last paragraph may belong to the story (a school's address in an
 * advertorial), the newspaper's own footer comes after its menus and lists.
 */
type Where = 'inside' | 'above' | 'below' | 'below-chrome';

interface Seen {
  readonly where: Where;
  /** The line is a piece of a sentence broken over several lines. */
  readonly fragment: boolean;
}

/** Why a line is page chrome by its words, or undefined. */
function classify(phrases: PhraseTables, line: Line, seen: Seen): [Category, string] | undefined {
  const inside = seen.where === 'inside';
  if (isEmptyItem(line)) return ['ui', 'empty list item'];
  // Inside the article such lines are left to stray-symbols, which judges them as they will stand.
  if (!inside && hasNoLetters(line) && !PHONE.test(line.body)) return ['ui', 'symbols without words'];
  if (isDateLine(line) && !seen.fragment) return ['meta', 'date or time on a line of its own'];
  const anywhere = phraseOf(phrases.lines, phrases, line);
  if (anywhere) return [anywhere, `phrase "${line.body}"`];
  if (line.marker === '>>' && line.words <= MAX_LINK_WORDS && !line.body.endsWith(':')) {
    return ['related', 'link to another article (>>)'];
  }
  const link = line.words <= MAX_LINK_WORDS && line.words > 2 && !line.sentenceEnd && LINK_HEADS.has(line.headHash)
    && LINK_LEAD.test(line.key);
  if (inside) return link ? ['related', 'link to another article'] : undefined;
  const weak = phraseOf(phrases.outside, phrases, line);
  if (weak) return [weak, `phrase "${line.body}" outside the article`];
  if (isSection(phrases, line)) return ['nav', `section name "${line.body}" outside the article`];
  if (line.words <= MAX_STARTS_WORDS) {
    const start = startOf(phrases, line);
    if (start && (start !== 'footer' || seen.where !== 'below')) {
      return [start, `line starting like ${start} chrome outside the article`];
    }
  }
  return link ? ['related', 'link to another article'] : undefined;
}

export const pageChrome: Rule = {
  id: 'page-chrome',
  summary: 'lines that are page chrome by their words: share, weather, comment form, menus, footer, ads, buttons',
  apply({ doc, decisions, phrases, article }) {
    const { lines } = doc;
    let chromeBelow = false;
    for (const line of lines) {
      const i = line.index;
      if (line.blank) continue;
      const below = article.found && i > article.last;
      if (decisions.isDropped(i) || isChromeListItem(line) || isMenuLike(line)) chromeBelow ||= below;
      if (decisions.isDropped(i)) continue;
      const where: Where = !article.found || (i >= article.first && i <= article.last)
        ? 'inside' : i < article.first ? 'above' : chromeBelow ? 'below-chrome' : 'below';
      const verdict = classify(phrases, line, { where, fragment: isFragment(lines, i) });
      if (verdict) {
        decisions.dropLine(i, { rule: this.id, category: verdict[0], reason: verdict[1] });
        chromeBelow ||= below;
      }
    }
  },
};
