/**
 * What `toBeNormalizedVietnamese()` looks for until the normaliser (issue 3, `normalizeVietnamese(text)`)
 * lands: the defects it fixes that can be seen without it. Once it exists, a text is normalised exactly when
 * the normaliser makes no edit, and this file is replaced by a call to it (see the report of issue 4).
 */

/** One spot in a text that the normaliser would change. */
export interface NormalizationDefect {
  readonly kind: 'not-nfc' | 'stray-mark' | 'lookalike-d' | 'invisible' | 'tone-placement';
  /** Offsets into the text (UTF-16). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly why: string;
}

/**
 * Options of `toBeNormalizedVietnamese()`.
 *
 * @example
 * expect(result).toBeNormalizedVietnamese({ tonePlacement: 'old' });
 */
export interface NormalizationCheckOptions {
  /**
   * Require one tone-placement style ('old': hòa, thủy; 'new': hoà, thuỷ). Default: either, but not both; in a
   * mixed text the less frequent style is reported (the new style on a tie, as the normaliser defaults to old).
   */
  readonly tonePlacement?: 'old' | 'new';
}

// A base character with its combining marks. After NFC a Vietnamese letter carries none; what remains is stray.
const MARKED = /\P{M}\p{M}+|^\p{M}+/gu;
const LOOKALIKE_D = /[\u00d0\u00f0\u0189\u0256]/gu;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
// Open rhymes oa/oe/uy at the end of a syllable (not after q, where u belongs to the onset): the two styles
// put the tone on different vowels.
const NEW_STYLE = /(?<!q)(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}\p{M}])/giu;
const OLD_STYLE = /(?<!q)(?:[òóỏõọ][ae]|[ùúủũụ]y)(?![\p{L}\p{M}])/giu;

const hex = (s: string): string => [...s].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

function matches(text: string, pattern: RegExp): { start: number; end: number; text: string }[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/**
 * The spots in `text` that are not normalised Vietnamese: not NFC, stray combining marks, look-alike Đ,
 * zero-width characters, and tone placement that mixes the old and new styles (or breaks the one required).
 * Tone placement is only judged once the text is NFC (a decomposed text is reported as such first).
 *
 * @example
 * normalizationDefects('Ðà Nẵng').map((d) => d.kind) // ['lookalike-d']
 */
export function normalizationDefects(text: string, options: NormalizationCheckOptions = {}): NormalizationDefect[] {
  const defects: NormalizationDefect[] = [];
  for (const m of matches(text, MARKED)) {
    const composed = m.text.normalize('NFC');
    if (composed !== m.text) {
      defects.push({ kind: 'not-nfc', ...m, why: `not composed (NFC): ${hex(m.text)} should be ${hex(composed)}` });
    } else {
      defects.push({ kind: 'stray-mark', ...m, why: `combining mark left over after composition: ${hex(m.text)}` });
    }
  }
  for (const m of matches(text, LOOKALIKE_D)) {
    defects.push({ kind: 'lookalike-d', ...m, why: `look-alike ${hex(m.text)} instead of Đ U+0110 / đ U+0111` });
  }
  for (const m of matches(text, INVISIBLE)) {
    defects.push({ kind: 'invisible', ...m, why: `invisible character ${hex(m.text)}` });
  }
  const composed = text.normalize('NFC') === text;
  const styles = { old: composed ? matches(text, OLD_STYLE) : [], new: composed ? matches(text, NEW_STYLE) : [] };
  const wrong = options.tonePlacement === 'old' ? 'new' : options.tonePlacement === 'new' ? 'old'
    : styles.old.length > 0 && styles.new.length > 0 ? (styles.old.length < styles.new.length ? 'old' : 'new')
    : undefined;
  if (wrong !== undefined) {
    const expected = wrong === 'old' ? 'new' : 'old';
    const because = options.tonePlacement ? `${expected} style required` : `the text mostly uses the ${expected} style`;
    for (const m of styles[wrong]) {
      defects.push({ kind: 'tone-placement', ...m, why: `${wrong}-style tone placement "${m.text}" (${because})` });
    }
  }
  return defects.sort((a, b) => a.start - b.start);
}
