import type { Decisions } from './decisions.js';
import type { Document, Line } from './document.js';
import type { ArticleBounds } from './layout.js';
import { isDateLine, isHeadingLike, isProse } from './shape.js';

/**
 * What the cleaner recognised about the article, so a user who drops bylines or dates still has them.
 *
 * @example
 * clean(page).meta // { title: 'Hà Tĩnh tập trung …', lead: '(Baohatinh.vn) - …', bylines: ['Hà Linh'], dates: [] }
 */
export interface ArticleMeta {
  readonly title?: string;
  readonly lead?: string;
  readonly bylines: readonly string[];
  /** Dates and times as printed on the page (from date lines, kept or removed). */
  readonly dates: readonly string[];
}

// Captions credit a photo or clip: "… Ảnh: Đình Viên.", "(Ảnh: TTXVN)", "Ảnh minh họa", "Clip: …".
const CAPTION = /(?:^|[\s(])(?:ảnh|nguồn ảnh|photo|clip|video|đồ họa|infographic)\s*:|ảnh minh họa|ảnh minh hoạ|\(ảnh\b/iu;
const MAX_CAPTION_WORDS = 60;

/** A photo or video caption or credit line. */
export function isCaption(line: Line): boolean {
  return !line.blank && line.words <= MAX_CAPTION_WORDS && CAPTION.test(line.body);
}

// Attribution: "Theo VnExpress", "Nguồn: TTXVN", "(Tổng hợp)", "Bài và ảnh: Hoàng Lâm", "Hùng Cường/VOV.VN".
const ATTRIBUTION = /^\(?(?:theo|nguồn|tổng hợp|bài và ảnh|bài, ảnh|ảnh và bài|tham khảo|lược dịch|dịch)\b|\/(?:vov|ttxvn|vtv|vnexpress|vnn|tto|nld|tpo)\b|^\((?:ttxvn|tổng hợp|th|t\/h)\)$/iu;
// A name: two to five capitalised words ("Hà Linh", "XUÂN LONG", "K. Miên", "Trần Hoàng – Trường Phong").
const NAME = /^(?:\p{Lu}[\p{L}.]*\.?(?:\s+|\s*[-–]\s*|$)){1,6}$/u;
const MAX_BYLINE_WORDS = 12;
// A signature names one or two people ("Trần Hoàng – Trường Phong"); six capitalised words are a headline.
const MAX_NAME_WORDS = 5;
const BYLINE_SEARCH_LINES = 4;
const TRAILING_NOTE = /^\((?:thực hiện|tổng hợp|lược dịch|theo [^)]*)\)$/iu;

/** An author signature or attribution line. */
export function isByline(line: Line): boolean {
  if (line.blank || line.words === 0 || line.words > MAX_BYLINE_WORDS || line.marker !== '') return false;
  // A trailing note in brackets does not stop a name from being a name: "Trần Hoàng (thực hiện)".
  const paren = line.body.lastIndexOf('(');
  const body = paren > 0 && TRAILING_NOTE.test(line.body.slice(paren)) ? line.body.slice(0, paren).trim() : line.body;
  return ATTRIBUTION.test(body) || (line.words <= MAX_NAME_WORDS && NAME.test(body));
}

/** Line indices of bylines: signature lines at the end of the article (after its last paragraph). */
export function bylineLines(doc: Document, decisions: Decisions, bounds: ArticleBounds): number[] {
  if (!bounds.found) return [];
  let lastProse = -1;
  for (let i = bounds.last; i >= bounds.first; i--) {
    const line = doc.lines[i]!;
    if (!decisions.isDropped(i) && isProse(line)) {
      lastProse = i;
      break;
    }
  }
  // Signatures follow the last paragraph, possibly after a related list that was removed: look at the first
  // few kept lines after it.
  const found: number[] = [];
  let kept = 0;
  for (let i = Math.max(lastProse + 1, bounds.first); i < doc.lines.length && kept < BYLINE_SEARCH_LINES; i++) {
    const line = doc.lines[i]!;
    if (line.blank || decisions.isDropped(i)) continue;
    kept++;
    if (isByline(line)) found.push(i);
  }
  return found;
}

/*
 * Some outlets print the lead (with its dateline) above the title. Then the title is the heading just below the
 * first paragraph, and it gives itself away by being repeated further down (as image alt text).
 */
const TITLE_AFTER_LEAD_LINES = 2;
function titleAfterLead(doc: Document, bounds: ArticleBounds): string | undefined {
  if (!bounds.found) return undefined;
  let seen = 0;
  for (let i = bounds.first + 1; i <= bounds.last && seen < TITLE_AFTER_LEAD_LINES; i++) {
    const line = doc.lines[i]!;
    if (line.blank) continue;
    seen++;
    if (isHeadingLike(line) && !isProse(line) && doc.lines.some((l) => l.index > i && l.keyId === line.keyId)) {
      return line.body;
    }
  }
  return undefined;
}

export function extractMeta(
  doc: Document,
  decisions: Decisions,
  bounds: ArticleBounds,
  knownTitle: string | undefined,
  bylineIndices: readonly number[],
): ArticleMeta {
  const { lines } = doc;
  const title = knownTitle ?? (bounds.title >= 0 ? lines[bounds.title]!.body : titleAfterLead(doc, bounds));
  let lead: string | undefined;
  for (let i = bounds.first; i <= bounds.last && i < lines.length; i++) {
    const line = lines[i]!;
    if (i !== bounds.title && !decisions.isDropped(i) && isProse(line)) {
      lead = line.body;
      break;
    }
  }
  const bylines = [...new Set(bylineIndices.map((i) => lines[i]!.body))];
  const dates = lines.filter((l) => isDateLine(l)).map((l) => l.body.replace(/^[|\s]+/u, ''));
  // Spelled out: spreading conditional objects cost more than the rest of extractMeta on a short page.
  if (title !== undefined) return lead !== undefined ? { title, lead, bylines, dates } : { title, bylines, dates };
  return lead !== undefined ? { lead, bylines, dates } : { bylines, dates };
}
