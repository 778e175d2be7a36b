import { VncleanError, type VncleanErrorCode } from '../errors.js';
import { decodeLines } from './codec.js';

/** The `format` tag of every profile. */
export const PROFILE_FORMAT = 'vnclean-profile';
/**
 * The profile format version this vnclean reads and writes. A profile from a newer version is refused.
 *
 * @example
 * if (profile.version !== PROFILE_VERSION) relearn();
 */
export const PROFILE_VERSION = 1;

/**
 * How a profile was learned and when one of its lines counts as boilerplate. Part of a profile's identity:
 * profiles merge only when their settings are equal.
 *
 * @example
 * learnProfile(records, { minDocuments: 4 }).settings
 * // { minDocuments: 4, minShare: 0, maxWords: 60, capacity: 2097152 }
 */
export interface ProfileSettings {
  /** A line is boilerplate on a site when it occurs in at least this many of the site's documents. */
  readonly minDocuments: number;
  /** …and in at least this share (0–1) of the site's documents. */
  readonly minShare: number;
  /** Lines with more words are never counted: article paragraphs, not boilerplate, and they would fill memory. */
  readonly maxWords: number;
  /** Most distinct lines (over all sites) counted exactly; beyond it counting is sampled (see `level`). */
  readonly capacity: number;
}

/**
 * One site's part of a profile.
 *
 * @example
 * { site: 'vnexpress.net', documents: 30, lines: 412, data: 'gICA…' }
 */
export interface ProfileSite {
  /** The host (lower case, without "www."), or '' for documents learned without a site. */
  readonly site: string;
  /** Documents of this site seen while learning. */
  readonly documents: number;
  /** Number of line records in `data`. */
  readonly lines: number;
  /** The line records: fingerprints of canonical keys with where they sat (see src/profile/codec.ts). */
  readonly data: string;
}

/**
 * What a crawl taught about its sites' boilerplate: for each site, how many documents contain each line and
 * where in the page it sat. A plain JSON value (store it with `JSON.stringify`). It holds fingerprints, never
 * the publishers' text. Learn it with `learnProfile`, combine shards with `mergeProfiles`, shrink it for
 * cleaning with `trimProfile`, use it with `createCleaner({ profile })`.
 *
 * @example
 * const profile = learnProfile(records);
 * writeFileSync('profile.json', JSON.stringify(profile));
 */
export interface Profile {
  readonly format: typeof PROFILE_FORMAT;
  readonly version: typeof PROFILE_VERSION;
  readonly settings: ProfileSettings;
  /**
   * Sampling level: 0 while every line fit in `capacity`. At level n only lines whose fingerprint has its n
   * lowest sampling bits zero are counted (a fixed 1/2^n of all lines, the same in every shard).
   */
  readonly level: number;
  /** True when lines below the thresholds were dropped (`trimProfile`): smaller, but no longer mergeable. */
  readonly trimmed: boolean;
  /** Sorted by `site` (code-unit order). */
  readonly sites: readonly ProfileSite[];
}

/** A profile that passed {@link checkProfile}: its `data` strings decode, so readers need not check again. */
export interface CheckedProfile {
  readonly settings: ProfileSettings;
  readonly level: number;
  readonly trimmed: boolean;
  readonly sites: readonly ProfileSite[];
}

/** Writes a profile from encoded sites (sorted by site). */
export function profileOf(settings: ProfileSettings, level: number, trimmed: boolean, sites: readonly ProfileSite[]): Profile {
  return { format: PROFILE_FORMAT, version: PROFILE_VERSION, settings: { ...settings }, level, trimmed, sites: [...sites] };
}

export const DEFAULT_SETTINGS: ProfileSettings = {
  minDocuments: 2,
  minShare: 0,
  maxWords: 60,
  capacity: 2 ** 21,
};

/**
 * The site key a profile uses: trimmed, lower case (hosts are case-insensitive), without a leading "www.".
 *
 * @example
 * normalizeSite(' WWW.VnExpress.net ') // 'vnexpress.net'
 */
