import {
  astralClass, BMP_CLASS_RANGES, CHAR_CLASS, isHighSurrogate, isInvisible, KEY_UNIT_CHANGES, LETTER, LOWER_LETTER, SLOW, SPACE, UPPER, WORD,
} from './text/chars.js';
import { canonicalKey } from './vi/key.js';
import { CONFUSABLE_LATIN } from './vi/confusables.js';
import { isLatinLetterCode, TABLE_SIZE, VOWEL_INFO } from './vi/letters.js';
import { BREVE_LOOKALIKE_LETTERS, D_LOOKALIKES, SPACING_MARKS } from './vi/lookalikes.js';
import { STYLE_OLD, toneLooksRight } from './vi/normalize.js';

/*
 * One pass over a line computes everything the rules read: where the indent, list marker and body are, the body's
 * letter, case and word counts, and the canonical key as hashes (of its words, of the whole key, of its shape),
 * without building the key string. Most lines are never compared as strings, so their key is built only on
 * demand (Line.key). Where the key cannot be computed one code unit at a time (NFC would change the text, a
 * lowercase depends on context, an astral character, a letter the normaliser may change: a tone it would place
 * elsewhere, a look-alike), the line takes the full path: canonicalKey(body), hashed the same way. tests/line-scan.test.ts checks both paths give
 * the hashes of canonicalKey's own output.
 */

/** FNV-1a over the units of a key word: the same word hashes as `wordHashes` in similarity.ts. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
const KEY_SEED = 0x2545f491 | 0;
const SHAPE_DIGITS = 35; // '#'

/** Folds a word hash into a key or shape hash. */
export function mixWord(hash: number, word: number): number {
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
    if (this.length === this.buffer.length) {
      const grown = new Int32Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = hash;
  }
}

/** What a scan finds in one line. Offsets are into the document. */
export class LineScan {
  blank = false;
  indent = 0;
  /** Trimmed line: [trimStart, trimEnd). */
  trimStart = 0;
  markerLength = 0;
  bodyStart = 0;
  bodyEnd = 0;
  /** The canonical key of the body when the scan had to build it (full path), else undefined. */
  key: string | undefined = undefined;
  /** A word of the key went through the normaliser: the key string must come from canonicalKey (keyOfBody). */
  normalised = false;
  words = 0;
  numberWords = 0;
  keyHash = 0;
  shapeHash = 0;
  /** Hash of the first word of the shape (0 without words). */
  headHash = 0;
  sentenceEnd = false;
  /** Uppercase letters (a count: a ratio per line would be a boxed number per line). */
  upper = 0;
  letters = 0;
  separators = 0;
  letterWords = 0;
  capitalisedWords = 0;
  hasComma = false;
  /** The body holds a pair of characters that every template token shape needs (see mayOpenTemplateToken). */
  templateChars = false;
}

// List markers: bullets html-to-text and editors emit, or a lone dash (followed by a space or the end of the
// line); '>>' teaser arrows are checked apart.
const MARKERS = new Set([...'*•·▪▫►▸‣◦●○■□◆◇➤→»›+–—-'].map((c) => c.charCodeAt(0)));
const SENTENCE_TERMINATORS = new Set([...'.!?…:;'].map((c) => c.charCodeAt(0)));
const SENTENCE_CLOSERS = new Set([...'"\'”’»)]'].map((c) => c.charCodeAt(0)));
/*
 * canonicalKey ends with the normaliser (old tone style) over the key. Its fast path (src/vi/normalize.ts) looks
 * closer only at a toned vowel next to another vowel whose tone is not where the style wants it, and at
 * look-alike letters and marks; the scan asks the same tone test (toneLooksRight) over the raw text, and sends a
 * line to the full path whenever the normaliser would look closer. tests/line-scan.test.ts holds the two together.
 */
const NORMALISER_LOOKS: ReadonlySet<number> = new Set(
  [...D_LOOKALIKES.keys(), ...BREVE_LOOKALIKE_LETTERS.keys(), ...SPACING_MARKS.keys(), ...CONFUSABLE_LATIN.keys()]
    .map((c) => c.charCodeAt(0)),
);

