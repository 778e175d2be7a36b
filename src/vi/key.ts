import { astralClass, CHAR_CLASS, isHighSurrogate, isInvisible, WORD } from '../text/chars.js';
import { VOWEL_TONE, withTone } from './tones.js';

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
  const ascii = isAscii(text);
  const s = (ascii ? text : text.normalize('NFC')).toLowerCase();
  // One pass: copy runs of word characters, turn everything else into single spaces, drop invisible
  // characters, fold look-alike Đ.
  let out = '';
  let runStart = -1;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const astral = isHighSurrogate(code) && i + 1 < s.length;
    const flags = astral ? astralClass(s, i) : CHAR_CLASS[code]!;
    if (flags & WORD) {
      if (runStart < 0) {
        if (gap && out !== '') out += ' ';
        gap = false;
        runStart = i;
      }
      if (code === 0xf0 || code === 0x256) {
        // ð (from Ð U+00D0) and ɖ (from Ɖ U+0189) stand in for đ in scraped Vietnamese.
        out += s.slice(runStart, i) + 'đ';
        runStart = i + 1;
      }
    } else {
      if (runStart >= 0) out += s.slice(runStart, i);
      runStart = -1;
      if (!isInvisible(code)) gap = true;
    }
    if (astral) i++;
  }
  if (runStart >= 0) out += s.slice(runStart);
  return ascii || !TONE_CANDIDATE.test(out) ? out : out.replace(NEW_STYLE_OPEN_RHYME, toOldStyle);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}


/*
 * Open rhymes oa/oe/uy are the only ones where the two styles differ: new style marks the second vowel
 * ("hoà", "thuỷ"), old style the first ("hòa", "thủy"). After q, u belongs to the onset, so "quý" is the same
 * in both styles and is left alone. Only syllable-final rhymes qualify ("hoàn" is the same in both styles).
 */
const TONE_CANDIDATE = /[ou][àáảãạèéẻẽẹỳýỷỹỵ]/;
const NEW_STYLE_OPEN_RHYME = /(?<!q)([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\p{L}\p{M}])/gu;

function toOldStyle(match: string, first: string, second: string): string {
  const [base, tone] = VOWEL_TONE.get(second) ?? [second, 0];
  const pairsWith = first === 'o' ? base === 'a' || base === 'e' : base === 'y';
  return pairsWith ? withTone(first, tone) + base : match;
}
