import { keptNeighbours } from '../neighbours.js';
import { hasNoLetters } from '../shape.js';
import type { Rule } from './types.js';

// Decoration is never text: rules, arrows, bullets and close crosses.
const DECORATION = /^[\s*×|•·›»‹«<>^~=_+#↑↓←→▲▼►◄■□●○◆◇-]+$/u;

/**
 * Lines without letters inside the article: decoration always goes; stray punctuation goes when it stands as a
 * paragraph of its own in the output, but stays when it is glued to a sentence broken over lines (". " after a
 * credit, a closing quote). Numbers stay: they may be a table's. Runs last, on the lines as they will stand, so
 * a second clean finds nothing more to do. (Outside the article, page-chrome removes such lines.)
 */
export const straySymbols: Rule = {
  id: 'stray-symbols',
  summary: 'decoration and stray punctuation standing alone on a line',
  apply({ doc, decisions }) {
    const drop = (index: number): void => {
      decisions.dropLine(index, { rule: this.id, category: 'ui', reason: 'symbols without words' });
    };
    const candidates = doc.lines.filter(
      (l) => !l.blank && !decisions.isDropped(l.index) && hasNoLetters(l) && !/\d/u.test(l.body),
    );
    // Most documents have no such line: then no neighbours to work out.
    if (candidates.length === 0) return;
    for (const line of candidates) if (DECORATION.test(line.body)) drop(line.index);
    // Neighbours after the decoration is gone, as the lines will stand in the output.
    const neighbours = keptNeighbours(doc.lines, (i) => decisions.isDropped(i));
    for (const line of candidates) {
      if (!neighbours.prev(line.index) && !neighbours.next(line.index)) drop(line.index);
    }
  },
};
