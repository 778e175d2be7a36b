import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { CORPUS_DIR, hasCorpus, readCorpus } from './corpus.js';

// Real pages find what generated ones miss (a dropped repeat that sat next to a broken sentence, say): clean
// every document of the corpus twice and require the second clean to change nothing.
describe.skipIf(!hasCorpus)('clean() is idempotent on the real corpus', () => {
  const documents: [string, string][] = hasCorpus
    ? [
        ...readdirSync(`${CORPUS_DIR}/dev/docs`).map((f): [string, string] => [`dev/${f}`, readCorpus(`dev/docs/${f}`)]),
        ...readCorpus('clean/clean-dev.jsonl').split('\n').filter(Boolean)
          .map((l, i): [string, string] => [`clean/${i}`, (JSON.parse(l) as { text: string }).text]),
        ...readdirSync(`${CORPUS_DIR}/vi-text`).map((f): [string, string] => [`vi-text/${f}`, readCorpus(`vi-text/${f}`)]),
      ]
    : [];

  it('for every document', () => {
    const changed = documents.filter(([, text]) => {
      const once = clean(text).text;
      return clean(once).text !== once;
    }).map(([name]) => name);
    expect(changed).toEqual([]);
  });
});
