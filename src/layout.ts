import type { Decisions } from './decisions.js';
import { findKey, type Document, type Line } from './document.js';
import { isSection, phraseOf, startOf, type PhraseTables } from './phrases/compile.js';
import { isByline } from './meta.js';
import { isCapitalHeadline, isDateLine, isHeadingLike, isMenuLike, isProse } from './shape.js';
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


/*
 * The region is the best-scoring run of lines (maximum subarray, linear time): prose lines earn their word
 * count, other kept lines cost a little, list items more. A lone footer sentence far below the article therefore
 * does not stretch the region, while a byline between two paragraphs does not split it.
 */
function lineScore(line: Line, dropped: boolean): number {
  if (line.blank) return 0;
  // Removed blocks and capitalised headline lists separate the article from what follows it.
  if (dropped) return -6;
  if (line.marker !== '' || line.indent >= 2) return -8;
  if (isCapitalHeadline(line)) return -6;
  if (isProse(line)) return Math.min(line.words, 60);
  return -4;
}

/**
 * Finds the article region among the lines still kept.
 *
 * @example
 * const bounds = findArticle(doc, decisions, phrases, undefined); // { first: 47, last: 78, title: 47, found: true }
 */
export function findArticle(
  doc: Document,
  decisions: Decisions,
  phrases: PhraseTables,
  knownTitle: string | undefined,
): ArticleBounds {
  const { lines } = doc;
  let best = 0;
  let bestFirst = -1;
  let bestLast = -1;
  let run = 0;
  let runFirst = -1;
  // A later exact repeat of a line will go as a duplicate; it must not stretch the article now, or the region
  // of the cleaned text (where it is gone) would differ from this one.
  const seen = new Uint8Array(doc.keyCount);
  for (const line of lines) {
    const dropped = decisions.isDropped(line.index);
    const repeat = line.keyId !== 0 && seen[line.keyId] === 1;
    if (line.keyId !== 0 && !dropped) seen[line.keyId] = 1;
    const score = lineScore(line, repeat || dropped);
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

  const top = findTop(doc, decisions, phrases, bestFirst);
  const title = findTitle(doc, decisions, top, bestFirst, knownTitle);
  return { first: title === -1 ? top : Math.min(title, top), last: withSignature(doc, decisions, bestLast), title, found: true };
}

/*
 * Above the first paragraph sit the title and its company (a subtitle, the author, a date, a share bar) and,
 * higher up, the page's menus. Walking up from the first paragraph, article lines extend the article, page
 * furniture that often sits between title and body is stepped over, and the first sure piece of chrome (a menu
 * item, a footer or navigation phrase) ends the walk.
 */
type Above = 'article' | 'step-over' | 'chrome';

function classifyAbove(line: Line, phrases: PhraseTables, dropped: boolean): Above {
  if (dropped) return 'chrome';
  if (line.words === 0 || isDateLine(line) || DATE_INSIDE.test(line.key)) return 'step-over';
  const phrase = phraseOf(phrases.lines, phrases, line) ?? phraseOf(phrases.outside, phrases, line) ?? startOf(phrases, line);
  if (phrase === 'share' || phrase === 'meta' || phrase === 'ui') return 'step-over';
  if (phrase !== undefined || phraseOf(phrases.headers, phrases, line) !== undefined) return 'chrome';
  if (isSection(phrases, line) || (line.words <= 3 && line.upperRatio > 0.8)) return 'step-over';
  if (line.marker !== '') return line.sentenceEnd && line.words >= 6 ? 'article' : 'chrome';
  if (isMenuLike(line)) return 'chrome';
  return 'article';
}
// A date inside a short line ("Đời sống | Cập nhật thứ hai, ngày 24/12/12 11:05 tối").
const DATE_INSIDE = /\b\d{1,2} \d{1,2} \d{2,4}\b/u;
// Stepping over more furniture than this means we have left the article.
const MAX_STEP_OVER = 8;

function findTop(doc: Document, decisions: Decisions, phrases: PhraseTables, firstProse: number): number {
  let top = firstProse;
  let steps = 0;
  // A heading printed again lower down (a breadcrumb or page heading above the article heading) is stepped
  // over, so the article starts at its own heading.
  const below = new Set<number>();
  for (let i = firstProse - 1; i >= 0; i--) {
    const line = doc.lines[i]!;
    if (line.blank) continue;
    const repeated = below.has(line.keyId);
    below.add(line.keyId);
    const kind = repeated ? 'step-over' : classifyAbove(line, phrases, decisions.isDropped(i));
    if (kind === 'chrome') break;
    if (kind === 'article') {
      top = i;
      steps = 0;
    } else if (line.keyId !== 0 && ++steps > MAX_STEP_OVER) break;
  }
  return top;
}

/*
 * The signature lines right under the last paragraph ("Hồng Nhung/VOV", "Theo TTXVN") belong to the article,
 * whether or not something (a repeated lead) follows them: the region ends after them, so removing what follows
 * does not move the article's end on a second clean.
 */
const MAX_SIGNATURE_LINES = 3;

function withSignature(doc: Document, decisions: Decisions, last: number): number {
  let end = last;
  for (let i = last + 1, seen = 0; i < doc.lines.length && seen < MAX_SIGNATURE_LINES; i++) {
    const line = doc.lines[i]!;
    if (line.blank) break;
    if (decisions.isDropped(i)) continue;
    if (!isByline(line)) break;
    end = i;
    seen++;
  }
  return end;
}

function findTitle(doc: Document, decisions: Decisions, top: number, firstProse: number, knownTitle: string | undefined): number {
  const { lines } = doc;
  if (knownTitle !== undefined) {
    const at = findKey(doc, canonicalKey(knownTitle), (l) => !decisions.isDropped(l.index));
    if (at !== -1) return at;
  }
  // The first heading between the top of the article and its first paragraph.
  for (let i = top; i < firstProse; i++) {
    const line = lines[i]!;
    if (!line.blank && !decisions.isDropped(i) && isHeadingLike(line) && !isProse(line)) return i;
  }
  return -1;
}
