import { astralClass, CHAR_CLASS, isHighSurrogate, LETTER, UPPER } from './text/chars.js';
import { canonicalKey } from './vi/key.js';

/**
 * One line of the input with everything rules need, computed once: offsets, the canonical key and a few
 * shape features.
 */
export interface Line {
  /** 0-based line number. */
  readonly index: number;
  /** Offset of the first character. */
  readonly start: number;
  /** Offset after the last character, before the line break. */
  readonly end: number;
  /** Offset after the line break (equals `end` on the last line when the input has no final break). */
  readonly next: number;
  /** The raw line, without its line break. */
  readonly text: string;
  /** Whitespace only. */
  readonly blank: boolean;
  /** Canonical comparison key ('' for blank lines). */
  readonly key: string;
  /** Words in the key. */
  readonly words: number;
  /** The key with every number replaced by '#', for phrase lookups ("0 bình luận" → "# bình luận"). */
  readonly shape: string;
  /** List marker at the start of the line ('*', '•', '-', '>>', …), or ''. */
  readonly marker: string;
  /** Leading whitespace, in characters. */
  readonly indent: number;
  /** The line without indent, list marker and trailing space. */
  readonly body: string;
  /** Ends like a sentence (., !, ?, …, closing quote after one, or a colon). */
  readonly sentenceEnd: boolean;
  /** Share of letters that are uppercase (0 when there are no letters). */
  readonly upperRatio: number;
  /** Letters in the body. */
  readonly letters: number;
  /** Menu separators in the body: '|', '›', '»'. */
  readonly separators: number;
  /** Space-separated tokens of the body that contain a letter, and how many of them start with a capital. */
  readonly letterWords: number;
  readonly capitalisedWords: number;
  /** Words of the key that are plain numbers. */
  readonly numberWords: number;
  /** The body has a comma or semicolon (a clause, a list), which menus never have. */
  readonly hasComma: boolean;
}

/** The input as lines with offsets. Built once per document; rules read it and never change it. */
export interface Document {
  readonly text: string;
  readonly lines: readonly Line[];
  /** The input ends with a line break. */
  readonly finalBreak: boolean;
}

// A list marker: bullets html-to-text and editors emit, '>>' teaser arrows, or a lone dash. Numbered items are
// article lists, not markers.
const MARKER = /^[*•·▪▫►▸‣◦●○■□◆◇➤→»›+–—-](?=\s|$)|^>>/u;
const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$/u;

/**
 * Splits text into lines (LF or CRLF) and computes each line's key and shape once.
 *
 * @example
 * parseDocument('Tiêu đề\r\n\r\nThân bài.').lines.map((l) => l.key) // ['tiêu đề', '', 'thân bài']
 */
export function parseDocument(text: string): Document {
  const lines: Line[] = [];
  let start = 0;
  for (let index = 0; start <= text.length; index++) {
    const nl = text.indexOf('\n', start);
    const lineEnd = nl === -1 ? text.length : nl;
    const end = lineEnd > start && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const next = nl === -1 ? text.length : nl + 1;
    lines.push(describeLine(index, start, end, next, text.slice(start, end)));
    if (nl === -1) break;
    start = next;
  }
  // A final line break does not open a line of its own.
  const finalBreak = text.length > 0 && text.endsWith('\n');
  if (finalBreak) lines.pop();
  return { text, lines, finalBreak };
}

function describeLine(index: number, start: number, end: number, next: number, text: string): Line {
  const trimmed = text.trim();
  if (trimmed === '' || /^[\s\u200b\u2060\ufeff]*$/u.test(text)) {
    return { index, start, end, next, text, blank: true, key: '', words: 0, shape: '', marker: '',
      indent: text.length, body: '', sentenceEnd: false, upperRatio: 0, letters: 0, separators: 0, letterWords: 0,
      capitalisedWords: 0, numberWords: 0, hasComma: false };
  }
  const indent = text.length - text.trimStart().length;
  const markerMatch = MARKER.exec(trimmed);
  const marker = markerMatch ? markerMatch[0] : '';
  const body = marker ? trimmed.slice(marker.length).trim() : trimmed;
  const key = canonicalKey(body);
  const [words, numberWords] = countWords(key);
  return {
    index, start, end, next, text, blank: false, key, words, numberWords,
    shape: shapeKey(key),
    marker, indent, body,
    sentenceEnd: SENTENCE_END.test(body),
    ...measureBody(body),
  };
}

type BodyMeasures = Pick<Line, 'upperRatio' | 'letters' | 'separators' | 'letterWords' | 'capitalisedWords' | 'hasComma'>;

/** Letter, case, separator and word counts of a line body in one pass, by table lookup (no regex, no allocation). */
function measureBody(text: string): BodyMeasures {
  let letters = 0;
  let upper = 0;
  let separators = 0;
  let letterWords = 0;
  let capitalisedWords = 0;
  let hasComma = false;
  let inToken = false;
  let tokenHasLetter = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 0xa0) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      tokenHasLetter = false;
    }
    if (code === 0x7c || code === 0x203a || code === 0xbb) separators++;
    else if (code === 0x2c || code === 0x3b) hasComma = true;
    const flags = isHighSurrogate(code) ? astralClass(text, i++) : CHAR_CLASS[code]!;
    if (flags & LETTER) {
      letters++;
      if (flags & UPPER) upper++;
      if (!tokenHasLetter) {
        tokenHasLetter = true;
        letterWords++;
        if (flags & UPPER) capitalisedWords++;
      }
    }
  }
  return { upperRatio: letters ? upper / letters : 0, letters, separators, letterWords, capitalisedWords, hasComma };
}

/** The key with every number replaced by '#'. */
export function shapeKey(key: string): string {
  return /\d/.test(key) ? key.replace(DIGITS, '#') : key;
}
const DIGITS = /\d+/g;

/** Words of a key, and how many of them are plain numbers. */
function countWords(key: string): [number, number] {
  if (key === '') return [0, 0];
  let words = 0;
  let numbers = 0;
  let digitsOnly = true;
  for (let i = 0; i <= key.length; i++) {
    const code = i < key.length ? key.charCodeAt(i) : 32;
    if (code === 32) {
      words++;
      if (digitsOnly) numbers++;
      digitsOnly = true;
    } else if (code < 48 || code > 57) {
      digitsOnly = false;
    }
  }
  return [words, numbers];
}
