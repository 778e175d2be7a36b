/**
 * Generates the test vectors of the Vietnamese normaliser: every syllable that Vietnamese spelling allows
 * (onset × rhyme × tone) × input form × casing × target style, each with the expected output derived from the
 * placement table (src/vi/rhymes.ts). The spelling rules here are written independently of src/vi/syllable.ts,
 * so the vector test also checks the parser.
 */
import { RHYMES, STOP_CODAS, VOWELS, type Rhyme } from '../../src/vi/rhymes.js';

export type Form = 'nfc' | 'nfd' | 'combining-tone' | 'misplaced' | 'double-tone' | 'replaced-tone' | 'mark-order';
export type Casing = 'lower' | 'upper' | 'title';
export type Style = 'old' | 'new' | 'preserve';

export interface Vector {
  readonly input: string;
  readonly expected: string;
  readonly style: Style;
  readonly form: Form;
  readonly casing: Casing;
  /** The syllable in NFC lowercase with the tone where the input had it (for messages). */
  readonly syllable: string;
}

/** Combining tone marks, by tone number 1–5 (huyền, sắc, hỏi, ngã, nặng). */
export const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p',
  'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];

/**
 * Spelling rules, as a reader of a Vietnamese grammar would state them:
 * - k, gh, ngh before e, ê, i (and iê, ia, y for k); c, g, ng elsewhere; gi never before i or y.
 * - q only as qu, and qu is followed by a, ă, â, e, ê, ơ, ô or y (or the old spelling qui).
 * - no medial o/u after b, m, p, ph, v (labials), nor after c, k, gh, ngh, gi, qu.
 * - iê is written yê with no onset; y alone after a consonant; rhymes marked 'qu' or 'gi' only after them.
 */
function spellable(onset: string, r: Rhyme): boolean {
  const first = r.rhyme[0]!;
  if (r.kind === 'qu' || r.kind === 'gi') return onset === r.kind;
  if (r.kind === 'medial') return !['b', 'm', 'p', 'ph', 'v', 'c', 'k', 'gh', 'ngh', 'gi', 'qu'].includes(onset);
  if (onset === 'qu') return 'aăâeêơôy'.includes(first) || r.rhyme === 'i';
  if (onset === 'gi') return first !== 'i' && first !== 'y';
  if (onset === 'k') return 'eêiy'.includes(first);
  if (onset === 'gh' || onset === 'ngh') return 'eêi'.includes(first);
  if (onset === 'c' || onset === 'ng') return !'eêiy'.includes(first);
  // g before i only where gi cannot be read: gì, gìn.
  if (onset === 'g') return first === 'i' ? r.rhyme.length === 1 || !VOWELS.includes(r.rhyme[1]!) : !'eêiy'.includes(first);
  if (onset === '') return !r.rhyme.startsWith('iê');
  return first !== 'y' || r.rhyme === 'y';
}

function vowelCount(rhyme: string): number {
  let n = 0;
  while (n < rhyme.length && VOWELS.includes(rhyme[n]!)) n++;
  return n;
}

/** The word with `tone` on the letter at `at`, as NFC (composed by the platform, not by src/vi). */
function withToneAt(word: string, at: number, tone: number): string {
  if (tone === 0) return word;
  return (word.slice(0, at + 1) + TONE_MARKS[tone] + word.slice(at + 1)).normalize('NFC');
}

function applyCase(s: string, casing: Casing): string {
  if (casing === 'upper') return s.toUpperCase();
  if (casing === 'title') return s.charAt(0).toUpperCase() + s.slice(1);
  return s;
}

/** One spellable syllable: its letters (NFC, no tone), tone, and the positions the table gives. */
export interface SyllableCase {
  readonly word: string;
  readonly onset: string;
  readonly rhyme: Rhyme;
  readonly tone: number;
  readonly old: number;
  readonly new: number;
}

