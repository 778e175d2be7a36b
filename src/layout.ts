import type { Decisions } from './decisions.js';
import type { Document, Line } from './document.js';
import { isDateLine, isHeadingLike, isProse } from './shape.js';
import { canonicalKey } from './vi/key.js';

/**
 * Where the article sits in the page: lines [first, last] are the article region; lines before it are the page
 * head (menus, breadcrumbs), lines after it the page tail (related lists, comments, footer).
 */
export interface ArticleBounds {
  readonly first: number;
  readonly last: number;
  /** The title line, or -1 when none was recognised. */
  readonly title: number;
  /** False when the document has no prose at all; then every line counts as inside the article. */
  readonly found: boolean;
}

// How far above the first paragraph a title may sit (dates, kickers and share bars come between).
const TITLE_SEARCH_LINES = 12;

/*
 * The region is the best-scoring run of lines (maximum subarray, linear time): prose lines earn their word
 * count, other kept lines cost a little, list items more. A lone footer sentence far below the article therefore
 * does not stretch the region, while a byline between two paragraphs does not split it.
 */
function lineScore(line: Line, dropped: boolean): number {
  if (line.blank) return 0;
  if (dropped) return -1;
  if (line.marker !== '' || line.indent >= 2) return -8;
  if (isProse(line)) return Math.min(line.words, 60);
  return -4;
}

/**
 * Finds the article region among the lines still kept.
 *
 * @example
 * const bounds = findArticle(doc, decisions, undefined); // { first: 47, last: 78, title: 47, found: true }
 */
export function findArticle(doc: Document, decisions: Decisions, knownTitle: string | undefined): ArticleBounds {
  const { lines } = doc;
  let best = 0;
  let bestFirst = -1;
  let bestLast = -1;
  let run = 0;
  let runFirst = -1;
  for (const line of lines) {
    const score = lineScore(line, decisions.isDropped(line.index));
    if (run <= 0) {
      if (score <= 0) continue;
      run = 0;
      runFirst = line.index;
    }
    run += score;
    if (run > best) {
      best = run;
      bestFirst = runFirst;
      bestLast = line.index;
    }
  }
  if (bestFirst === -1) return { first: 0, last: lines.length - 1, title: -1, found: false };

  const title = findTitle(doc, decisions, bestFirst, knownTitle);
  return { first: title === -1 ? bestFirst : Math.min(title, bestFirst), last: bestLast, title, found: true };
}

function findTitle(doc: Document, decisions: Decisions, firstProse: number, knownTitle: string | undefined): number {
  const { lines } = doc;
  if (knownTitle !== undefined) {
    const key = canonicalKey(knownTitle);
    const at = key ? lines.findIndex((l) => !l.blank && l.key === key && !decisions.isDropped(l.index)) : -1;
    if (at !== -1) return at;
  }
  // Nearest heading-like line above the first paragraph, skipping dates and lines already removed.
  let seen = 0;
  for (let i = firstProse - 1; i >= 0 && seen < TITLE_SEARCH_LINES; i--) {
    const line = lines[i]!;
    if (line.blank) continue;
    seen++;
    if (decisions.isDropped(i) || isDateLine(line)) continue;
    if (isHeadingLike(line) && !isProse(line)) {
      // The same title printed twice (page heading and article heading): take the first of the pair.
      let first = i;
      for (let j = i - 1, k = 0; j >= 0 && k < 4; j--) {
        const above = lines[j]!;
        if (above.blank) continue;
        k++;
        if (above.key === line.key) first = j;
      }
      return first;
    }
  }
  return -1;
}
