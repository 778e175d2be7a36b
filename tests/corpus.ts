import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The shared evaluation corpus lives beside the repository (../shared/corpus), never inside it: the texts belong
 * to their publishers. VNCLEAN_CORPUS overrides the location.
 */
export const CORPUS_DIR =
  process.env.VNCLEAN_CORPUS ?? fileURLToPath(new URL('../../shared/corpus', import.meta.url));

export const hasCorpus = existsSync(`${CORPUS_DIR}/seed/input.txt`);

export function readCorpus(path: string): string {
  return readFileSync(`${CORPUS_DIR}/${path}`, 'utf8');
}
