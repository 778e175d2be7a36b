import { normalizeVietnamese } from '../vi/normalize.js';

/**
 * What `toBeNormalizedVietnamese()` reports: the spots `normalizeVietnamese` would change, and, when no style is
 * required, tone placement that mixes the old and new styles in one text.
 */

/** One spot in a text that is not normalised Vietnamese. */
export interface NormalizationDefect {
  /** The normaliser's rule id (`unicode-compose`, `lookalike-letter`, `tone-misplaced`, …) or `mixed-tone-style`. */
  readonly kind: string;
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

// Open rhymes oa/oe/uy at the end of a syllable (not after q, where u belongs to the onset): the two styles
// put the tone on different vowels.
const NEW_STYLE = /(?<!q)(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}\p{M}])/giu;
const OLD_STYLE = /(?<!q)(?:[òóỏõọ][ae]|[ùúủũụ]y)(?![\p{L}\p{M}])/giu;

function matches(text: string, pattern: RegExp): { start: number; end: number; text: string }[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/**
 * The spots in `text` that are not normalised Vietnamese, by the normaliser's own judgement (with the required
 * tone style, or preserving the style when none is required), plus mixed styles when none is required.
 *
 * @example
 * normalizationDefects('Ðà Nẵng').map((d) => d.kind) // ['lookalike-letter']
 */
export function normalizationDefects(text: string, options: NormalizationCheckOptions = {}): NormalizationDefect[] {
  const { edits, text: normalised } = normalizeVietnamese(text, { tone: options.tonePlacement ?? 'preserve' });
  const defects: NormalizationDefect[] = edits.map((e) => ({
    kind: e.rule, start: e.start, end: e.end, text: e.before, why: `${e.reason}: "${e.before}" → "${e.after}"`,
  }));
  if (options.tonePlacement !== undefined || defects.length > 0) return defects;
  const styles = { old: matches(normalised, OLD_STYLE), new: matches(normalised, NEW_STYLE) };
  if (styles.old.length === 0 || styles.new.length === 0) return defects;
  const wrong = styles.old.length < styles.new.length ? 'old' : 'new';
  const expected = wrong === 'old' ? 'new' : 'old';
  return styles[wrong].map((m) => ({
    kind: 'mixed-tone-style', ...m, why: `${wrong}-style tone placement "${m.text}" (the text mostly uses the ${expected} style)`,
  }));
}
