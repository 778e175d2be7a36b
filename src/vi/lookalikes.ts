/**
 * Characters that stand in for Vietnamese letters and marks in scraped text, and the invisible characters that
 * get inside words. Each table says what the character is taken for. The normaliser applies a look-alike only
 * where the word it sits in then parses as a Vietnamese syllable; see normalize.ts.
 */

/**
 * What a mark does to a Vietnamese letter, as one number: 1–3 a vowel mark (circumflex, breve, horn), 11–15 a
 * tone (10 + the tone number of tones.ts: huyền, sắc, hỏi, ngã, nặng).
 */
export type Mark = number;
export const CIRCUMFLEX = 1;
export const BREVE = 2;
export const HORN = 3;
export const TONE_BASE = 10;
const GRAVE = TONE_BASE + 1;
const ACUTE = TONE_BASE + 2;
const HOOK = TONE_BASE + 3;
const TILDE = TONE_BASE + 4;
const DOT_BELOW = TONE_BASE + 5;

/** Combining marks of Vietnamese (as NFD writes them). */
export const COMBINING_MARKS: ReadonlyMap<number, Mark> = new Map([
  [0x0302, CIRCUMFLEX],
  [0x0306, BREVE],
  [0x031b, HORN],
  [0x0300, GRAVE],
  [0x0301, ACUTE],
  [0x0309, HOOK],
  [0x0303, TILDE],
  [0x0323, DOT_BELOW],
  // Deprecated tone marks; NFC maps them to U+0300/U+0301 (canonical singletons).
  [0x0340, GRAVE],
  [0x0341, ACUTE],
]);

/**
 * Combining marks taken for the breve on a/A: caron (UTS #39 confusables maps U+030C to the breve) and inverted
 * breve (as the issue specifies; UTS #39 maps it to the circumflex instead, see the README).
 */
export const BREVE_LOOKALIKE_MARKS: ReadonlySet<number> = new Set([0x030c, 0x0311]);

/** Precomposed a/A with caron or inverted breve → a/A with breve. */
export const BREVE_LOOKALIKE_LETTERS: ReadonlyMap<string, string> = new Map([
  ['ǎ', 'ă'],
  ['Ǎ', 'Ă'],
  ['ȃ', 'ă'],
  ['Ȃ', 'Ă'],
]);

/** Spacing characters typed as marks right after a letter ("Nguyê˜n", "ca´c"). */
export const SPACING_MARKS: ReadonlyMap<string, Mark> = new Map([
  ['\u00b4', ACUTE], // ´ acute accent
  ['\u02ca', ACUTE], // ˊ modifier letter acute
  ['\u1ffd', ACUTE], // ´ Greek oxia (canonically U+00B4)
  ['\u02cb', GRAVE], // ˋ modifier letter grave
  ['\u1fef', GRAVE], // ` Greek varia (canonically U+0060)
  ['\u02dc', TILDE], // ˜ small tilde
  ['\u02c6', CIRCUMFLEX], // ˆ modifier letter circumflex
  ['\u02d8', BREVE], // ˘ breve
]);

/** Look-alikes of Đ/đ (U+0110/U+0111). UTS #39 maps Ð and Ɖ to Đ; ð and ɖ are their lowercase forms. */
export const D_LOOKALIKES: ReadonlyMap<string, string> = new Map([
  ['\u00d0', 'Đ'], // Ð Latin capital eth
  ['\u0189', 'Đ'], // Ɖ Latin capital African D
  ['\u00f0', 'đ'], // ð Latin small eth
  ['\u0256', 'đ'], // ɖ Latin small d with tail
]);

/** Zero-width characters and the soft hyphen: invisible, and inside a word they break search and comparison. */
export const INVISIBLES: ReadonlySet<string> = new Set([
  '\u200b', // zero width space
  '\u200c', // zero width non-joiner
  '\u200d', // zero width joiner
  '\u2060', // word joiner
  '\ufeff', // zero width no-break space / byte-order mark
  '\u00ad', // soft hyphen
]);

/**
 * Invisibles that may also go at the edge of a word (next to a space or punctuation). The joiners (ZWJ, ZWNJ)
 * are kept there: they build emoji sequences and matter in other scripts.
 */
export const EDGE_INVISIBLES: ReadonlySet<string> = new Set(['\u200b', '\u2060', '\ufeff', '\u00ad']);

/** No-break spaces turned into a plain space by the `nbsp` option. */
export const NO_BREAK_SPACES: ReadonlySet<string> = new Set(['\u00a0', '\u202f']);
