import { doubled } from '../text/doubled.js';

/*
 * How a canonical key is hashed: each word by FNV-1a over its code units, the words folded in order into a hash of
 * the key and one of its shape (a run of ASCII digits counts as '#', as in Line.shape), and the first shape word
 * kept apart. The line scan (line-scan.ts) hashes a key this way without building it; hashKey does it from a key
 * string, for the full path and as the reference the scan must match.
 */

/** FNV-1a over the units of a key word (the duplicate rule's word hashes: one word, one hash everywhere). */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
const KEY_SEED = 0x2545f491 | 0;
export const SHAPE_DIGITS = 35; // the shape's "#"

/** Folds a word hash into a key or shape hash. */
function mixWord(hash: number, word: number): number {
  return Math.imul(hash ^ word, 0x9e3779b1) + 0x7f4a7c15 | 0;
}

/** Word hashes of a whole document, in line order: grows as lines are scanned. */
export class WordHashes {
  buffer: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.buffer = new Int32Array(Math.max(16, capacity));
  }

  push(hash: number): void {
    if (this.length === this.buffer.length) this.buffer = doubled(this.buffer);
    this.buffer[this.length++] = hash;
  }

  /**
   * The hashes pushed so far: a view of the buffer, or a copy while it is small. V8 keeps a typed array of up to
   * ON_HEAP_INTS ints inside its own object, and a view of it must first move that to a buffer of its own (~0.6 µs,
   * the cost of a short document's whole scan); copying so few ints costs a fraction of that.
   */
  hashes(): Int32Array {
    return this.buffer.length <= ON_HEAP_INTS ? this.buffer.slice(0, this.length) : this.buffer.subarray(0, this.length);
  }
}
// V8's typed_array_max_size_in_heap: 64 bytes.
const ON_HEAP_INTS = 16;

/** The counts and hashes of a key, built word by word (a line scan holds them for its line). */
export interface KeyHashes {
  /** Words in the key, and how many of them are plain numbers (ASCII digits only). */
  words: number;
  numberWords: number;
  /** Hash of the key and of its shape (every digit run one '#'); the seed alone for a key without words. */
  keyHash: number;
  shapeHash: number;
  /** Hash of the first word of the shape (0 without words). */
  headHash: number;
}

/** Resets `out` to the hashes of an empty key. */
export function startKey(out: KeyHashes): void {
  out.words = 0;
  out.numberWords = 0;
  out.keyHash = KEY_SEED;
  out.shapeHash = KEY_SEED;
  out.headHash = 0;
}

/** Adds a word of the key: its hash, its hash as a shape word (digit runs as '#'), whether it is all digits. */
export function addWord(out: KeyHashes, words: WordHashes, wordHash: number, shapeWord: number, digitsOnly: boolean): void {
  words.push(wordHash);
  if (out.words++ === 0) out.headHash = shapeWord;
  if (digitsOnly) out.numberWords++;
  out.keyHash = mixWord(out.keyHash, wordHash);
  out.shapeHash = mixWord(out.shapeHash, shapeWord);
}

/** Word count and hashes of a canonical key string: the full path, and the reference the fast path must match. */
export function hashKey(key: string, words: WordHashes, out: KeyHashes): void {
  startKey(out);
  let wordHash = FNV_OFFSET;
  let shapeWord = FNV_OFFSET;
  let digitsOnly = true;
  let inDigits = false;
  let inWord = false;
  for (let i = 0; i <= key.length; i++) {
    const unit = i < key.length ? key.charCodeAt(i) : 32;
    if (unit === 32) {
      if (!inWord) continue;
      addWord(out, words, wordHash, shapeWord, digitsOnly);
      wordHash = shapeWord = FNV_OFFSET;
      digitsOnly = true;
      inDigits = inWord = false;
      continue;
    }
    inWord = true;
    wordHash = Math.imul(wordHash ^ unit, FNV_PRIME);
    if (unit >= 48 && unit <= 57) {
      if (!inDigits) shapeWord = Math.imul(shapeWord ^ SHAPE_DIGITS, FNV_PRIME);
      inDigits = true;
    } else {
      shapeWord = Math.imul(shapeWord ^ unit, FNV_PRIME);
      inDigits = false;
      digitsOnly = false;
    }
  }
}

/**
 * Key and shape hashes of a key or shape string (for phrase tables and known titles).
 *
 * @example
 * hashOfKey('0 bình luận').shapeHash === hashOfKey('# bình luận').shapeHash // true: one shape
 */
export function hashOfKey(key: string): { keyHash: number; shapeHash: number; headHash: number } {
  const out = { words: 0, numberWords: 0, keyHash: 0, shapeHash: 0, headHash: 0 };
  hashKey(key, new WordHashes(16), out);
  return out;
}
