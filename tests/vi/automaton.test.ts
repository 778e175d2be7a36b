import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { C_END, C_OTHER, FLAGGED, scanAutomaton } from '../../src/vi/automaton.js';
import { buildTransitions } from '../../src/vi/automaton-build.js';
import { SCAN_TRANSITIONS } from '../../src/vi/automaton.generated.js';
import {
  BEYOND_CLASS, CLASS_SIZE, classOf, NBSP, needsLook, STYLE_NEW, STYLE_OLD, STYLE_PRESERVE,
} from '../../src/vi/fast-path.js';
import { isLatinLetterCode } from '../../src/vi/letters.js';
import { TONED_VOWELS } from '../../src/vi/tones.js';
import { corpusTexts, hasCorpus } from '../corpus.js';

/*
 * The normaliser trusts the scan automaton wherever it does not flag: so wherever the per-unit scan (needsLook)
 * would look closer, the automaton must flag — at that unit, or later in the same word, before the next
 * non-letter. These tests check that against needsLook itself: exhaustively on every vowel run of up to four
 * vowels between every kind of neighbour, on generated text, and on the corpus.
 */

const STYLES = [STYLE_OLD, STYLE_NEW, STYLE_PRESERVE] as const;

/** Every vowel letter, each with and without a tone (one tone stands for all five: only "toned or not" counts). */
const VOWEL_FORMS: readonly string[] = Object.values(TONED_VOWELS).flatMap((row) => [row[0]!, row[1]!]);

/** Positions where needsLook asks for a closer look (a no-break space only matters with the nbsp rule, off here). */
function looks(text: string, style: number): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const k = needsLook(text, i, style);
    if (k !== 0 && k !== NBSP) at.push(i);
  }
  return at;
}

/**
 * Positions where the automaton flags (the text's length for the end), restarting after each flag at the next
 * unit of class C_OTHER as the normaliser does.
 */
function flags(text: string, style: number, nbsp = false): number[] {
  const { classes, next, start } = scanAutomaton(style, nbsp);
  const at: number[] = [];
  let state = start;
  for (let i = 0; i < text.length; i++) {
    state = next[state + classes[text.charCodeAt(i)]!]!;
    if (state === FLAGGED) {
      at.push(i);
      while (i + 1 < text.length && classes[text.charCodeAt(i)] !== C_OTHER) i++;
      state = start;
    }
  }
  if (next[state + C_END] === FLAGGED) at.push(text.length);
  return at;
}

/**
 * Looks no flag covers. A flag sends the normaliser through the per-unit scan from the start of the flagged
 * stretch (after the last non-letter, class C_OTHER) to the next non-letter after the flag, so a look is covered
 * when a flag falls in the same stretch.
 */
function uncovered(text: string, style: number): number[] {
  const { classes } = scanAutomaton(style, false);
  const stretch = (i: number): number => {
    let k = i;
    while (k > 0 && classes[text.charCodeAt(k - 1)] !== C_OTHER) k--;
    return k;
  };
  const flagged = new Set(flags(text, style).map((f) => stretch(f)));
  return looks(text, style).filter((i) => !flagged.has(stretch(i)));
}

describe('the scan automaton', () => {
  it('is what automaton-build.ts builds today (else run: npx tsx scripts/gen-automaton.ts)', () => {
    for (const style of STYLES) {
      const { start, rows } = buildTransitions(style);
      expect(SCAN_TRANSITIONS[style]).toEqual({ start, rows: rows.flat() });
    }
  });

  it('flags a vowel run exactly when needsLook looks at one of its vowels (every run of up to 3 vowels)', () => {
    for (const style of STYLES) {
      let runs = [''];
      for (let length = 1; length <= 3; length++) {
        runs = runs.flatMap((r) => VOWEL_FORMS.map((v) => r + v));
        for (const run of runs) {
          for (const before of ['', 'x', 'q', 'g', 'Q', 'G', ' ']) {
            for (const after of ['', 'n', ' ', 'G', '.']) {
              const text = before + run + after;
              const looked = looks(text, style).length > 0;
              if ((flags(text, style).length > 0) !== looked) throw new Error(`style ${style}: ${JSON.stringify(text)} looked ${looked}`);
            }
          }
        }
      }
    }
  });

  it('agrees on every run of 4 vowels after q, g or another letter, closed or open', () => {
    let disagreements = 0;
    let checked = 0;
    for (const a of VOWEL_FORMS) for (const b of VOWEL_FORMS) for (const c of VOWEL_FORMS) for (const d of VOWEL_FORMS) {
      for (const before of ['x', 'q', 'g']) {
        for (const after of ['n', ' ']) {
          const text = before + a + b + c + d + after;
          checked++;
          if ((flags(text, STYLE_OLD).length > 0) !== (looks(text, STYLE_OLD).length > 0)) disagreements++;
        }
      }
    }
    expect(checked).toBe(24 ** 4 * 6);
    expect(disagreements).toBe(0);
  });

  it('covers every look on generated Vietnamese-like text (letters, marks, look-alikes, spaces, punctuation)', () => {
    const unit = fc.constantFrom(
      ...VOWEL_FORMS, 'ờ', 'ữ', 'ạ', 'Ú', 'Ỷ', 'q', 'g', 'u', 'i', 'n', 'h', 't', 'Đ', 'Ð', 'ð', '\u0300', '\u0301', '\u0323',
      '\u200b', '\u00a0', '\u00b4', 'а', 'о', 'ǎ', '\ufeff', ' ', '.', '-', '\n', '1', '😀',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.constantFrom(...STYLES), (units, style) => {
        const text = units.join('');
        expect({ text, uncovered: uncovered(text, style) }).toEqual({ text, uncovered: [] });
      }),
      { numRuns: 20_000 },
    );
  });

  it('flags a misplaced tone where its vowel run ends, and nothing in clean text', () => {
    expect(looks('tòan', STYLE_OLD)).toEqual([1]);
    expect(flags('tòan', STYLE_OLD)).toEqual([3]); // at the n that closes the vowel run
    expect(flags('toàn tò hòa', STYLE_OLD)).toEqual([]);
    expect(flags('toàn tò hòa', STYLE_NEW)).toEqual([11]); // hòa, at the end of the text
  });

  it('has every unit beyond CLASS_SIZE but those of BEYOND_CLASS as a non-letter (what the class table assumes)', () => {
    const odd: number[] = [];
    for (let c = CLASS_SIZE; c < 0x10000; c++) {
      if (!BEYOND_CLASS.has(c) && (classOf(c) !== 0 || isLatinLetterCode(c) || (c | 32) === 113 || (c | 32) === 103)) odd.push(c);
    }
    expect(odd).toEqual([]);
    const { classes } = scanAutomaton(STYLE_OLD, false);
    for (const c of BEYOND_CLASS.keys()) expect(classes[c]).not.toBe(C_OTHER);
  });

  it('treats no-break spaces as a look only when that rule is on', () => {
    expect(flags('a\u00a0b', STYLE_OLD, false)).toEqual([]);
    expect(flags('a\u00a0b', STYLE_OLD, true)).toEqual([1]);
  });

  it.runIf(hasCorpus)('covers every look on every corpus text, as found and decomposed', () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(200);
    for (const [name, text] of texts) {
      for (const sample of [text, text.normalize('NFD')]) {
        for (const style of STYLES) expect({ name, style, uncovered: uncovered(sample, style) }).toEqual({ name, style, uncovered: [] });
      }
    }
  });
});
