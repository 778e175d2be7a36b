import { BMP_CLASS_RANGES, INVISIBLE_UNITS, KEY_UNIT_CHANGES, LETTER, SLOW, UPPER, WORD } from '../text/chars.js';
import { CONFUSABLE_LATIN } from '../vi/confusables.js';
import { isLatinLetterCode, TABLE_SIZE, VOWEL_INFO } from '../vi/letters.js';
import { BREVE_LOOKALIKE_LETTERS, D_LOOKALIKES, SPACING_MARKS } from '../vi/lookalikes.js';

/*
 * What each BMP code unit is to the line scan, in one Uint32Array lookup: the unit as it stands in a canonical key
 * (its lowercase, look-alike Đ folded) in the low 16 bits when it differs, and what it is in the high bits.
 *
 * canonicalKey ends with the normaliser (old tone style) over the key. Its fast path (src/vi/normalize.ts) looks
 * closer only at a toned vowel next to another vowel whose tone is not where the style wants it, and at
 * look-alike letters and marks; the scan asks the same tone test (toneLooksRight) over the raw text, and sends a
 * line to the full path (S_SLOW) whenever the normaliser would look closer. tests/line-scan.test.ts holds the two
 * together.
 */
const NORMALISER_LOOKS: ReadonlySet<number> = new Set(
  [...D_LOOKALIKES.keys(), ...BREVE_LOOKALIKE_LETTERS.keys(), ...SPACING_MARKS.keys(), ...CONFUSABLE_LATIN.keys()]
    .map((c) => c.charCodeAt(0)),
);

/** A letter, number or mark: part of a key word. */
export const S_WORD = 1 << 16;
/** A letter (\p{L}), and an uppercase one (\p{Lu}): the body's letter and case counts. */
export const S_LETTER = 1 << 17;
export const S_UPPER = 1 << 18;
/** The key of a line holding this unit takes the full path (canonicalKey): see the note above. */
export const S_SLOW = 1 << 19;
/** Ends a space-separated token of the body: space, tab, no-break space. */
export const S_TOKEN_SPACE = 1 << 20;
/** Dropped from the key without a gap (zero-width characters, soft hyphen, BOM). */
export const S_INVISIBLE = 1 << 21;
/** An ASCII digit. */
export const S_DIGIT = 1 << 22;
/** | › » , ; { [ < % _: counted or checked apart (menu separators, clauses, template tokens). */
export const S_PUNCT = 1 << 23;
/** A vowel with a tone: the normaliser checks where it stands (toneLooksRight). */
export const S_TONE = 1 << 24;
/** A vowel (VOWEL_INFO > 7): a toned vowel next to one is in a cluster. */
export const S_VOWEL = 1 << 26;
// The key unit is not the unit itself: it is in the low 16 bits.
const S_CHANGED = 1 << 27;
const UNIT = 0xffff;

/** The scan's flags and key unit of every BMP code unit (see the S_ flags). */
export const SCAN_TABLE: Uint32Array = (() => {
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
  const normaliserFlags = (code: number): void => {
    const entry = table[code]!;
    const unit = keyUnit(entry, code);
    if (NORMALISER_LOOKS.has(unit)) table[code] = table[code]! | S_SLOW;
    // The tone test (toneLooksRight) reads the raw text; where a unit reads there unlike its key unit (a capital
    // whose lowercase is no Latin letter to it: Ɓ → ɓ), only the full path is sure.
    if (toneReading(code) !== toneReading(unit)) table[code] = table[code]! | S_SLOW;
    if (unit < TABLE_SIZE) {
      const info = VOWEL_INFO[unit]!;
      if ((info & 7) !== 0) table[code] = table[code]! | S_TONE;
      if ((entry & S_WORD) !== 0 && info > 7) table[code] = table[code]! | S_VOWEL;
    }
  };
  for (let code = 0; code < TABLE_SIZE; code++) normaliserFlags(code);
  for (const code of changed) if (code >= TABLE_SIZE) normaliserFlags(code);
  for (const code of NORMALISER_LOOKS) table[code] = table[code]! | S_SLOW;
  for (const code of [32, 9, 0xa0]) table[code]! |= S_TOKEN_SPACE;
  for (const code of INVISIBLE_UNITS) table[code]! |= S_INVISIBLE;
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
export function keyUnit(entry: number, code: number): number {
  return entry & S_CHANGED ? entry & UNIT : code;
}
