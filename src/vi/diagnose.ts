import { VncleanError } from '../errors.js';
import { CONFUSABLE_LATIN } from './confusables.js';
import { isLatinLetterCode, untonedWord, vowelOf } from './letters.js';
import { D_LOOKALIKES, INVISIBLES, SPACING_MARKS } from './lookalikes.js';
import { normalizeWith } from './normalize.js';
import { resolveNormalizeOptions } from './rules.js';
import { RHYMES } from './rhymes.js';
import { parseSyllable } from './syllable.js';

/**
 * What a text (or a corpus) needs before cleaning: which tone style it uses, how much of it was typed without
 * diacritics, and how many of each defect the normaliser would fix or has to leave alone.
 *
 * @example
 * const d = diagnose(corpusText);
 * d.toneStyle;          // { old: 1520, new: 64, dominant: 'old' }
 * d.withoutDiacritics;  // { lines: 12, of: 800, share: 0.015 }
 * d.defects;            // { 'unicode-compose': 3490, 'tone-misplaced': 73, … }
 */
export interface Diagnosis {
  /** Length in UTF-16 code units, and lines. */
  readonly characters: number;
  readonly lines: number;
  /** Syllables with a toned open oa, oe or uy, by placement: old ("hòa", "thủy") or new ("hoà", "thuỷ"). */
  readonly toneStyle: { readonly old: number; readonly new: number; readonly dominant: 'old' | 'new' | 'none' };
  /** Lines of Vietnamese (4+ words, 90% of them syllables) with no diacritic at all, out of all such lines. */
  readonly withoutDiacritics: { readonly lines: number; readonly of: number; readonly share: number };
  /**
   * Defects the normaliser fixes, per rule id (every rule behind an edit counts, so an NFD word whose tone also
   * moves counts for both). `nbsp` counts no-break spaces, fixed only on request.
   */
  readonly defects: Readonly<Record<string, number>>;
  /**
   * Characters left alone because they are not inside a Vietnamese syllable (in abbreviations, names, other
   * languages): look-alike letters and marks, invisibles, combining marks that do not compose.
   */
  readonly leftAlone: Readonly<Record<string, number>>;
}

const WORD = /\p{L}+/gu;
// Last two letters of a word that may be an open oa/oe/uy syllable (with any tone).
const OPEN_OA_OE_UY = /[oòóỏõọuùúủũụ][aàáảãạeèéẻẽẹyỳýỷỹỵ]$/iu;
const CENSUS_OPTIONS = resolveNormalizeOptions({ tone: 'preserve', nbsp: true });

// Text typed without diacritics has no vowel marks either: compare words against the table with marks stripped.
const strip = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/đ/gu, 'd');
const BARE_RHYMES: ReadonlySet<string> = new Set(RHYMES.map((r) => strip(r.rhyme)));
const BARE_ONSETS = ['ngh', 'ch', 'gh', 'gi', 'kh', 'ng', 'nh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'g', 'h', 'k',
  'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

/** Could the word be a Vietnamese syllable, diacritics ignored? (A heuristic for the census of bare lines.) */
function bareSyllable(word: string): boolean {
  const w = strip(word.toLowerCase());
  return BARE_ONSETS.some((onset) => w.startsWith(onset) && BARE_RHYMES.has(w.slice(onset.length)));
}

function styleOf(word: string): 'old' | 'new' | undefined {
  if (!OPEN_OA_OE_UY.test(word)) return undefined;
  const plain = untonedWord(word);
  const s = plain === undefined ? undefined : parseSyllable(plain);
  if (s === undefined || !['oa', 'oe', 'uy'].includes(s.rhyme.rhyme)) return undefined;
  const at = [...word].findIndex((ch) => (vowelOf(ch)?.[1] ?? 0) !== 0);
  return at === s.onset.length ? 'old' : at === s.onset.length + 1 ? 'new' : undefined;
}

function countLeftAlone(text: string, into: Record<string, number>): void {
  const add = (k: string): void => {
    into[k] = (into[k] ?? 0) + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const c = text.charCodeAt(i);
    const latinBefore = isLatinLetterCode(text.charCodeAt(i - 1));
    if (D_LOOKALIKES.has(ch)) add('lookalike-letter');
    else if (CONFUSABLE_LATIN.has(ch) && (latinBefore || isLatinLetterCode(text.charCodeAt(i + 1)))) add('lookalike-letter');
    else if (SPACING_MARKS.has(ch) && latinBefore) add('lookalike-mark');
    else if (INVISIBLES.has(ch)) add('invisible-char');
    else if (c >= 0x300 && c <= 0x36f) add('combining-mark');
  }
}

/**
 * Diagnoses a text: tone-style census, share of lines typed without diacritics, and a histogram of defects.
 * Reads the text only; nothing is changed.
 *
 * @example
 * diagnose('Tỉnh uỷ họp về hòa bình').toneStyle // { old: 1, new: 1, dominant: 'none' }
 */
export function diagnose(text: string): Diagnosis {
  if (typeof text !== 'string') {
    throw new VncleanError('ERR_VNCLEAN_INPUT', `text must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  const defects: Record<string, number> = {};
  const normalized = normalizeWith(text, CENSUS_OPTIONS, false, (rules) => {
    for (const r of rules) defects[r] = (defects[r] ?? 0) + 1;
  }).text;
  const census = { old: 0, new: 0 };
  let vietnameseLines = 0;
  let bare = 0;
  const lines = normalized.split('\n');
  for (const line of lines) {
    const words = line.match(WORD) ?? [];
    let syllables = 0;
    let marked = false;
    for (const w of words) {
      const style = styleOf(w);
      if (style !== undefined) census[style]++;
      if (bareSyllable(w)) syllables++;
      if (/[^\p{ASCII}]/u.test(w)) marked = true;
    }
    if (words.length >= 4 && syllables >= 0.9 * words.length) {
      vietnameseLines++;
      if (!marked) bare++;
    }
  }
  const leftAlone: Record<string, number> = {};
  countLeftAlone(normalized, leftAlone);
  return {
    characters: text.length,
    lines: lines.length,
    toneStyle: { ...census, dominant: census.old > census.new ? 'old' : census.new > census.old ? 'new' : 'none' },
    withoutDiacritics: { lines: bare, of: vietnameseLines, share: vietnameseLines === 0 ? 0 : bare / vietnameseLines },
    defects,
    leftAlone,
  };
}
