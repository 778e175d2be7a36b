import { BMP_CLASS_RANGES, BMP_LOWERCASE_RUNS } from './char-classes.generated.js';

export { BMP_CLASS_RANGES };

/** Character class flags for the Basic Multilingual Plane (see char-classes.generated.ts). */
export const WORD = 1;
export const LETTER = 2;
export const UPPER = 4;
/** A lowercase letter (\p{Ll}). */
export const LOWER_LETTER = 8;
/** White space as `\s` and `String.prototype.trim` see it. */
export const SPACE = 16;
/** The canonical key of text holding this unit needs the full path (NFC, context-dependent lowercase, surrogates). */
export const SLOW = 32;
/** A number (\p{N}). */
export const NUMBER = 64;

/** Flags of every BMP code unit, filled once from the generated ranges (a lookup beats a \p{…} regex tenfold). */
export const CHAR_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < BMP_CLASS_RANGES.length; i += 3) {
    table.fill(BMP_CLASS_RANGES[i + 2]!, BMP_CLASS_RANGES[i]!, BMP_CLASS_RANGES[i + 1]! + 1);
  }
  return table;
})();

const ASTRAL_WORD = /[\p{L}\p{N}\p{M}]/u;
const ASTRAL_LETTER = /\p{L}/u;
const ASTRAL_UPPER = /\p{Lu}/u;

/** Flags of the astral code point whose surrogate pair starts at `i` (rare: CJK extensions, emoji, maths). */
export function astralClass(text: string, i: number): number {
  const pair = text.slice(i, i + 2);
  return (ASTRAL_WORD.test(pair) ? WORD : 0) | (ASTRAL_LETTER.test(pair) ? LETTER : 0) | (ASTRAL_UPPER.test(pair) ? UPPER : 0);
}

/** Zero-width space and joiners, word joiner, BOM, soft hyphen: invisible inside words, never separators. */
export const INVISIBLE_UNITS: readonly number[] = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];

/** Whether `code` is one of {@link INVISIBLE_UNITS}, by comparisons (hot path; a test checks they agree). */
export function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Each BMP code unit as it stands in a canonical key when it is not SLOW: its lowercase, with the look-alikes of
 * đ folded ("Ð" U+00D0, "Ɖ" U+0189 and their lowercase), as `canonicalKey` does. Pairs [unit, key unit] for the
 * units that change; every other unit stands for itself.
 */
export const KEY_UNIT_CHANGES: readonly number[] = (() => {
  const pairs: number[] = [];
  for (let r = 0; r < BMP_LOWERCASE_RUNS.length; r += 4) {
    const [first, last, step, delta] = BMP_LOWERCASE_RUNS.slice(r, r + 4) as [number, number, number, number];
    for (let code = first; code <= last; code += step) pairs.push(code, code + delta === 0xf0 || code + delta === 0x256 ? 0x111 : code + delta);
  }
  for (const lookalike of [0xf0, 0x256]) pairs.push(lookalike, 0x111);
  return pairs;
})();

const ASTRAL_LETTER_OR_NUMBER = /^[\p{L}\p{N}]/u;

/**
 * Code points in `text[from, to)` that are letters or numbers: `text.slice(from, to).match(/[\p{L}\p{N}]/gu).length`
 * without the array of matches (a 10 MB line would otherwise allocate millions of strings).
 */
export function countLettersAndNumbers(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isHighSurrogate(code) && i + 1 < to) {
      if (ASTRAL_LETTER_OR_NUMBER.test(text.slice(i, i + 2))) n++;
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    } else if (CHAR_CLASS[code]! & (LETTER | NUMBER)) {
      n++;
    }
  }
  return n;
}
