import { VncleanError } from './errors.js';
import { CATEGORIES, type Category } from './report.js';
import { RULE_IDS, type RuleId } from './rules/index.js';
import { resolveNormalizeOptions, type NormalizeOptions, type ResolvedNormalizeOptions } from './vi/rules.js';
import type { Profile } from './profile/format.js';
import { compileProfile, type CompiledProfile } from './profile/lookup.js';

/**
 * Options of a cleaner, validated once by {@link createCleaner}.
 *
 * @example
 * createCleaner({ rules: { 'duplicate-lines': false }, bylines: 'drop', phrases: { ad: ['Mua ngay hôm nay'] } })
 */
export interface CleanerOptions {
  /** Turn built-in rules on or off by id (all are on by default). */
  rules?: Partial<Record<RuleId, boolean>>;
  /** Photo and video captions: kept by default; repeats of a caption are always removed. */
  captions?: 'keep' | 'drop';
  /** Author and attribution lines: kept by default (and reported in `meta.bylines`); repeats always go. */
  bylines?: 'keep' | 'drop';
  /** Extra whole-line phrases per category, removed wherever they stand alone on a line. */
  phrases?: Partial<Record<Category, readonly string[]>>;
  /** Vietnamese normalisation after removal: on by default (old tone style); `false` turns it off. */
  normalize?: boolean | NormalizeOptions;
  /**
   * A site profile from `learnProfile`: lines that recur on a site are removed (rule `site-profile`), except the
   * article's own title and lead. Pass each document's site with `clean(text, { site })`.
   */
  profile?: Profile;
}

/**
 * Options for one document.
 *
 * @example
 * cleaner.clean(text, { title: 'Tiêu đề từ thẻ og:title' })
 */
export interface DocumentOptions {
  /** The article's title from page metadata; anchors title detection and duplicate removal. */
  title?: string;
  /** The document's site (host, e.g. "vnexpress.net"), to look it up in the cleaner's profile; null = none. */
  site?: string | null;
}

/** Cleaner options after validation, with defaults filled in. */
export interface ResolvedOptions {
  readonly enabled: ReadonlySet<RuleId>;
  readonly captions: 'keep' | 'drop';
  readonly bylines: 'keep' | 'drop';
  readonly phrases: Partial<Record<Category, readonly string[]>>;
  /** Undefined when normalisation is off. */
  readonly normalize: ResolvedNormalizeOptions | undefined;
  readonly profile: CompiledProfile | undefined;
}

const CLEANER_KEYS = new Set(['rules', 'captions', 'bylines', 'phrases', 'normalize', 'profile']);
const DOCUMENT_KEYS = new Set(['title', 'site']);

function fail(code: 'ERR_VNCLEAN_OPTION' | 'ERR_VNCLEAN_UNKNOWN_OPTION' | 'ERR_VNCLEAN_UNKNOWN_RULE', msg: string): never {
  throw new VncleanError(code, msg);
}

function plainObject(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('ERR_VNCLEAN_OPTION', `${name} must be an object, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

function checkKeys(obj: Record<string, unknown>, allowed: ReadonlySet<string>, where: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.has(key)) {
      fail('ERR_VNCLEAN_UNKNOWN_OPTION', `unknown ${where} option "${key}" (known: ${[...allowed].join(', ')})`);
    }
  }
}

function keepOrDrop(value: unknown, name: string): 'keep' | 'drop' {
  if (value === undefined) return 'keep';
  if (value !== 'keep' && value !== 'drop') fail('ERR_VNCLEAN_OPTION', `${name} must be "keep" or "drop"`);
  return value;
}

/** Validates cleaner options; throws a {@link VncleanError} with a stable code on any mistake. */
export function resolveOptions(options: unknown): ResolvedOptions {
  const o = options === undefined ? {} : plainObject(options, 'options');
  checkKeys(o, CLEANER_KEYS, 'cleaner');
  const enabled = new Set<RuleId>(RULE_IDS);
  if (o.rules !== undefined) {
    for (const [id, on] of Object.entries(plainObject(o.rules, 'options.rules'))) {
      if (!(RULE_IDS as readonly string[]).includes(id)) {
        fail('ERR_VNCLEAN_UNKNOWN_RULE', `unknown rule "${id}" (known: ${RULE_IDS.join(', ')})`);
      }
      if (typeof on !== 'boolean') fail('ERR_VNCLEAN_OPTION', `options.rules["${id}"] must be true or false`);
      if (on) enabled.add(id as RuleId);
      else enabled.delete(id as RuleId);
    }
  }
  const phrases: Partial<Record<Category, readonly string[]>> = {};
  if (o.phrases !== undefined) {
    for (const [category, list] of Object.entries(plainObject(o.phrases, 'options.phrases'))) {
      if (!(CATEGORIES as readonly string[]).includes(category)) {
        fail('ERR_VNCLEAN_OPTION', `options.phrases: unknown category "${category}" (known: ${CATEGORIES.join(', ')})`);
      }
      if (!Array.isArray(list) || !list.every((p) => typeof p === 'string')) {
        fail('ERR_VNCLEAN_OPTION', `options.phrases.${category} must be an array of strings`);
      }
      phrases[category as Category] = [...(list as string[])];
    }
  }
  return {
    enabled,
    captions: keepOrDrop(o.captions, 'options.captions'),
    bylines: keepOrDrop(o.bylines, 'options.bylines'),
    phrases,
    normalize: o.normalize === false ? undefined
      : resolveNormalizeOptions(o.normalize === true ? undefined : o.normalize, 'options.normalize'),
    profile: o.profile === undefined ? undefined : compileProfile(o.profile),
  };
}

/** Validates per-document options. */
export function resolveDocumentOptions(options: unknown): DocumentOptions {
  if (options === undefined) return {};
  const o = plainObject(options, 'document options');
  checkKeys(o, DOCUMENT_KEYS, 'document');
  if (o.title !== undefined && typeof o.title !== 'string') fail('ERR_VNCLEAN_OPTION', 'title must be a string');
  if (o.site !== undefined && o.site !== null && typeof o.site !== 'string') fail('ERR_VNCLEAN_OPTION', 'site must be a string');
  return { ...(o.title !== undefined && { title: o.title }), ...(typeof o.site === 'string' && { site: o.site }) };
}
