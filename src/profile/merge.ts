import { VncleanError } from '../errors.js';
import type { LineCounts } from './codec.js';
import { fingerprintParts } from './fingerprint.js';
import { decodeProfile, profileOf, type DecodedProfile, type Profile, type ProfileSettings } from './format.js';
import { LineTable } from './table.js';

const sameSettings = (a: ProfileSettings, b: ProfileSettings): boolean =>
  a.minDocuments === b.minDocuments && a.minShare === b.minShare && a.maxWords === b.maxWords && a.capacity === b.capacity;

/**
 * Merges profiles learned on shards of a crawl into exactly the profile one pass over the whole crawl gives,
 * whatever the order of the arguments or how the crawl was split (see src/profile/table.ts for why this is exact
 * even once the capacity is reached). Throws `ERR_VNCLEAN_PROFILE` for a malformed or trimmed profile, or when
 * the profiles were learned with different settings.
 *
 * @example
 * const profile = mergeProfiles(learnProfile(shardA), learnProfile(shardB));
 */
export function mergeProfiles(...profiles: readonly unknown[]): Profile {
  if (profiles.length === 0) throw new VncleanError('ERR_VNCLEAN_PROFILE', 'mergeProfiles needs at least one profile');
  const decoded = profiles.map((p, i) => {
    const d = decodeProfile(p);
    if (d.trimmed) {
      throw new VncleanError('ERR_VNCLEAN_PROFILE', `profile ${i} is trimmed (trimProfile): only untrimmed profiles merge exactly`);
    }
    return d;
  });
  const { settings } = decoded[0]!;
  if (decoded.some((d) => !sameSettings(d.settings, settings))) {
    throw new VncleanError('ERR_VNCLEAN_PROFILE', 'profiles learned with different settings cannot be merged');
  }
  const table = new LineTable(settings.capacity);
  table.raiseLevel(Math.max(...decoded.map((d) => d.level)));
  for (const d of decoded) {
    for (const s of d.sites) {
      const site = table.addDocuments(s.site, s.documents);
      for (const l of s.lines) {
        const { hi, lo } = fingerprintParts(l.fp);
        table.add(site, hi, lo, l.before, l.inside, l.after);
      }
    }
  }
  return profileOf(settings, table.level, false, table.entries());
}

/** Whether a line is boilerplate on its site under the profile's thresholds. */
export function passes(settings: ProfileSettings, siteDocuments: number, line: LineCounts): boolean {
  const documents = line.before + line.inside + line.after;
  return documents >= settings.minDocuments && documents >= settings.minShare * siteDocuments;
}

/** Keeps only what cleaning uses. */
export function trimDecoded(profile: DecodedProfile): DecodedProfile {
  return {
    ...profile,
    trimmed: true,
    sites: profile.sites
      .map((s) => ({ ...s, lines: s.lines.filter((l) => passes(profile.settings, s.documents, l)) }))
      .filter((s) => s.lines.length > 0),
  };
}

/**
 * Drops the lines below the profile's thresholds (and sites left without lines): the profile a cleaner needs,
 * a few kilobytes, cleaning exactly as the full one does. A trimmed profile can no longer be merged.
 *
 * @example
 * writeFileSync('profile.json', JSON.stringify(trimProfile(learnProfile(records))));
 */
export function trimProfile(profile: unknown): Profile {
  const t = trimDecoded(decodeProfile(profile));
  return profileOf(t.settings, t.level, true, t.sites);
}
