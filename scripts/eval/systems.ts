import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { EvalDoc } from './corpus.js';
import type { Span } from './score.js';

/** A removed span as the harness needs it: offsets into the input, and the rule and category when known. */
export interface ScoredSpan extends Span {
  readonly rule?: string;
  readonly category?: string;
}

/** Removes spans from one document of the set it was prepared on. */
export type Remover = (doc: EvalDoc) => readonly ScoredSpan[];

/**
 * Something the harness scores: vnclean, a baseline, or later vnclean with a learned site profile. `prepare`
 * sees the whole set first (the seam for anything that learns across documents: the CCNet-style baseline
 * today, `learnProfile(records)` tomorrow) and returns a per-document remover.
 */
export interface System {
  /** Short stable name: a JSON key and a table column. */
  readonly name: string;
  /** One line saying what it does, for the report. */
  readonly description: string;
  prepare(docs: readonly EvalDoc[]): Remover;
}

/** The part of the built package the harness uses (typed from the source, loaded from dist/). */
export type Vnclean = typeof import('../../src/index.js');

/** Imports the BUILT package (dist/index.js), so the evaluation scores what users install. */
export async function loadBuiltPackage(root: URL): Promise<Vnclean> {
  const entry = new URL('dist/index.js', root);
  if (!existsSync(entry)) throw new Error(`${entry.pathname} not found: run \`npm run build\` first`);
  return (await import(pathToFileURL(entry.pathname).href)) as Vnclean;
}

/**
 * vnclean as a system. `makeCleaner` is the factory seam: it receives the set and returns how to clean one
 * document, so a profile-aware run is one more system, e.g.
 * `vncleanSystem('vnclean+profile', …, (docs) => { const c = createCleaner({ profile: learnProfile(docs) });
 * return (doc) => c.clean(doc.text, { site: doc.site }); })`.
 */
export function vncleanSystem(
  name: string,
  description: string,
  makeCleaner: (docs: readonly EvalDoc[]) => (doc: EvalDoc) => { readonly removed: readonly ScoredSpan[] },
): System {
  return {
    name,
    description,
    prepare(docs) {
      const cleanOne = makeCleaner(docs);
      return (doc) => cleanOne(doc).removed;
    },
  };
}

/** vnclean with default options, from the built package. */
export function defaultVnclean(vnclean: Vnclean): System {
  return vncleanSystem('vnclean', 'vnclean, default options (built package)', () => {
    const cleaner = vnclean.createCleaner();
    return (doc) => cleaner.clean(doc.text);
  });
}

/**
 * vnclean with a site profile learned from the set itself — texts and sites only, never labels — exactly as the
 * maintainers score the held-out set: `learnProfile(records)`, then `createCleaner({ profile }).clean(text, { site })`.
 */
export function profiledVnclean(vnclean: Vnclean): System {
  return vncleanSystem('vnclean+profile', 'vnclean with a site profile learned from the same documents (texts and sites)', (docs) => {
    const profile = vnclean.learnProfile(docs.map((d) => ({ text: d.text, site: d.site })));
    const cleaner = vnclean.createCleaner({ profile });
    return (doc) => cleaner.clean(doc.text, { site: doc.site });
  });
}
