import type { LineScan } from './line-scan.js';
import { doubled } from './text/doubled.js';

/*
 * The numbers of every line of a document in one Int32Array, FIELDS ints a line, read by the getters of
 * DocumentLine (src/document.ts). As object fields they made a line object of 24 fields (216 bytes); a document of
 * 100,000 lines kept 20 MB alive for the collector to copy, and its time grew faster than the document. Offsets and
 * counts fit in 32 bits: a V8 string is shorter than 2^29 code units.
 */

export const START = 0;
export const END = 1;
export const NEXT = 2;
export const WORDS_AT = 3;
export const KEY_ID = 4;
export const WORDS = 5;
export const NUMBER_WORDS = 6;
export const INDENT = 7;
export const UPPER = 8;
export const LETTERS = 9;
export const SEPARATORS = 10;
export const LETTER_WORDS = 11;
export const CAPITALISED_WORDS = 12;
export const BODY_START = 13;
export const BODY_END = 14;
export const FLAGS = 15;
export const KEY_HASH = 16;
export const SHAPE_HASH = 17;
export const HEAD_HASH = 18;
export const FIELDS = 19;

// A line's yes/no features, one bit each in FLAGS.
export const BLANK = 1;
export const SENTENCE_END = 2;
export const HAS_COMMA = 4;
export const TEMPLATE_CHARS = 8;
export const OPENS_LOWERCASE = 16;
export const ENDS_IN_SPACE = 32;
export const SENTENCE_DONE = 64;
/** A word of the key went through the normaliser (the key string comes from canonicalKey). */
export const NORMALISED = 128;
/** The normaliser would change nothing in the line (LineScan.normaliserQuiet). */
export const NORMALISER_QUIET = 256;

/**
 * The numbers of a document's lines, FIELDS a line; grows as lines are added.
 *
 * @example
 * const table = new LineTable(1);
 * table.set(0, 0, 7, 8, 0, scan, BLANK);
 * table.ints[0 * FIELDS + END] // 7
 */
export class LineTable {
  ints: Int32Array;

  /** `expectedLines`: room to start with (the table doubles past it). */
  constructor(expectedLines: number) {
    this.ints = new Int32Array(FIELDS * Math.max(1, expectedLines));
  }

  /** Stores line `index`: its offsets, where its word hashes start, what the scan found, and its `flags`. */
  set(index: number, start: number, end: number, next: number, wordsAt: number, scan: LineScan, flags: number): void {
    let at = index * FIELDS;
    if (at + FIELDS > this.ints.length) this.ints = doubled(this.ints);
    const ints = this.ints;
    ints[at++] = start;
    ints[at++] = end;
    ints[at++] = next;
    ints[at++] = wordsAt;
    ints[at++] = 0; // key id: assigned once every line is in
    ints[at++] = scan.words;
    ints[at++] = scan.numberWords;
    ints[at++] = scan.indent;
    ints[at++] = scan.upper;
    ints[at++] = scan.letters;
    ints[at++] = scan.separators;
    ints[at++] = scan.letterWords;
    ints[at++] = scan.capitalisedWords;
    ints[at++] = scan.bodyStart;
    ints[at++] = scan.bodyEnd;
    ints[at++] = flags;
    ints[at++] = scan.keyHash;
    ints[at++] = scan.shapeHash;
    ints[at] = scan.headHash;
  }
}
