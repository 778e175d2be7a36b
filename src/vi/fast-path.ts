import { CONFUSABLE_LATIN } from './confusables.js';
import { TABLE_SIZE, VOWEL_INFO, isLatinLetterCode } from './letters.js';
import { BREVE_LOOKALIKE_LETTERS, D_LOOKALIKES, INVISIBLES, NO_BREAK_SPACES, SPACING_MARKS } from './lookalikes.js';
import { CLUSTER_PLACEMENT } from './placement.js';

/*
 * The normaliser's per-code-unit tables and its fast tone check: what the scan asks of each code unit, before it
 * decides whether a word needs the slow path (normalize.ts). The scan automaton (automaton.ts) is built from
 * exactly these, so that both read one definition.
 */

// What a code unit asks of the fast path.
export const TONED = 1; // a vowel with a tone: check its vowel cluster
export const ALWAYS = 2; // combining marks, Đ and breve look-alikes, invisibles: always look closer
export const AFTER_LETTER = 3; // spacing marks: only right after a letter or mark
export const NEAR_LATIN = 4; // Cyrillic/Greek look-alikes: only next to a Latin letter
export const NBSP = 5;

export const CLASS_SIZE = TABLE_SIZE + 0x200;
export const CLASS: Uint8Array = (() => {
  const table = new Uint8Array(CLASS_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) if ((VOWEL_INFO[c]! & 7) !== 0) table[c] = TONED;
  for (let c = 0x300; c <= 0x36f; c++) table[c] = ALWAYS;
  const set = (chars: Iterable<string>, k: number): void => {
    for (const ch of chars) if (ch.charCodeAt(0) < table.length) table[ch.charCodeAt(0)] = k;
  };
  set(D_LOOKALIKES.keys(), ALWAYS);
  set(BREVE_LOOKALIKE_LETTERS.keys(), ALWAYS);
  set(INVISIBLES, ALWAYS);
  set(SPACING_MARKS.keys(), AFTER_LETTER);
  set(CONFUSABLE_LATIN.keys(), NEAR_LATIN);
  set(NO_BREAK_SPACES, NBSP);
  return table;
})();

/** The only code units beyond CLASS that the scan looks at. */
export const BEYOND_CLASS: ReadonlyMap<number, number> = new Map([
  [0xfeff, ALWAYS], // zero width no-break space (byte order mark)
  [0xa647, NEAR_LATIN], // ꙇ Cyrillic small iota
]);

export function classOf(c: number): number {
  return c < CLASS_SIZE ? CLASS[c]! : BEYOND_CLASS.get(c) ?? 0;
}

export const STYLE_OLD = 0;
export const STYLE_NEW = 1;
export const STYLE_PRESERVE = 2;

// Longest vowel run toneLooksRight can accept: three vowels of a cluster and the u or i of qu/gi.
const MAX_RUN = 4;

/**
 * Fast check of a toned vowel in composed text: is its tone where the style wants it? Looks only at the vowel
 * cluster around it (after a q or g that makes qu/gi) and whether a consonant follows. False means "look closer",
 * not "wrong": the slow path decides. Written for speed: it runs for every toned vowel next to another vowel.
 */
export function toneLooksRight(text: string, i: number, style: number): boolean {
  const n = text.length;
  let start = i;
  let c = 0;
  // A cluster has at most three vowels after a qu/gi onset's u or i: a run longer than that on either side is
  // wrong already, and stopping there keeps a long run of vowels from being walked once per toned vowel.
  while (start > 0 && (c = text.charCodeAt(start - 1)) < TABLE_SIZE && VOWEL_INFO[c]! > 7) {
    if (i - --start > MAX_RUN) return false;
  }
  let end = i + 1;
  while (end < n && (c = text.charCodeAt(end)) < TABLE_SIZE && VOWEL_INFO[c]! > 7) {
    if (++end - i > MAX_RUN) return false;
  }
  if (start > 0) {
    // u (vowel 10) after q and i (vowel 6) after g belong to the onset (quá, già); a tone on them is misplaced.
    const before = text.charCodeAt(start - 1) | 32;
    const first = VOWEL_INFO[text.charCodeAt(start)]! >> 3;
    if ((before === 113 && first === 10) || (before === 103 && first === 6)) {
      if (start === i) return false;
      start++;
    }
  }
  const size = end - start;
  if (size === 1) return true;
  if (size > 3) return false;
  let key = 0;
  for (let k = start; k < start + 3; k++) {
    const info = k < end ? VOWEL_INFO[text.charCodeAt(k)]! : 0;
    if (k !== i && (info & 7) !== 0) return false;
    key = key * 13 + (info >> 3);
  }
  const coda = end < n && isLatinLetterCode(text.charCodeAt(end)) ? 1 : 0;
  const packed = CLUSTER_PLACEMENT[key * 2 + coda]!;
  if (packed === 0) return false;
  const at = i - start;
  if (style === STYLE_OLD) return at === (packed & 15) - 1;
  if (style === STYLE_NEW) return at === (packed >> 4) - 1;
  return at === (packed & 15) - 1 || at === (packed >> 4) - 1;
}

/**
 * What the scan must do at code unit i: 0 = nothing, else the class of the unit, for lookCloser (normalize.ts).
 * A toned vowel asks for a look only when it is in a vowel cluster whose tone sits where the style does not want
 * it. The scan automaton (automaton.ts) is checked against this function, exhaustively over short vowel runs.
 */
export function needsLook(text: string, i: number, style: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xa0) return 0;
  const k = c < CLASS_SIZE ? CLASS[c]! : classOf(c);
  if (k !== TONED) return k;
  // Most toned vowels stand alone between consonants: nothing to place.
  const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if ((prev >= TABLE_SIZE || VOWEL_INFO[prev]! <= 7) && (next >= TABLE_SIZE || VOWEL_INFO[next]! <= 7)) return 0;
  return toneLooksRight(text, i, style) ? 0 : TONED;
}
