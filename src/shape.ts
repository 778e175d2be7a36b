import type { Line } from './document.js';

/**
 * Line shapes shared by the rules: small predicates over the features in {@link Line}. They describe form only;
 * what a shape means depends on where the line sits (see layout.ts).
 */

/** A line long enough and sentence-like enough to be article prose. */
export function isProse(line: Line): boolean {
  if (line.blank || line.words < 12) return false;
  // A long heading without a full stop (a title) is not yet prose; a paragraph that long is.
  if (!line.sentenceEnd && line.words < 20) return false;
  if (isTitleCaseRun(line) || line.numberWords * 2 > line.words) return false;
  if (isCapitalHeadline(line)) return false;
  return !isMenuLike(line);
}

/** A line set in capitals that is headline-sized: teaser lists are written so; prose in capitals runs longer. */
export function isCapitalHeadline(line: Line): boolean {
  return line.upperRatio > 0.8 && line.words >= 2 && (line.words < 25 || !line.sentenceEnd);
}


/*
 * A run of capitalised words with no sentence punctuation: a menu flattened into one line ("Kinh tế Thị trường
 * Doanh nghiệp Đầu tư …"). Vietnamese capitalises only names and the first word, so prose never looks like this.
 */
export function isTitleCaseRun(line: Line): boolean {
  if (line.words < 6 || line.sentenceEnd || line.hasComma) return false;
  return line.capitalisedWords >= 0.7 * line.letterWords;
}

/** Several items separated by pipes or breadcrumbs arrows: a menu or breadcrumb trail. */
export function isMenuLike(line: Line): boolean {
  return line.separators >= 2 || (line.separators >= 1 && line.words <= 6);
}

/** No letters at all: lone symbols, counters, player times ("×", "|", "0:00", "7 10 1"). */
export function hasNoLetters(line: Line): boolean {
  return !line.blank && line.letters === 0;
}

/** A list marker with nothing after it (an empty menu slot). */
export function isEmptyItem(line: Line): boolean {
  return !line.blank && line.marker !== '' && line.words === 0;
}

/*
 * A date or time standing alone, perhaps with a weekday and a zone: "Thứ Ba, 25/12/2012 - 10:03",
 * "23/03/2015 08:06 GMT+7", "| 21/12/2012 - 08:04", "16/07/2026 21:43". Checked on the key, where punctuation
 * is already spaces, so the pattern is a flat sequence of optional words and numbers.
 */
const DATE_LINE =
  /^(?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|cập nhật|đăng|ngày|lúc|hôm nay) )*\d{1,2} \d{1,2}(?: \d{2}(?:\d{2})?)?(?: \d{1,2} \d{2}(?: \d{2})?)?(?: (?:gmt|utc|sáng|chiều|tối|am|pm)(?: \d{1,2})?)?$/u;

export function isDateLine(line: Line): boolean {
  // Every date shape has two numbers at least: most lines are ruled out without building their key.
  return !line.blank && line.words <= 12 && line.numberWords >= 2 && DATE_LINE.test(line.key);
}

/** Heading-like: a short unmarked line with a few words that does not end in a colon (a title, a subheading). */
export function isHeadingLike(line: Line): boolean {
  return !line.blank && line.marker === '' && line.words >= 4 && line.words <= 40 && !line.body.endsWith(':')
    && !isMenuLike(line) && !isDateLine(line);
}

/*
 * Some scrapers break a paragraph wherever a link or an emphasis started, so one sentence arrives as several
 * lines: "…cho ca khúc " / "Nơi này có anh" / ", Sơn Tùng …". Such a line is part of the sentence around it
 * and must be judged with it: a song title repeated in two sentences is not a repeated line.
 */
// (Line.opensLowercase is /^[\s,.;:)”’"'…-]|^\p{Ll}/u on the raw line; Line.sentenceDone is /[.!?…”"')\]]$/u on it
// with trailing space trimmed; both computed once per line.)

/**
 * The line is a piece of a sentence that runs over from the previous line or into the next one. `prev` and
 * `next` are the neighbouring lines with text, given only when no blank line separates them from this one.
 */
export function continuesSentence(line: Line, prev: Line | undefined, next: Line | undefined): boolean {
  if (line.blank) return false;
  if (prev && prev.marker === '' && prev.endsInSpace && !prev.sentenceDone) return true;
  if (prev && prev.marker === '' && line.opensLowercase && line.marker === '') return true;
  return next !== undefined && next.marker === '' && next.opensLowercase && line.marker === '' && !line.sentenceDone;
}

/** {@link continuesSentence} with the lines right above and below in the input. */
export function isFragment(lines: readonly Line[], index: number): boolean {
  const line = lines[index];
  if (!line) return false;
  const prev = lines[index - 1];
  const next = lines[index + 1];
  return continuesSentence(line, prev?.blank === false ? prev : undefined, next?.blank === false ? next : undefined);
}

/*
 * Dash items are how articles write their own lists ("- Hà Nội: 2 Lê Quý Đôn …"); menus and teaser lists
 * arrive as bullets. A dashed item with a sentence's length is the article's.
 */
const DASHES = new Set(['-', '–', '—', '+']);
const MIN_ARTICLE_ITEM_WORDS = 6;

export function isArticleListItem(line: Line): boolean {
  return DASHES.has(line.marker) && line.words >= MIN_ARTICLE_ITEM_WORDS;
}

/** A list item that is not the article's own (a menu entry, a teaser link). */
export function isChromeListItem(line: Line): boolean {
  return line.marker !== '' && !isArticleListItem(line);
}

/** A phone number as pages print them ("024.3943.1250", "(84.8)3.997.3838", "0944 525 625"), as regex source. */
export const PHONE_NUMBER = String.raw`[+(]?\d[\d\s.()-]{7,}\d`;
