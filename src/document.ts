import { fastKey, hashOfKey, keyOfBody, LineScan, opensLowercaseOrPunctuation, scanLine, WordHashes } from './line-scan.js';
import {
  BLANK, BODY_END, BODY_START, CAPITALISED_WORDS, END, ENDS_IN_SPACE, FIELDS, FLAGS, HAS_COMMA, HEAD_HASH, INDENT,
  KEY_HASH, KEY_ID, LETTER_WORDS, LETTERS, LineTable, NEXT, NORMALISED, NORMALISER_QUIET, NUMBER_WORDS, OPENS_LOWERCASE, SENTENCE_DONE,
  SENTENCE_END, SEPARATORS, SHAPE_HASH, START, TEMPLATE_CHARS, UPPER, WORDS, WORDS_AT,
} from './line-table.js';
import { CHAR_CLASS, SPACE } from './text/chars.js';

/**
 * One line of the input with everything rules need, computed once in one pass (src/line-scan.ts): offsets, the
 * canonical key as hashes and a dense id, and a few shape features. The strings (`text`, `body`, `key`, `shape`,
 * `marker`) are built on first use: most lines are never read as strings.
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
  /** Equal ids in one document ⇔ equal keys; 0 ⇔ the key is ''. Compare ids, not key strings. */
  readonly keyId: number;
  /** Hash of the key and of the shape (see line-scan.ts): a filter before comparing strings, never proof. */
  readonly keyHash: number;
  readonly shapeHash: number;
  /** Hash of the first word of the shape. */
  readonly headHash: number;
  /** Words in the key. */
  readonly words: number;
  /** Where this line's word hashes start in {@link Document.wordHashes} (`words` of them). */
  readonly wordsAt: number;
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
  /** The body holds a pair of characters every template token shape needs (see line-scan.ts). */
  readonly templateChars: boolean;
  /** The raw line starts with white space, sentence-continuing punctuation or a lowercase letter. */
  readonly opensLowercase: boolean;
  /** The raw line ends with white space. */
  readonly endsInSpace: boolean;
  /** The raw line, trailing space aside, ends with a sentence end or a closing quote or bracket. */
  readonly sentenceDone: boolean;
  /** The normaliser (old tone style, no nbsp rule) would change nothing in the raw line. */
  readonly normaliserQuiet: boolean;
}

/** The input as lines with offsets. Built once per document; rules read it and never change it. */
export interface Document {
  readonly text: string;
  readonly lines: readonly Line[];
  /** The input ends with a line break. */
  readonly finalBreak: boolean;
  /** Word hashes of every line's key, in line order (see {@link Line.wordsAt}). */
  readonly wordHashes: Int32Array;
  /** Number of distinct keys, '' included: key ids are below it. */
  readonly keyCount: number;
}

const SENTENCE_DONE_UNITS = new Set([...'.!?…”"\')]'].map((c) => c.charCodeAt(0)));

class DocumentLine implements Line {
  #text: string | undefined;
  #body: string | undefined;
  #key: string | undefined;
  #shape: string | undefined;
  readonly marker: string;
  readonly #table: LineTable;
  // Where this line's numbers start in the table.
  readonly #at: number;

  constructor(readonly source: string, readonly index: number, table: LineTable, scan: LineScan) {
    this.#table = table;
    this.#at = index * FIELDS;
    this.#key = scan.key;
    this.marker = scan.markerLength === 0 ? '' : source.slice(scan.trimStart, scan.trimStart + scan.markerLength);
  }

