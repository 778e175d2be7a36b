import { astralClass, CHAR_CLASS, isHighSurrogate, isInvisible, LETTER, LOWER_LETTER, SPACE, UPPER } from './text/chars.js';
import { canonicalKey } from './vi/key.js';
import { STYLE_OLD, toneLooksRight } from './vi/normalize.js';
import { classOf } from './vi/fast-path.js';
import {
  addWord, FNV_OFFSET, FNV_PRIME, hashKey, SHAPE_DIGITS, startKey, type KeyHashes, type WordHashes,
} from './line-scan/key-hash.js';
import { keyOfBody } from './line-scan/key-string.js';
import {
  keyUnit, S_DIGIT, S_INVISIBLE, S_LETTER, S_PUNCT, S_SLOW, S_TOKEN_SPACE, S_TONE, S_UPPER, S_VOWEL, S_WORD, SCAN_TABLE,
} from './line-scan/unit-table.js';

// The document and the rules reach the key helpers through the scan.
export { hashOfKey, WordHashes } from './line-scan/key-hash.js';
export { fastKey, keyOfBody } from './line-scan/key-string.js';

/*
 * One pass over a line computes everything the rules read: where the indent, list marker and body are, the body's
 * letter, case and word counts, and the canonical key as hashes (of its words, of the whole key, of its shape),
 * without building the key string. Most lines are never compared as strings, so their key is built only on
 * demand (Line.key). Where the key cannot be computed one code unit at a time (NFC would change the text, a
 * lowercase depends on context, an astral character, a letter the normaliser may change: a tone it would place
 * elsewhere, a look-alike), the line takes the full path: canonicalKey(body), hashed the same way.
 * tests/line-scan.test.ts checks both paths give the hashes of canonicalKey's own output.
 *
 * Its parts: line-scan/unit-table.ts (what each code unit is, one lookup), line-scan/key-hash.ts (how a key is
 * hashed), line-scan/key-string.ts (the key string on demand).
 */

/** What a scan finds in one line. Offsets are into the document. */
export class LineScan implements KeyHashes {
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
  /**
   * The normaliser, in the old tone style without the nbsp rule, would change nothing in this line: no unit it looks
   * closer at, no tone it would move (the scan asks the normaliser's own tone test). clean() normalises only the
   * other lines (src/normalize-ranges.ts).
   */
  normaliserQuiet = false;
}

// List markers: bullets html-to-text and editors emit, or a lone dash (followed by a space or the end of the
// line); '>>' teaser arrows are checked apart.
const MARKERS = new Set([...'*•·▪▫►▸‣◦●○■□◆◇➤→»›+–—-'].map((c) => c.charCodeAt(0)));
const SENTENCE_TERMINATORS = new Set([...'.!?…:;'].map((c) => c.charCodeAt(0)));
const SENTENCE_CLOSERS = new Set([...'"\'”’»)]'].map((c) => c.charCodeAt(0)));

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
    out.normaliserQuiet = normaliserIgnores(text, start, end);
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
  out.normaliserQuiet &&= normaliserIgnores(text, start, bs) && normaliserIgnores(text, te, end);
}

/** No code unit of text[from, to) is one the normaliser looks at (its units below U+00A0 never are). */
function normaliserIgnores(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xa0 && classOf(c) !== 0) return false;
  }
  return true;
}

function blankScan(out: LineScan, start: number, end: number): void {
  out.blank = true;
  out.indent = end - start;
  out.markerLength = 0;
  out.bodyStart = out.bodyEnd = end;
  out.key = '';
  out.normalised = false;
  startKey(out);
  out.letters = out.separators = out.letterWords = out.capitalisedWords = out.upper = 0;
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
    out.normaliserQuiet = false;
    hashKey(key, words, out);
    return;
  }
  out.key = out.words === 0 ? '' : undefined;
  out.normalised = normalised;
  // Not slow: every unit the normaliser looks closer at is S_SLOW or S_INVISIBLE (tests/line-scan.test.ts checks
  // every BMP unit), and a tone it would move made the word `normalised`.
  out.normaliserQuiet = !normalised;
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

/** Whether the first code point of `text[at]` is white space, sentence-continuing punctuation or lowercase. */
export function opensLowercaseOrPunctuation(text: string, at: number, end: number): boolean {
  if (at >= end) return false;
  const code = text.charCodeAt(at);
  if (isHighSurrogate(code)) return /^\p{Ll}/u.test(text.slice(at, Math.min(at + 2, end)));
  return (CHAR_CLASS[code]! & (SPACE | LOWER_LETTER)) !== 0 || CONTINUING_PUNCTUATION.has(code);
}
const CONTINUING_PUNCTUATION = new Set([...',.;:)”’"\'…-'].map((c) => c.charCodeAt(0)));
