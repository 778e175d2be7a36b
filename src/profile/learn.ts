import { Decisions } from '../decisions.js';
import { parseDocument } from '../document.js';
import { VncleanError } from '../errors.js';
import { findArticle } from '../layout.js';
import { compilePhrases, type PhraseTables } from '../phrases/compile.js';
import { fingerprintKey } from './fingerprint.js';
import {
  checkSettings,
  DEFAULT_SETTINGS,
  normalizeSite,
  profileOf,
  type Profile,
  type ProfileSettings,
} from './format.js';
import { LineTable, type Placement } from './table.js';

/**
 * A document to learn from: its text, or a record with the text and the site (host) it came from. Documents
 * without a site (or with `site: null`) form one group (site '').
 *
 * @example
 * const docs: ProfileInput[] = ['…', { text: '…', site: 'vnexpress.net' }];
 */
export type ProfileInput = string | { readonly text: string; readonly site?: string | null | undefined };

/**
 * Options of {@link learnProfile}: the profile settings, each optional (defaults in the README).
 *
 * @example
 * learnProfile(records, { minDocuments: 5, capacity: 2 ** 22 })
 */
export type LearnOptions = Partial<ProfileSettings>;

/**
 * Learns a profile one document at a time, for pipelines that feed documents as they come (workers, streams).
 *
 * @example
 * const learner = createProfileLearner();
 * for await (const record of records) learner.add(record);
 * const profile = learner.toProfile();
 */
export interface ProfileLearner {
  /** Counts one document's lines. Throws `ERR_VNCLEAN_INPUT` on something that is not a ProfileInput. */
  add(document: ProfileInput): void;
  /** The profile of everything added so far (the learner can go on after). */
  toProfile(): Profile;
}

/** Validates learn options against the defaults. */
export function resolveLearnOptions(options: unknown): ProfileSettings {
  if (options === undefined) return DEFAULT_SETTINGS;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new VncleanError('ERR_VNCLEAN_OPTION', 'profile options must be an object');
  }
  for (const key of Object.keys(options)) {
    if (!Object.hasOwn(DEFAULT_SETTINGS, key)) {
      throw new VncleanError('ERR_VNCLEAN_UNKNOWN_OPTION',
        `unknown profile option "${key}" (known: ${Object.keys(DEFAULT_SETTINGS).join(', ')})`);
    }
  }
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return checkSettings({ ...DEFAULT_SETTINGS, ...given }, 'options', 'ERR_VNCLEAN_OPTION');
}

/**
 * Creates an incremental learner (what {@link learnProfile} uses).
 *
 * @example
 * const learner = createProfileLearner({ minDocuments: 4 });
 * learner.add({ text, site: 'dantri.com.vn' });
 */
export function createProfileLearner(options?: LearnOptions): ProfileLearner {
  const settings = resolveLearnOptions(options);
  const table = new LineTable(settings.capacity);
  // Placement uses the article region as the cleaner would find it with the built-in phrase packs.
  const phrases = compilePhrases();
  let count = 0;
  return {
    add(document) {
      const at = count++;
      const text = typeof document === 'string' ? document : (document as { text?: unknown } | null)?.text;
      const site = typeof document === 'string' ? undefined : (document as { site?: unknown } | null)?.site;
      if (typeof text !== 'string') {
        throw new VncleanError('ERR_VNCLEAN_INPUT', `document ${at}: expected a string or { text: string, site?: string }`);
      }
      if (site !== undefined && site !== null && typeof site !== 'string') {
        throw new VncleanError('ERR_VNCLEAN_INPUT', `document ${at}: site must be a string`);
      }
      addDocument(table, settings, phrases, text, normalizeSite(site ?? undefined));
    },
    toProfile: () => profileOf(settings, table.level, false, table.toSites()),
  };
}

/** Counts each distinct line of a document once, at the placement of its first occurrence. */
function addDocument(table: LineTable, settings: ProfileSettings, phrases: PhraseTables, text: string, site: string): void {
  const siteIndex = table.addDocuments(site, 1);
  const doc = parseDocument(text);
  // The article region as the page stands, before any rule: cheap, and the same for every run.
  const bounds = findArticle(doc, new Decisions(doc), phrases, undefined);
  const seen = new Set<string>();
  for (const line of doc.lines) {
    if (line.blank || line.key === '' || line.words > settings.maxWords || seen.has(line.key)) continue;
    seen.add(line.key);
    // The heading counts with the page head: a line that is the first heading of many pages is the site's
    // banner, while a teaser headline that heads one page (and sits under the article elsewhere) is a title.
    const head = line.index < bounds.first || line.index === bounds.title;
    const placement: Placement = !bounds.found ? 1 : head ? 0 : line.index > bounds.last ? 2 : 1;
    const { hi, lo } = fingerprintKey(line.key);
    table.add(siteIndex, hi, lo, placement === 0 ? 1 : 0, placement === 1 ? 1 : 0, placement === 2 ? 1 : 0);
  }
}

/**
 * Learns a site profile from a crawl: which lines recur in enough of each site's documents, and where in the
 * page they sit. Deterministic: the same documents in any order give the same profile, byte for byte, and
 * `mergeProfiles` of profiles learned on shards gives exactly the profile of one pass. Memory is bounded by
 * `capacity` (see the README, "Site profiles").
 *
 * Returns a `Profile` **synchronously** for an array or any iterable, and a **Promise** of one for an async
 * iterable (a Node stream, an async generator).
 *
 * @example
 * const profile = learnProfile(records); // records: { text, site }[]
 * const cleaner = createCleaner({ profile });
 * const out = records.map((r) => cleaner.clean(r.text, { site: r.site }));
 *
 * @example
 * const profile = await learnProfile(readJsonl(stream)); // async iterable → Promise<Profile>
 */
export function learnProfile(documents: Iterable<ProfileInput>, options?: LearnOptions): Profile;
export function learnProfile(documents: AsyncIterable<ProfileInput>, options?: LearnOptions): Promise<Profile>;
export function learnProfile(
  documents: Iterable<ProfileInput> | AsyncIterable<ProfileInput>,
  options?: LearnOptions,
): Profile | Promise<Profile> {
  const learner = createProfileLearner(options);
  if (documents !== null && typeof documents === 'object' && Symbol.iterator in documents) {
    for (const d of documents) learner.add(d);
    return learner.toProfile();
  }
  if (documents !== null && typeof documents === 'object' && Symbol.asyncIterator in documents) {
    return (async () => {
      for await (const d of documents) learner.add(d);
      return learner.toProfile();
    })();
  }
  throw new VncleanError('ERR_VNCLEAN_INPUT', 'learnProfile: documents must be an iterable or async iterable');
}
