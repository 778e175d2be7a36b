import { VncleanError } from '../errors.js';
import { decodeLines, LineEncoder } from './codec.js';
import { fingerprintParts } from './fingerprint.js';
import { checkProfile, profileOf, type Profile, type ProfileSettings } from './format.js';
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
  const checked = profiles.map((p, i) => {
    const c = checkProfile(p);
    if (c.trimmed) {
      throw new VncleanError('ERR_VNCLEAN_PROFILE', `profile ${i} is trimmed (trimProfile): only untrimmed profiles merge exactly`);
    }
    return c;
  });
  const { settings } = checked[0]!;
  if (checked.some((c) => !sameSettings(c.settings, settings))) {
    throw new VncleanError('ERR_VNCLEAN_PROFILE', 'profiles learned with different settings cannot be merged');
  }
  const table = new LineTable(settings.capacity);
  table.raiseLevel(Math.max(...checked.map((c) => c.level)));
  for (const c of checked) {
    for (const s of c.sites) {
      const site = table.addDocuments(s.site, s.documents);
      decodeLines(s.data, (fp, before, inside, after) => {
        const { hi, lo } = fingerprintParts(fp);
        table.add(site, hi, lo, before, inside, after);
      });
    }
  }
  return profileOf(settings, table.level, false, table.toSites());
}

/** Whether a line seen in `documents` of a site's `siteDocuments` is boilerplate under the thresholds. */
export function passes(settings: ProfileSettings, siteDocuments: number, documents: number): boolean {
  return documents >= settings.minDocuments && documents >= settings.minShare * siteDocuments;
}

/**
 * Drops the lines below the profile's thresholds (and sites left without lines): the profile a cleaner needs,
 * a few kilobytes, cleaning exactly as the full one does. A trimmed profile can no longer be merged.
 *
 * @example
 * writeFileSync('profile.json', JSON.stringify(trimProfile(learnProfile(records))));
 */
export function trimProfile(profile: unknown): Profile {
  const { settings, level, sites } = checkProfile(profile);
  const trimmed = sites.flatMap((s) => {
    const encoder = new LineEncoder();
    decodeLines(s.data, (fp, before, inside, after) => {
      if (passes(settings, s.documents, before + inside + after)) encoder.add(fp, before, inside, after);
    });
    return encoder.count === 0 ? [] : [{ site: s.site, documents: s.documents, lines: encoder.count, data: encoder.finish() }];
  });
  return profileOf(settings, level, true, trimmed);
}
