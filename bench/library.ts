import type { CleanerOptions, CleanResult } from '../src/index.js';
import { vnclean } from './dist.js';

/**
 * The built package (dist/), as users get it, with the pieces that may not exist yet looked up by name: the
 * normaliser (issue 3) and the `normalize` option land on main separately, and until they do the benchmarks
 * report them as not available instead of timing something else.
 */
export type CleanFn = (text: string) => CleanResult;

const exported = vnclean as unknown as Record<string, unknown>;

/** `normalizeVietnamese(text)` when the package has it. */
export const normalizeVietnamese = typeof exported.normalizeVietnamese === 'function'
  ? (exported.normalizeVietnamese as (text: string) => { text: string })
  : undefined;

function cleanerWith(options: Record<string, unknown>): CleanFn | undefined {
  try {
    const cleaner = vnclean.createCleaner(options as CleanerOptions);
    return (text) => cleaner.clean(text);
  } catch {
    return undefined; // the option does not exist in this build
  }
}

/** clean() with boilerplate removal only (`normalize: false` once normalisation exists and is on by default). */
export const cleanBoilerplate: CleanFn = cleanerWith({ normalize: false }) ?? ((text) => vnclean.clean(text));

/** clean() with its defaults, as users call it (normalisation on, once the package has it). */
export const cleanDefault: CleanFn = (text) => vnclean.clean(text);

/** clean() with normalisation on, when the package has it. */
export const cleanNormalizing: CleanFn | undefined = normalizeVietnamese ? cleanerWith({ normalize: true }) : undefined;

export { vnclean };