  #int(field: number): number {
    return this.#table.ints[this.#at + field]!;
  }

  #flag(bit: number): boolean {
    return (this.#table.ints[this.#at + FLAGS]! & bit) !== 0;
  }

  get start(): number { return this.#int(START); }
  get end(): number { return this.#int(END); }
  get next(): number { return this.#int(NEXT); }
  get wordsAt(): number { return this.#int(WORDS_AT); }
  get keyId(): number { return this.#int(KEY_ID); }
  set keyId(id: number) { this.#table.ints[this.#at + KEY_ID] = id; }
  get words(): number { return this.#int(WORDS); }
  get numberWords(): number { return this.#int(NUMBER_WORDS); }
  get indent(): number { return this.#int(INDENT); }
  get upper(): number { return this.#int(UPPER); }
  get letters(): number { return this.#int(LETTERS); }
  get separators(): number { return this.#int(SEPARATORS); }
  get letterWords(): number { return this.#int(LETTER_WORDS); }
  get capitalisedWords(): number { return this.#int(CAPITALISED_WORDS); }
  get keyHash(): number { return this.#int(KEY_HASH); }
  get shapeHash(): number { return this.#int(SHAPE_HASH); }
  get headHash(): number { return this.#int(HEAD_HASH); }
  get blank(): boolean { return this.#flag(BLANK); }
  get sentenceEnd(): boolean { return this.#flag(SENTENCE_END); }
  get hasComma(): boolean { return this.#flag(HAS_COMMA); }
  get templateChars(): boolean { return this.#flag(TEMPLATE_CHARS); }
  get opensLowercase(): boolean { return this.#flag(OPENS_LOWERCASE); }
  get endsInSpace(): boolean { return this.#flag(ENDS_IN_SPACE); }
  get sentenceDone(): boolean { return this.#flag(SENTENCE_DONE); }
  get normaliserQuiet(): boolean { return this.#flag(NORMALISER_QUIET); }

  get upperRatio(): number {
    const letters = this.letters;
    return letters ? this.upper / letters : 0;
  }

  get text(): string {
    return (this.#text ??= this.source.slice(this.start, this.end));
  }

  get body(): string {
    return (this.#body ??= this.source.slice(this.#int(BODY_START), this.#int(BODY_END)));
  }

  get key(): string {
    // The scan keeps the key it had to build; every other body took the fast path, where fastKey is exact
    // unless the normaliser changed a word.
    const from = this.#int(BODY_START);
    const to = this.#int(BODY_END);
    return (this.#key ??= this.#flag(NORMALISED) ? keyOfBody(this.source, from, to) : fastKey(this.source, from, to));
  }

  get shape(): string {
    return (this.#shape ??= shapeKey(this.key));
  }
}

/** The FLAGS bits of a scanned line [start, end) of `source`. */
function lineFlags(source: string, start: number, end: number, scan: LineScan): number {
  return (scan.blank ? BLANK : 0) | (scan.sentenceEnd ? SENTENCE_END : 0) | (scan.hasComma ? HAS_COMMA : 0)
    | (scan.templateChars ? TEMPLATE_CHARS : 0) | (scan.normalised ? NORMALISED : 0)
    | (scan.normaliserQuiet ? NORMALISER_QUIET : 0)
    | (opensLowercaseOrPunctuation(source, start, end) ? OPENS_LOWERCASE : 0)
    | (end > start && (CHAR_CLASS[source.charCodeAt(end - 1)]! & SPACE) !== 0 ? ENDS_IN_SPACE : 0)
    // For a blank line trimEnd() leaves '', which ends in nothing.
    | (!scan.blank && SENTENCE_DONE_UNITS.has(source.charCodeAt(scan.bodyEnd - 1)) ? SENTENCE_DONE : 0);
}

/**
 * Splits text into lines (LF or CRLF) and describes each line once.
 *
 * @example
 * parseDocument('Tiêu đề\r\n\r\nThân bài.').lines.map((l) => l.key) // ['tiêu đề', '', 'thân bài']
 */
export function parseDocument(text: string): Document {
  const lines: DocumentLine[] = [];
  // A key word takes 4.6 characters of Vietnamese text on average (word and space; corpus articles and vi-text):
  // room for one per 4 characters, so a document rarely copies its hashes to grow.
  const words = new WordHashes(text.length >> 2);
  const scan = new LineScan();
  // Room for a line per 32 characters, up to 16 lines (a larger document grows the table): a title or a comment
  // gets a table its size, not the 1.2 KB of sixteen lines (a typed array over 64 bytes costs ~1 µs to allocate).
  const table = new LineTable(Math.min(16, 1 + (text.length >> 5)));
  let start = 0;
  for (let index = 0; start <= text.length; index++) {
    const nl = text.indexOf('\n', start);
    const lineEnd = nl === -1 ? text.length : nl;
    const end = lineEnd > start && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const next = nl === -1 ? text.length : nl + 1;
    const wordsAt = words.length;
    scanLine(text, start, end, words, scan);
    table.set(index, start, end, next, wordsAt, scan, lineFlags(text, start, end, scan));
    lines.push(new DocumentLine(text, index, table, scan));
    if (nl === -1) break;
    start = next;
  }
  // A final line break does not open a line of its own.
  const finalBreak = text.length > 0 && text.endsWith('\n');
  if (finalBreak) lines.pop();
  const keyCount = assignKeyIds(lines);
  return { text, lines, finalBreak, wordHashes: words.hashes(), keyCount };
}

/**
 * Gives every distinct key a dense id (0 for ''), by hash with the strings compared on a hash match: identical
 * bodies need no key at all, other matches build both keys. Open addressing over an Int32Array.
 */
function assignKeyIds(lines: readonly DocumentLine[]): number {
  let size = 16;
  while (size < lines.length * 2) size <<= 1;
  const slots = new Int32Array(size).fill(-1);
  const mask = size - 1;
  let keyCount = 1;
  for (const line of lines) {
    if (line.words === 0) continue;
    let slot = (line.keyHash ^ (line.keyHash >>> 15)) & mask;
    for (;;) {
      const at = slots[slot]!;
      if (at === -1) {
        slots[slot] = line.index;
        line.keyId = keyCount++;
        break;
      }
      const other = lines[at]!;
      if (other.keyHash === line.keyHash && (other.body === line.body || other.key === line.key)) {
        line.keyId = other.keyId;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return keyCount;
}

/** The index of the first line whose key is `key` and that `accept`s, or -1. */
export function findKey(doc: Document, key: string, accept: (line: Line) => boolean): number {
  if (key === '') return -1;
  const { keyHash } = hashOfKey(key);
  const found = doc.lines.find((l) => l.keyHash === keyHash && !l.blank && l.key === key && accept(l));
  return found ? found.index : -1;
}

/** The key with every number replaced by '#'. */
export function shapeKey(key: string): string {
  return /\d/.test(key) ? key.replace(DIGITS, '#') : key;
}
const DIGITS = /\d+/g;
