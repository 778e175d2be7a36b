import { BREVE, CIRCUMFLEX, HORN } from './lookalikes.js';
import { VOWELS } from './rhymes.js';
import { TONED_VOWELS, VOWEL_TONE, withTone } from './tones.js';

/**
 * Vietnamese letters taken apart and put together: a plain base letter (a–z or đ), a vowel mark (circumflex,
 * breve, horn) and a tone. Also the per-character tables of the normaliser's fast path.
 */

const MARKED: ReadonlyMap<string, readonly [string, number]> = new Map([
  ['ă', ['a', BREVE]],
  ['â', ['a', CIRCUMFLEX]],
  ['ê', ['e', CIRCUMFLEX]],
  ['ô', ['o', CIRCUMFLEX]],
  ['ơ', ['o', HORN]],
  ['ư', ['u', HORN]],
]);
const BY_BASE_AND_MARK: ReadonlyMap<string, string> = new Map(
  [...MARKED].map(([vowel, [base, mark]]) => [base + mark, vowel]),
);

/** A lowercase vowel with or without its vowel mark → [plain base, vowel mark (0 = none)]. */
export function splitVowel(vowel: string): readonly [string, number] {
  return MARKED.get(vowel) ?? [vowel, 0];
}

/**
 * A plain lowercase base, a vowel mark and a tone → the precomposed lowercase letter, or undefined when
 * Vietnamese has no such letter (a breve on e, a tone on a consonant).
 *
 * @example
 * composeLetter('o', HORN, 1) // 'ờ'
 */
export function composeLetter(base: string, mark: number, tone: number): string | undefined {
  const vowel = mark === 0 ? base : BY_BASE_AND_MARK.get(base + mark);
  if (vowel === undefined) return undefined;
  if (!VOWELS.includes(vowel)) return tone === 0 && mark === 0 ? base : undefined;
  return withTone(vowel, tone);
}

/** A precomposed Vietnamese vowel in any case → [lowercase vowel with its vowel mark, tone]. */
export function vowelOf(ch: string): readonly [string, number] | undefined {
  return VOWEL_TONE.get(ch) ?? VOWEL_TONE.get(ch.toLowerCase());
}

/**
 * A word in lowercase without tones (vowel marks kept), or undefined when it has a letter Vietnamese does not use.
 *
 * @example
 * untonedWord('Người') // 'ngươi'
 */
export function untonedWord(word: string): string | undefined {
  let out = '';
  for (const ch of word) {
    const vowel = vowelOf(ch);
    const lower = ch.toLowerCase();
    if (vowel !== undefined) out += vowel[0];
    else if ((lower >= 'a' && lower <= 'z') || lower === 'đ') out += lower;
    else return undefined;
  }
  return out;
}

// ---- Fast-path tables, indexed by UTF-16 code unit (all Vietnamese letters are below U+1F00). ----

/** Size of the per-code-unit tables. */
export const TABLE_SIZE = 0x1f00;

/**
 * Vowel letters (both cases, every tone): (index in VOWELS + 1) << 3 | tone. 0 for anything else.
 * Used to find a toned vowel's vowel cluster without allocating.
 */
export const VOWEL_INFO: Uint8Array = (() => {
  const table = new Uint8Array(TABLE_SIZE);
  for (const [vowel, row] of Object.entries(TONED_VOWELS)) {
    const index = VOWELS.indexOf(vowel) + 1;
    [...row].forEach((ch, tone) => {
      table[ch.charCodeAt(0)] = (index << 3) | tone;
      table[ch.toUpperCase().charCodeAt(0)] = (index << 3) | tone;
    });
  }
  return table;
})();

/** A Latin letter (ASCII, Latin-1, Latin Extended-A/B, Latin Extended Additional). */
export function isLatinLetterCode(c: number): boolean {
  return (
    ((c | 32) >= 97 && (c | 32) <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}
