import { normalizeWith } from './normalize.js';
import { resolveNormalizeOptions } from './rules.js';

/**
 * The canonical comparison key of a piece of Vietnamese text (design principle 6): NFC, look-alike Đ folded,
 * zero-width characters dropped, one tone-placement style (old: "hòa", "thủy"), Vietnamese lowercase, and every
 * run of punctuation, symbols and spaces collapsed to one space. Diacritics are never stripped: "ma", "mà" and
 * "má" keep different keys.
 *
 * @example
 * canonicalKey('  HOÀ   bình!! ') === canonicalKey('hòa bình') // true
 */
export function canonicalKey(text: string): string {
  let s = text;
  // ASCII fast path: no normalisation, look-alikes or tone marks to deal with.
  if (/[^\x00-\x7f]/.test(s)) {
    s = s.normalize('NFC').toLowerCase();
    s = s.replace(LOOKALIKE_D, 'đ').replace(INVISIBLE, '');
    s = normalizeWith(s, OLD_STYLE, false).text;
  } else {
    s = s.toLowerCase();
  }
  return s.replace(SEPARATORS, ' ').trim();
}

// Ð (U+00D0) and Ɖ (U+0189) lowercase to ð and ɖ; both stand in for đ in scraped Vietnamese.
const LOOKALIKE_D = /[ðɖ]/gu;
// Zero-width space/joiners, word joiner, BOM, soft hyphen.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
// Anything that is not a letter, digit or combining mark separates words.
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;

// Tone placement through the normaliser (old style, misplaced tones fixed), without collecting edits.
const OLD_STYLE = resolveNormalizeOptions({ tone: 'old' });
