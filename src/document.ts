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
const UPPER = /\p{Lu}/gu;
const LETTER = /\p{L}/gu;

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
    return { index, start, end, next, text, blank: true, key: '', words: 0, marker: '', indent: text.length,
      body: '', sentenceEnd: false, upperRatio: 0 };
  }
  const indent = text.length - text.trimStart().length;
  const markerMatch = MARKER.exec(trimmed);
  const marker = markerMatch ? markerMatch[0] : '';
  const body = marker ? trimmed.slice(marker.length).trim() : trimmed;
  const key = canonicalKey(body);
  const letters = body.match(LETTER)?.length ?? 0;
  const upper = letters ? (body.match(UPPER)?.length ?? 0) : 0;
  return {
    index, start, end, next, text, blank: false, key,
    words: key === '' ? 0 : countSpaces(key) + 1,
    marker, indent, body,
    sentenceEnd: SENTENCE_END.test(body),
    upperRatio: letters ? upper / letters : 0,
  };
}

function countSpaces(s: string): number {
  let n = 0;
  for (let i = s.indexOf(' '); i !== -1; i = s.indexOf(' ', i + 1)) n++;
  return n;
}