/** Scans `text[start, end)` (one line without its break) into `out`, pushing its key's word hashes to `words`. */
export function scanLine(text: string, start: number, end: number, words: WordHashes, out: LineScan): void {
  let ts = start;
  while (ts < end && CHAR_CLASS[text.charCodeAt(ts)]! & SPACE) ts++;
  let te = end;
  while (te > ts && CHAR_CLASS[text.charCodeAt(te - 1)]! & SPACE) te--;
  out.indent = ts - start;
  out.trimStart = ts;
  if (ts === te || isZeroWidthBlank(text, ts, te)) {
    blankScan(out, start, end);
    return;
  }
  let markerLength = 0;
  const first = text.charCodeAt(ts);
  if (MARKERS.has(first) && (ts + 1 === te || CHAR_CLASS[text.charCodeAt(ts + 1)]! & SPACE)) markerLength = 1;
  else if (first === 0x3e && ts + 1 < te && text.charCodeAt(ts + 1) === 0x3e) markerLength = 2;
  let bs = ts + markerLength;
  while (bs < te && CHAR_CLASS[text.charCodeAt(bs)]! & SPACE) bs++;
  out.blank = false;
  out.markerLength = markerLength;
  out.bodyStart = bs;
  out.bodyEnd = te;
  out.sentenceEnd = endsSentence(text, bs, te);
  scanBody(text, bs, te, words, out);
}

function blankScan(out: LineScan, start: number, end: number): void {
  out.blank = true;
  out.indent = end - start;
  out.markerLength = 0;
  out.bodyStart = out.bodyEnd = end;
  out.key = '';
  out.normalised = false;
  out.words = out.numberWords = out.letters = out.separators = out.letterWords = out.capitalisedWords = 0;
  out.keyHash = out.shapeHash = KEY_SEED;
  out.headHash = 0;
  out.upper = 0;
  out.sentenceEnd = out.hasComma = out.templateChars = false;
}

/** Only white space and the zero-width characters a blank line may hold (U+200B, U+2060). */
function isZeroWidthBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x200b && c !== 0x2060 && !(CHAR_CLASS[c]! & SPACE)) return false;
  }
  return true;
}

/** Ends like a sentence: a terminator, then only closing quotes and brackets. */
function endsSentence(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && SENTENCE_CLOSERS.has(text.charCodeAt(i))) i--;
  return i >= from && SENTENCE_TERMINATORS.has(text.charCodeAt(i));
}

// Per code unit, one lookup: the unit as it stands in a key (low 16 bits) and what it is (high bits).
const S_WORD = 1 << 16;
const S_LETTER = 1 << 17;
const S_UPPER = 1 << 18;
const S_SLOW = 1 << 19;
const S_TOKEN_SPACE = 1 << 20; // ends a space-separated token of the body: space, tab, no-break space
const S_INVISIBLE = 1 << 21;
const S_DIGIT = 1 << 22; // ASCII digit
const S_PUNCT = 1 << 23; // | › » , ; { [ < % _: counted or checked apart
const S_TONE = 1 << 24; // a vowel with a tone: the normaliser checks where it stands (toneLooksRight)
const S_VOWEL = 1 << 26; // a vowel (VOWEL_INFO > 7): a toned vowel next to one is in a cluster
const S_CHANGED = 1 << 27; // the key unit is not the unit itself: it is in the low 16 bits
const UNIT = 0xffff;

