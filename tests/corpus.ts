import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** Every text of the corpus, named: the dev pages, the clean articles and the vi-text files. Empty without it. */
export function corpusTexts(): [string, string][] {
  if (!hasCorpus) return [];
  return [
    ...readdirSync(`${CORPUS_DIR}/dev/docs`).map((f): [string, string] => [`dev/${f}`, readCorpus(`dev/docs/${f}`)]),
    ...readCorpus('clean/clean-dev.jsonl').split('\n').filter(Boolean)
      .map((l, i): [string, string] => [`clean/${i}`, (JSON.parse(l) as { text: string }).text]),
    ...readdirSync(`${CORPUS_DIR}/vi-text`).map((f): [string, string] => [`vi-text/${f}`, readCorpus(`vi-text/${f}`)]),
  ];
}
