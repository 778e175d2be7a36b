import { decodeLines, type LineCounts } from './codec.js';
import { fingerprintKey, fingerprintNumber } from './fingerprint.js';
import { checkProfile, normalizeSite } from './format.js';
import { passes } from './merge.js';

/** What a profile says about one site's recurring lines, ready for lookups while cleaning. */
export interface SiteProfile {
  readonly site: string;
  readonly documents: number;
  /** The counts of a line (by canonical key) that is boilerplate on this site, or undefined. */
  lookup(key: string): LineCounts | undefined;
}

/** A validated profile compiled for cleaning: only lines above the thresholds, indexed by fingerprint. */
export interface CompiledProfile {
  /** The site's part, or undefined when the profile knows no boilerplate of that site. */
  forSite(site: string | undefined): SiteProfile | undefined;
}

/**
 * Validates and compiles a profile (throws `ERR_VNCLEAN_PROFILE` on a malformed one).
 *
 * @example
 * compileProfile(profile).forSite('vnexpress.net')?.lookup(canonicalKey(line))
 */
export function compileProfile(profile: unknown): CompiledProfile {
  const { settings, sites } = checkProfile(profile);
  const bySite = new Map<string, SiteProfile>();
  for (const s of sites) {
    const lines = new Map<number, LineCounts>();
    decodeLines(s.data, (fp, before, inside, after) => {
      if (passes(settings, s.documents, before + inside + after)) lines.set(fp, { fp, before, inside, after });
    });
    if (lines.size === 0) continue;
    bySite.set(s.site, {
      site: s.site,
      documents: s.documents,
      lookup: (key) => lines.get(fingerprintNumber(fingerprintKey(key))),
    });
  }
  return { forSite: (site) => bySite.get(normalizeSite(site)) };
}

/**
 * The profile a rule sees for the document being cleaned. Carried beside the RuleContext (src/rules/types.ts)
 * rather than inside it, so the profile feature stays in its own files.
 */
export interface ProfileContext {
  readonly siteProfile?: SiteProfile | undefined;
}
