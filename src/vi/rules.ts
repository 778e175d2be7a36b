import { VncleanError } from '../errors.js';
import type { ToneStyle } from './syllable.js';

/**
 * Rule ids of the Vietnamese normaliser: stable, kebab-case, and the counter names of `stats.editsByRule`.
 * Order = precedence: when one edit fixes several things in a word, it carries the first rule that applies
 * (substance before form) and its reason lists them all.
 */
export const NORMALIZE_RULES = [
  'lookalike-letter',
  'lookalike-mark',
  'double-tone',
  'tone-misplaced',
  'tone-placement',
  'mark-order',
  'unicode-compose',
  'invisible-char',
  'nbsp',
] as const;

/** One of {@link NORMALIZE_RULES}. */
export type NormalizeRuleId = (typeof NORMALIZE_RULES)[number];

/**
 * Options of {@link normalizeVietnamese} (and of `clean(text, { normalize: … })`).
 *
 * @example
 * normalizeVietnamese(text, { tone: 'new', nbsp: true, rules: { 'lookalike-letter': false } })
 */
export interface NormalizeOptions {
  /** Tone placement in open oa/oe/uy: 'old' ("hòa", default), 'new' ("hoà"), or 'preserve' what is there. */
  tone?: ToneStyle;
  /** Turn no-break spaces (U+00A0, U+202F) into plain spaces. Off by default. */
  nbsp?: boolean;
  /** Turn rules off by id (all on by default; `nbsp` is governed by the `nbsp` option). */
  rules?: Partial<Record<NormalizeRuleId, boolean>>;
}

/** Normalisation options after validation. */
export interface ResolvedNormalizeOptions {
  readonly style: ToneStyle;
  readonly enabled: ReadonlySet<NormalizeRuleId>;
}

const KEYS = new Set(['tone', 'nbsp', 'rules']);

/**
 * One resolved object per distinct setting, so that what the normaliser keeps per options object (its cache of fixed
 * words, normalize.ts) is shared by every call with equal options, literal objects included. The objects are frozen
 * and nothing changes their rule sets. Held for the life of the process, with their caches: so at most
 * MAX_RESOLVED settings are kept (a program uses a few); past that a setting gets an object of its own, as before.
 */
const RESOLVED = new Map<string, ResolvedNormalizeOptions>();
const MAX_RESOLVED = 32;
const STYLES: readonly string[] = ['old', 'new', 'preserve'];

/**
 * Validates normalisation options; throws a {@link VncleanError} with a stable code on unknown keys or wrong types.
 *
 * @example
 * resolveNormalizeOptions({ tone: 'new' }).style // 'new'
 */
export function resolveNormalizeOptions(options: unknown, where = 'normalize'): ResolvedNormalizeOptions {
  if (options === undefined) return DEFAULTS;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new VncleanError('ERR_VNCLEAN_OPTION', `${where} options must be an object`);
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!KEYS.has(key)) {
      throw new VncleanError('ERR_VNCLEAN_UNKNOWN_OPTION', `unknown ${where} option "${key}" (known: ${[...KEYS].join(', ')})`);
    }
  }
  if (o.tone !== undefined && (typeof o.tone !== 'string' || !STYLES.includes(o.tone))) {
    throw new VncleanError('ERR_VNCLEAN_OPTION', `${where}.tone must be "old", "new" or "preserve"`);
  }
  if (o.nbsp !== undefined && typeof o.nbsp !== 'boolean') {
    throw new VncleanError('ERR_VNCLEAN_OPTION', `${where}.nbsp must be true or false`);
  }
  const enabled = new Set<NormalizeRuleId>(NORMALIZE_RULES.filter((r) => r !== 'nbsp'));
  if (o.nbsp === true) enabled.add('nbsp');
  if (o.rules !== undefined) {
    if (typeof o.rules !== 'object' || o.rules === null || Array.isArray(o.rules)) {
      throw new VncleanError('ERR_VNCLEAN_OPTION', `${where}.rules must be an object`);
    }
    for (const [id, on] of Object.entries(o.rules)) {
      if (!(NORMALIZE_RULES as readonly string[]).includes(id) || id === 'nbsp') {
        throw new VncleanError('ERR_VNCLEAN_UNKNOWN_RULE', `unknown normalisation rule "${id}" (known: ${NORMALIZE_RULES.filter((r) => r !== 'nbsp').join(', ')})`);
      }
      if (typeof on !== 'boolean') throw new VncleanError('ERR_VNCLEAN_OPTION', `${where}.rules["${id}"] must be true or false`);
      if (!on) enabled.delete(id as NormalizeRuleId);
    }
  }
  const style = (o.tone as ToneStyle | undefined) ?? 'old';
  const id = `${style}:${NORMALIZE_RULES.map((r) => (enabled.has(r) ? 1 : 0)).join('')}`;
  let resolved = RESOLVED.get(id);
  if (resolved === undefined) {
    resolved = Object.freeze({ style, enabled });
    if (RESOLVED.size < MAX_RESOLVED) RESOLVED.set(id, resolved);
  }
  return resolved;
}

const DEFAULTS: ResolvedNormalizeOptions = resolveNormalizeOptions({});