const SCAN_TABLE: Uint32Array = (() => {
  // Built at import, so no loop over the whole BMP (each costs milliseconds cold): ranges are filled natively,
  // then only the units that differ from their range are touched.
  const table = new Uint32Array(0x10000);
  for (let r = 0; r < BMP_CLASS_RANGES.length; r += 3) {
    const flags = BMP_CLASS_RANGES[r + 2]!;
    const entry = (flags & WORD ? S_WORD : 0) | (flags & LETTER ? S_LETTER : 0) | (flags & UPPER ? S_UPPER : 0)
      | (flags & SLOW ? S_SLOW : 0);
    if (entry !== 0) table.fill(entry, BMP_CLASS_RANGES[r]!, BMP_CLASS_RANGES[r + 1]! + 1);
  }
  const changed: number[] = [];
  for (let i = 0; i < KEY_UNIT_CHANGES.length; i += 2) {
    const code = KEY_UNIT_CHANGES[i]!;
    table[code] = table[code]! | S_CHANGED | KEY_UNIT_CHANGES[i + 1]!;
    changed.push(code);
  }
  const vowelFlags = (code: number): void => {
    const entry = table[code]!;
    const unit = entry & S_CHANGED ? entry & UNIT : code;
    if (NORMALISER_LOOKS.has(unit) || NORMALISER_LOOKS.has(code)) table[code] = table[code]! | S_SLOW;
    // The tone test (toneLooksRight) reads the raw text; where a unit reads there unlike its key unit (a capital
    // whose lowercase is no Latin letter to it: Ɓ → ɓ), only the full path is sure.
    if (toneReading(code) !== toneReading(unit)) table[code] = table[code]! | S_SLOW;
    if (unit < TABLE_SIZE) {
      const info = VOWEL_INFO[unit]!;
      if ((info & 7) !== 0) table[code] = table[code]! | S_TONE;
      if ((entry & S_WORD) !== 0 && info > 7) table[code] = table[code]! | S_VOWEL;
    }
  };
  for (let code = 0; code < TABLE_SIZE; code++) vowelFlags(code);
  for (const code of changed) if (code >= TABLE_SIZE) vowelFlags(code);
  for (const code of NORMALISER_LOOKS) table[code] = table[code]! | S_SLOW;
  for (const code of [32, 9, 0xa0]) table[code]! |= S_TOKEN_SPACE;
  for (const code of [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) table[code]! |= S_INVISIBLE;
  for (let code = 48; code <= 57; code++) table[code]! |= S_DIGIT;
  for (const ch of '|›»,;{[<%_') table[ch.charCodeAt(0)]! |= S_PUNCT;
  return table;
})();

/** What toneLooksRight reads in a code unit: its vowel and tone, a Latin letter (a coda), a q or g (an onset). */
function toneReading(code: number): number {
  return ((code < TABLE_SIZE ? VOWEL_INFO[code]! : 0) << 3) | (isLatinLetterCode(code) ? 4 : 0)
    | ((code | 32) === 113 ? 2 : 0) | ((code | 32) === 103 ? 1 : 0);
}

/** The key unit of a code unit from its table entry: itself, unless the entry holds another (a lowercase). */
function keyUnit(entry: number, code: number): number {
  return entry & S_CHANGED ? entry & UNIT : code;
}

function scanBody(text: string, bs: number, be: number, words: WordHashes, out: LineScan): void {
  const wordsAt = words.length;
  // Body measures (space-separated tokens, letters, case, separators).
  let letters = 0;
  let upper = 0;
  let separators = 0;
  let letterWords = 0;
  let capitalisedWords = 0;
  let hasComma = false;
  let templateChars = false;
  let tokenHasLetter = false;
  // Key state: the current word's hash, whether it is all digits or has any.
  let slow = false;
  startKey(out);
  let inWord = false;
  let wordStart = 0;
  let wordHash = FNV_OFFSET;
  let digitsOnly = true;
  let hasDigit = false;
  // The current word, and any word of the line, is one the normaliser changes (see normalisedWordHash).
  let wordNormalised = false;
  let normalised = false;

  for (let i = bs; i < be; i++) {
    const code = text.charCodeAt(i);
    let entry = SCAN_TABLE[code]!;
    if ((entry & (S_LETTER | S_SLOW | S_TONE)) === S_LETTER) {
      // The common case, a plain letter: counted, and hashed into the current word.
      letters++;
      if (entry & S_UPPER) upper++;
      if (!tokenHasLetter) {
        tokenHasLetter = true;
        letterWords++;
        if (entry & S_UPPER) capitalisedWords++;
      }
      if (!inWord) {
        inWord = true;
        wordStart = i;
        wordHash = FNV_OFFSET;
        hasDigit = false;
        wordNormalised = false;
      }
      wordHash = Math.imul(wordHash ^ keyUnit(entry, code), FNV_PRIME);
      digitsOnly = false;
      continue;
    }
    if (entry & S_TOKEN_SPACE) {
      tokenHasLetter = false;
    } else {
      if (isHighSurrogate(code)) {
        const astral = astralClass(text.slice(i, Math.min(i + 2, be)), 0);
        entry = S_SLOW | (astral & LETTER ? S_LETTER : 0) | (astral & UPPER ? S_UPPER : 0);
      }
      if (entry & S_LETTER) {
        letters++;
        if (entry & S_UPPER) upper++;
        if (!tokenHasLetter) {
          tokenHasLetter = true;
          letterWords++;
          if (entry & S_UPPER) capitalisedWords++;
        }
      } else if (entry & S_PUNCT) {
        if (code === 0x7c || code === 0x203a || code === 0xbb) separators++;
        else if (code === 0x2c || code === 0x3b) hasComma = true;
        else if (!templateChars) templateChars = mayOpenTemplateToken(code, i + 1 < be ? text.charCodeAt(i + 1) : 0);
      }
      if (isHighSurrogate(code)) {
        slow = true;
        i++;
        continue;
      }
    }
    if (slow) continue;
    if (entry & S_SLOW) {
      slow = true;
    } else if (entry & S_WORD) {
      if (!inWord) {
        inWord = true;
        wordStart = i;
        wordHash = FNV_OFFSET;
        digitsOnly = true;
        hasDigit = false;
        wordNormalised = false;
      }
      // A toned vowel in a vowel cluster: is the tone where the normaliser wants it? toneLooksRight reads the raw
      // text as the key: units that read otherwise are SLOW, and past the body's ends stand white space, a list
      // marker or a line break, which read as the key's edge does (no vowel, no letter).
      if (entry & S_TONE && ((i > bs && SCAN_TABLE[text.charCodeAt(i - 1)]! & S_VOWEL)
        || (i + 1 < be && SCAN_TABLE[text.charCodeAt(i + 1)]! & S_VOWEL)) && !toneLooksRight(text, i, STYLE_OLD)) {
        wordNormalised = true;
      }
      wordHash = Math.imul(wordHash ^ keyUnit(entry, code), FNV_PRIME);
      if (entry & S_DIGIT) hasDigit = true;
      else digitsOnly = false;
    } else if (entry & S_INVISIBLE) {
      slow = true; // the key drops it, so raw neighbours are not key neighbours (the tone test reads the raw text)
    } else if (inWord) {
      // A gap: the word ends.
      inWord = false;
      if (wordNormalised) {
        const fixed = hasDigit ? undefined : normalisedWordHash(text, wordStart, i);
        if (fixed === undefined) {
          slow = true;
          continue;
        }
        wordHash = fixed;
        normalised = true;
      }
      addWord(out, words, wordHash, hasDigit ? shapeWordHash(text, wordStart, i) : wordHash, digitsOnly);
      digitsOnly = true;
    }
  }
  if (!slow && inWord && wordNormalised) {
    const fixed = hasDigit ? undefined : normalisedWordHash(text, wordStart, be);
    if (fixed === undefined) slow = true;
    else {
      wordHash = fixed;
      normalised = true;
    }
  }
  if (!slow && inWord) addWord(out, words, wordHash, hasDigit ? shapeWordHash(text, wordStart, be) : wordHash, digitsOnly);

  out.letters = letters;
  out.upper = upper;
  out.separators = separators;
  out.letterWords = letterWords;
  out.capitalisedWords = capitalisedWords;
  out.hasComma = hasComma;
  out.templateChars = templateChars;
  if (slow) {
    words.length = wordsAt;
    const key = keyOfBody(text, bs, be);
    out.key = key;
    out.normalised = false;
    hashKey(key, words, out);
    return;
  }
  out.key = out.words === 0 ? '' : undefined;
  out.normalised = normalised;
}

/*
 * Every template token shape (rules/template-tokens.ts) has one of these pairs: "{" anything, "[[", "<" and a
 * lowercase letter, "%" and a digit, s, d, i, f or "(", "__". A percentage ("50% ") has none.
 */
function mayOpenTemplateToken(code: number, next: number): boolean {
  if (code === 0x7b) return true;
  if (code === 0x5b) return next === 0x5b;
  if (code === 0x3c) return next >= 0x61 && next <= 0x7a;
  if (code === 0x25) return (next >= 0x30 && next <= 0x39) || next === 0x73 || next === 0x64 || next === 0x69 || next === 0x66 || next === 0x28;
  return next === 0x5f;
}

/*
 * canonicalKey of a body, a piece at a time for long ones: a plain space is a boundary nothing crosses (NFC
 * composes nothing across it, case mapping looks no further, the key turns it into a word gap), so the key of
 * the whole is the keys of the pieces joined by single spaces. Pieces keep a 10 MB line from building its key
 * as one chain of millions of string slices.
 */
const KEY_PIECE = 4096;
export function keyOfBody(text: string, from: number, to: number): string {
  if (to - from <= KEY_PIECE) return canonicalKey(text.slice(from, to));
  const keys: string[] = [];
  let start = from;
  while (start < to) {
    let cut = Math.min(to, start + KEY_PIECE);
    while (cut < to && text.charCodeAt(cut) !== 32) cut++;
    const key = canonicalKey(text.slice(start, cut));
    if (key !== '') keys.push(key);
    start = cut + 1;
  }
  return keys.join(' ');
}

/*
 * The normaliser inside canonicalKey fixes each run of letters on its own (a run without invisibles is fixed the
 * same wherever it stands), so a word it changes can be keyed alone: the hash of canonicalKey(word), or
 * undefined when that is not one word (then the line takes the full path).
 */
function normalisedWordHash(text: string, from: number, to: number): number | undefined {
  const key = canonicalKey(text.slice(from, to));
  if (key === '' || key.includes(' ')) return undefined;
  let hash = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** Hash of a word as it stands in the shape: every run of ASCII digits is one '#'. */
function shapeWordHash(text: string, from: number, to: number): number {
  let hash = FNV_OFFSET;
  let inDigits = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isInvisible(code)) continue;
    const unit = keyUnit(SCAN_TABLE[code]!, code);
    if (unit >= 48 && unit <= 57) {
      if (!inDigits) hash = Math.imul(hash ^ SHAPE_DIGITS, FNV_PRIME);
      inDigits = true;
    } else {
      hash = Math.imul(hash ^ unit, FNV_PRIME);
      inDigits = false;
    }
  }
  return hash;
}

