import type { Line } from '../document.js';
import type { ArticleBounds } from '../layout.js';
import { matchStart, shapeKey, type PhraseTables } from '../phrases/compile.js';
import type { Category } from '../report.js';
import { hasNoLetters, isDateLine, isEmptyItem, isFragment } from '../shape.js';
import type { Rule } from './types.js';

// "Xem thêm: <title>" and ">> <title>" link to another article; longer lines are prose that happens to start so.
const MAX_LINK_WORDS = 30;
const LINK_LEAD = /^(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|xem tiếp|mời xem|mời bạn đọc xem)\s/u;

const DECORATION = /^[\s*×|•·›»‹«<>^~=_+#↑↓←→▲▼►◄■□●○◆◇-]+$/u;

function outside(bounds: ArticleBounds, index: number): boolean {
  return bounds.found && (index < bounds.first || index > bounds.last);
}

/** Why a line is page chrome by its words, or undefined. */
function classify(
  phrases: PhraseTables,
  line: Line,
  isOutside: boolean,
  fragment: boolean,
  standalone: boolean,
): [Category, string] | undefined {
  if (isEmptyItem(line)) return ['ui', 'empty list item'];
  // Inside the article a line without letters may be the tail of a broken sentence (".", "”") or a number of a
  // table; there only decoration and stray punctuation standing as a paragraph of its own go.
  if (hasNoLetters(line) && (isOutside || DECORATION.test(line.body) || (standalone && !/\d/u.test(line.body)))) {
    return ['ui', 'symbols without words'];
  }
  if (isDateLine(line) && !fragment) return ['meta', 'date or time on a line of its own'];
  const shape = shapeKey(line.key);
  const anywhere = phrases.lines.get(shape);
  if (anywhere) return [anywhere, `phrase "${line.body}"`];
  if (line.marker === '>>' && line.words <= MAX_LINK_WORDS && !line.body.endsWith(':')) return ['related', 'link to another article (>>)'];
  if (line.words <= MAX_LINK_WORDS && LINK_LEAD.test(line.key) && line.words > 2 && !line.sentenceEnd) {
    return ['related', 'link to another article'];
  }
  if (!isOutside) return undefined;
  const weak = phrases.outside.get(shape);
  if (weak) return [weak, `phrase "${line.body}" outside the article`];
  if (phrases.sections.has(line.key)) return ['nav', `section name "${line.body}" outside the article`];
  if (line.words <= MAX_STARTS_WORDS) {
    const start = matchStart(phrases, shape);
    if (start) return [start, `line starting like ${start} chrome outside the article`];
  }
  return undefined;
}
// Footer lines such as "Địa chỉ: …, Điện thoại: …, Email: …" run long; a paragraph of prose runs longer.
const MAX_STARTS_WORDS = 40;

export const pageChrome: Rule = {
  id: 'page-chrome',
  summary: 'lines that are page chrome by their words: share, weather, comment form, menus, footer, ads, buttons',
  apply({ doc, decisions, phrases, article }) {
    for (const line of doc.lines) {
      if (line.blank || decisions.isDropped(line.index)) continue;
      const { lines } = doc;
      const standalone = lines[line.index - 1]?.blank !== false && lines[line.index + 1]?.blank !== false;
      const verdict = classify(phrases, line, outside(article, line.index), isFragment(lines, line.index), standalone);
      if (verdict) decisions.dropLine(line.index, { rule: this.id, category: verdict[0], reason: verdict[1] });
    }
  },
};
