import { astralClass, CHAR_CLASS, isHighSurrogate, isInvisible, WORD } from '../text/chars.js';
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
  // One tone placement (old style, misplaced tones fixed) through the syllable-aware normaliser.
  return ascii ? out : normalizeWith(out, OLD_STYLE, false).text;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

// Tone placement through the normaliser (old style, misplaced tones fixed), without collecting edits.
const OLD_STYLE = resolveNormalizeOptions({ tone: 'old' });