/** Every spellable syllable with every tone it can carry (stops: sắc and nặng only). */
export function syllables(): SyllableCase[] {
  const out: SyllableCase[] = [];
  for (const onset of ONSETS) {
    for (const rhyme of RHYMES) {
      if (!spellable(onset, rhyme)) continue;
      const coda = rhyme.rhyme.slice(vowelCount(rhyme.rhyme));
      const tones = STOP_CODAS.has(coda) ? [2, 5] : [0, 1, 2, 3, 4, 5];
      for (const tone of tones) {
        out.push({ word: onset + rhyme.rhyme, onset, rhyme, tone, old: onset.length + rhyme.old, new: onset.length + rhyme.new });
      }
    }
  }
  return out;
}

const CASINGS = ['lower', 'upper', 'title'] as const;

function wanted(style: Style, form: Form, casing: Casing): boolean {
  if (style === 'preserve') return casing === 'lower' && form === 'nfc';
  return casing === 'lower' || (form !== 'replaced-tone' && form !== 'mark-order');
}

/** The letter that has a combinable vowel mark above (â ê ô ă), split into base and mark, or undefined. */
const MARK_ABOVE: Readonly<Record<string, string>> = { â: 'a\u0302', ê: 'e\u0302', ô: 'o\u0302', ă: 'a\u0306' };

/**
 * All vectors. Old and new style get every form in every casing (replaced-tone and mark-order in lowercase only,
 * they test marks, not case); 'preserve' gets NFC and misplaced inputs in lowercase.
 */
export function vectors(): Vector[] {
  const out: Vector[] = [];
  for (const s of syllables()) {
    const placements = s.tone === 0 ? [-1] : [...new Set([s.old, s.new])];
    const vowelPositions: number[] = [];
    for (let i = 0; i < s.word.length; i++) if (VOWELS.includes(s.word[i]!)) vowelPositions.push(i);
    for (const style of ['old', 'new', 'preserve'] as const) {
      const target = style === 'new' ? s.new : s.old;
      for (const placed of placements) {
        const inputs: [Form, string][] = [];
        const nfc = withToneAt(s.word, placed, s.tone);
        inputs.push(['nfc', nfc], ['nfd', nfc.normalize('NFD')]);
        if (s.tone !== 0) {
          const head = s.word.slice(0, placed + 1);
          const tail = s.word.slice(placed + 1);
          inputs.push(['combining-tone', head + TONE_MARKS[s.tone] + tail]);
          inputs.push(['double-tone', nfc.slice(0, placed + 1) + TONE_MARKS[s.tone] + nfc.slice(placed + 1)]);
          const other = s.tone === 2 ? 5 : 2;
          inputs.push(['replaced-tone', withToneAt(s.word, placed, other).slice(0, placed + 1) + TONE_MARKS[s.tone] + tail]);
          const split = MARK_ABOVE[s.word[placed]!];
          if (split !== undefined && s.tone !== 5) {
            inputs.push(['mark-order', s.word.slice(0, placed) + split[0] + TONE_MARKS[s.tone] + split[1] + tail]);
          }
        }
        const expectedTone = style === 'preserve' ? placed : target;
        const expected = withToneAt(s.word, expectedTone, s.tone);
        for (const casing of CASINGS) {
          for (const [form, input] of inputs) {
            if (!wanted(style, form, casing)) continue;
            out.push({ input: applyCase(input, casing), expected: applyCase(expected, casing), style, form, casing, syllable: nfc });
          }
        }
      }
      // Misplaced: the tone on any other vowel letter (including the u of qu and the i of gi) is moved.
      if (s.tone !== 0) {
        for (const at of vowelPositions) {
          if (at === s.old || at === s.new) continue;
          const input = withToneAt(s.word, at, s.tone);
          const expected = withToneAt(s.word, target, s.tone);
          for (const casing of style === 'preserve' ? (['lower'] as const) : CASINGS) {
            out.push({ input: applyCase(input, casing), expected: applyCase(expected, casing), style, form: 'misplaced', casing, syllable: input });
          }
        }
      }
    }
  }
  return out;
}