/**
 * The canonical key of a body the scan hashed on its fast path (no SLOW unit, no tone to move): its key units, word
 * runs joined by single spaces. Equal to `canonicalKey(text.slice(from, to))` there, at a fraction of the cost.
 */
export function fastKey(text: string, from: number, to: number): string {
  const units: number[] = [];
  let gap = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const entry = SCAN_TABLE[code]!;
    if (entry & S_WORD) {
      if (gap && units.length > 0) units.push(32);
      gap = false;
      units.push(keyUnit(entry, code));
    } else if (!(entry & S_INVISIBLE)) {
      gap = true;
    }
  }
  let key = '';
  for (let i = 0; i < units.length; i += 4096) key += String.fromCharCode.apply(null, units.slice(i, i + 4096));
  return key;
}

/** The counts and hashes of a key, built word by word. */
type KeyHashes = Pick<LineScan, 'words' | 'numberWords' | 'keyHash' | 'shapeHash' | 'headHash'>;

function startKey(out: KeyHashes): void {
  out.words = 0;
  out.numberWords = 0;
  out.keyHash = KEY_SEED;
  out.shapeHash = KEY_SEED;
  out.headHash = 0;
}

/** Adds a word of the key: its hash, its hash as a shape word (digit runs as '#'), whether it is all digits. */
function addWord(out: KeyHashes, words: WordHashes, wordHash: number, shapeWord: number, digitsOnly: boolean): void {
  words.push(wordHash);
  if (out.words++ === 0) out.headHash = shapeWord;
  if (digitsOnly) out.numberWords++;
  out.keyHash = mixWord(out.keyHash, wordHash);
  out.shapeHash = mixWord(out.shapeHash, shapeWord);
}

/** Word count and hashes of a canonical key string: the full path, and the reference the fast path must match. */
export function hashKey(
  key: string,
  words: WordHashes,
  out: KeyHashes,
): void {
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

/** Key and shape hashes of a key or shape string (for phrase tables and known titles). */
export function hashOfKey(key: string): { keyHash: number; shapeHash: number; headHash: number } {
  const out = { words: 0, numberWords: 0, keyHash: 0, shapeHash: 0, headHash: 0 };
  hashKey(key, new WordHashes(16), out);
  return out;
}

/** Whether the first code point of `text[at]` is white space, sentence-continuing punctuation or lowercase. */
export function opensLowercaseOrPunctuation(text: string, at: number, end: number): boolean {
  if (at >= end) return false;
  const code = text.charCodeAt(at);
  if (isHighSurrogate(code)) return /^\p{Ll}/u.test(text.slice(at, Math.min(at + 2, end)));
  return (CHAR_CLASS[code]! & (SPACE | LOWER_LETTER)) !== 0 || CONTINUING_PUNCTUATION.has(code);
}
const CONTINUING_PUNCTUATION = new Set([...',.;:)”’"\'…-'].map((c) => c.charCodeAt(0)));
