import type { Line } from '../document.js';
import { phraseOf, startOf, type PhraseTables } from '../phrases/compile.js';
import type { Category } from '../report.js';
import { isCapitalHeadline, isProse } from '../shape.js';
import type { Rule } from './types.js';

// A header is a short line; longer lines that merely start with "Xem thêm" are handled as one-line links.
const MAX_HEADER_WORDS = 8;
// Headers that are also ordinary words of an article ("Video", "Ý kiến", "Nổi bật") open a block only when a
// list follows them; the others stand for a block on their own.
const WEAK_HEADERS = new Set(['video', 'ý kiến', 'phản hồi', 'nổi bật', 'xu hướng', 'tiêu điểm', 'tin mới', 'bình luận', 'thảo luận', 'nóng bỏng', 'chủ đề']);

/** The category a header line opens, if it is one. Trailing counts and colons are allowed: "BÌNH LUẬN (30)". */
export function headerCategory(phrases: PhraseTables, line: Line): Category | undefined {
  if (line.blank || line.words === 0 || line.words > MAX_HEADER_WORDS) return undefined;
  return phraseOf(phrases.headers, phrases, line);
}

function otherPhrase(phrases: PhraseTables, line: Line): Category | undefined {
  return phraseOf(phrases.lines, phrases, line) ?? phraseOf(phrases.outside, phrases, line) ?? startOf(phrases, line);
}

/** A teaser headline: short and not a sentence, or set in capitals. */
function isHeadline(line: Line): boolean {
  return line.marker === '' && line.words >= 3 && line.words <= 30 && (!line.sentenceEnd || line.upperRatio > 0.8);
}

export const sectionBlocks: Rule = {
  id: 'section-blocks',
  summary: 'a section header ("Tin liên quan", "Các tin khác", "Bình luận (30)") and the list of items under it',
  apply({ doc, decisions, phrases }) {
    const { lines } = doc;
    for (let i = 0; i < lines.length; i++) {
      const header = lines[i]!;
      if (decisions.isDropped(i)) continue;
      const category = headerCategory(phrases, header);
      if (!category) continue;
      const headerShape = header.shape;
      const weak = WEAK_HEADERS.has(headerShape);

      // Collect the items under the header: a bulleted list (items with their indented continuation lines),
      // or, for a related header, a run of teaser headlines each optionally followed by one summary line.
      const items: number[] = [];
      let mode: 'list' | 'headlines' | undefined;
      let afterHeadline = false;
      for (let j = i + 1; j < lines.length; j++) {
        const line = lines[j]!;
        if (line.blank || decisions.isDropped(j)) continue;
        if (headerCategory(phrases, line) || otherPhrase(phrases, line)) break;
        const listy = line.marker !== '' || line.indent > header.indent;
        mode ??= listy ? 'list' : category === 'related' && !weak ? 'headlines' : undefined;
        if (mode === 'list' && listy) {
          items.push(j);
        } else if (mode === 'headlines' && isHeadline(line)) {
          items.push(j);
          // Teaser lists in capitals carry a summary line under each headline.
          afterHeadline = isCapitalHeadline(line);
          continue;
        } else if (mode === 'headlines' && afterHeadline && isProse(line)) {
          items.push(j);
        } else {
          break;
        }
        afterHeadline = false;
      }
      if (weak && items.length === 0) continue;

      decisions.dropLine(i, { rule: this.id, category, reason: `section header "${header.body}"` });
      for (const j of items) {
        decisions.dropLine(j, { rule: this.id, category, reason: `item under "${header.body}" (line ${i + 1})` });
      }
      if (items.length > 0) i = items.at(-1)!;
    }
  },
};