export function normalizeSite(site: string | undefined): string {
  const s = (site ?? '').trim().toLowerCase();
  return s.startsWith('www.') ? s.slice(4) : s;
}

function bad(message: string, code: VncleanErrorCode = 'ERR_VNCLEAN_PROFILE'): never {
  throw new VncleanError(code, code === 'ERR_VNCLEAN_PROFILE' ? `invalid profile: ${message}` : message);
}

const isCount = (v: unknown, max = Number.MAX_SAFE_INTEGER): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

/** Checks learning settings (from options or from a profile); throws `ERR_VNCLEAN_PROFILE` on a bad one. */
export function checkSettings(
  s: Record<string, unknown>,
  where: string,
  code: VncleanErrorCode = 'ERR_VNCLEAN_PROFILE',
): ProfileSettings {
  const { minDocuments, minShare, maxWords, capacity } = s;
  if (!isCount(minDocuments) || minDocuments < 1) bad(`${where}.minDocuments must be an integer ≥ 1`, code);
  if (typeof minShare !== 'number' || !(minShare >= 0 && minShare <= 1)) bad(`${where}.minShare must be a number in [0, 1]`, code);
  if (!isCount(maxWords) || maxWords < 1) bad(`${where}.maxWords must be an integer ≥ 1`, code);
  if (!isCount(capacity, 2 ** 26) || capacity < 16) bad(`${where}.capacity must be an integer in [16, 2^26]`, code);
  return { minDocuments, minShare, maxWords, capacity };
}

/**
 * Validates a value as a {@link Profile}, decoding every line record once. Throws a `VncleanError` with code
 * `ERR_VNCLEAN_PROFILE` and a message that names the problem.
 *
 * @example
 * checkProfile(JSON.parse(readFileSync('profile.json', 'utf8')));
 */
export function checkProfile(value: unknown): CheckedProfile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) bad('not an object (expected the JSON of learnProfile)');
  const p = value as Record<string, unknown>;
  if (p.format !== PROFILE_FORMAT) bad(`format must be "${PROFILE_FORMAT}"`);
  if (p.version !== PROFILE_VERSION) {
    bad(isCount(p.version) && p.version > PROFILE_VERSION
      ? `version ${p.version} was written by a newer vnclean (this one reads version ${PROFILE_VERSION})`
      : `version must be ${PROFILE_VERSION}`);
  }
  if (typeof p.settings !== 'object' || p.settings === null) bad('settings must be an object');
  const settings = checkSettings(p.settings as Record<string, unknown>, 'settings');
  if (!isCount(p.level, 32)) bad('level must be an integer in [0, 32]');
  if (typeof p.trimmed !== 'boolean') bad('trimmed must be true or false');
  if (!Array.isArray(p.sites)) bad('sites must be an array');
  const sites: ProfileSite[] = [];
  let previous: string | undefined;
  for (const [i, entry] of (p.sites as unknown[]).entries()) {
    const s = entry as Record<string, unknown> | null;
    if (typeof s !== 'object' || s === null) bad(`sites[${i}] must be an object`);
    if (typeof s.site !== 'string' || normalizeSite(s.site) !== s.site) bad(`sites[${i}].site must be a normalised host`);
    if (previous !== undefined && !(previous < s.site)) bad(`sites must be sorted by site without repeats (at ${i})`);
    previous = s.site;
    if (!isCount(s.documents) || !isCount(s.lines) || typeof s.data !== 'string') {
      bad(`sites[${i}] needs integer documents and lines and a string data`);
    }
    const documents = s.documents;
    let overcounted = false;
    const count = decodeLines(s.data, (_, before, inside, after) => {
      if (before + inside + after > documents) overcounted = true;
    });
    if (count !== s.lines) bad(`sites[${i}].data does not hold ${s.lines} line records`);
    if (overcounted) bad(`sites[${i}] counts a line in more documents than it has`);
    sites.push({ site: s.site, documents, lines: count, data: s.data });
  }
  return { settings, level: p.level, trimmed: p.trimmed, sites };
}
