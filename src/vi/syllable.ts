import { RHYME_BY_TEXT, STOP_CODAS, VOWELS, type Rhyme } from './rhymes.js';

/**
 * A parsed Vietnamese syllable: onset (initial consonant, including the digraphs qu and gi) and a rhyme from the
 * table in rhymes.ts. Input is lowercase letters with vowel marks but without tone ("nguoi" → no, "người" → no,
 * "ngươi" → yes).
 */
export interface Syllable {
  readonly onset: string;
  readonly rhyme: Rhyme;
  /** Final consonant(s) of the rhyme ('' for open rhymes and semivowel endings). */
  readonly coda: string;
}

// Longest first, so that "ngh" wins over "ng" and "kh" over "k"; "gi" is tried before "g" and given up when a
// consonant follows ("gìn" = g + in, "gì" = g + i).
const ONSETS = [
  'ngh', 'ch', 'gh', 'gi', 'kh', 'ng', 'nh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];
const LABIALS: ReadonlySet<string> = new Set(['b', 'm', 'p', 'ph', 'v']);
const NO_MEDIAL: ReadonlySet<string> = new Set(['c', 'k', 'gh', 'ngh', 'gi', 'qu']);

const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.includes(ch);

function codaOf(rhyme: string): string {
  let i = 0;
  while (isVowel(rhyme[i])) i++;
  return rhyme.slice(i);
}

/** Spelling rules: which onset may stand before which rhyme. */
function allowed(onset: string, row: Rhyme): boolean {
  const { rhyme, kind } = row;
  const first = rhyme[0] ?? '';
  const front = 'eêiy'.includes(first);
  if (kind === 'qu') return onset === 'qu';
  if (kind === 'gi') return onset === 'gi';
  if (kind === 'medial') return !LABIALS.has(onset) && !NO_MEDIAL.has(onset);
  switch (onset) {
    case 'qu':
      return 'aăâeêơôy'.includes(first) || rhyme === 'i';
    case 'gi':
      return first !== 'i' && first !== 'y';
    case 'c':
      return !front;
    case 'k':
      return front;
    case 'gh':
    case 'ngh':
      return front && first !== 'y';
    case 'g':
      // g + i only where gi cannot be the onset: "gì", "gìn", "gịt".
      return first === 'i' ? !isVowel(rhyme[1]) : !front;
    case 'ng':
      return !front;
    case '':
      return !rhyme.startsWith('iê');
    default:
      // After a consonant, iê is written iê, never yê; y stands alone ("lý", "mỹ").
      return first !== 'y' || rhyme === 'y';
  }
}

/**
 * Parses a lowercase, tone-less word as one Vietnamese syllable, or returns undefined.
 *
 * @example
 * parseSyllable('ngươi')?.rhyme.rhyme // 'ươi'
 * parseSyllable('quyên')?.onset       // 'qu'
 * parseSyllable('cafe')               // undefined
 */
export function parseSyllable(word: string): Syllable | undefined {
  for (const onset of ONSETS) {
    if (!word.startsWith(onset)) continue;
    const rest = word.slice(onset.length);
    if (onset === 'gi' && !isVowel(rest[0])) continue;
    const row = RHYME_BY_TEXT.get(rest);
    if (row !== undefined && allowed(onset, row)) return { onset, rhyme: row, coda: codaOf(rest) };
  }
  return undefined;
}

/** Tone numbers: 0 ngang (none), 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng. Stops (-c -ch -p -t) take sắc or nặng. */
export function toneFits(s: Syllable, tone: number): boolean {
  return !STOP_CODAS.has(s.coda) || tone === 0 || tone === 2 || tone === 5;
}

/** Tone-placement style: old ("hòa"), new ("hoà", QĐ 1989/QĐ-BGDĐT), or keep whichever valid one is there. */
export type ToneStyle = 'old' | 'new' | 'preserve';

/** Index in the word of the letter that carries the tone in the given style ('preserve' reads as old). */
export function tonePosition(s: Syllable, style: ToneStyle): number {
  return s.onset.length + (style === 'new' ? s.rhyme.new : s.rhyme.old);
}
