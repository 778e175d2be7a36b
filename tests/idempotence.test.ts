import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { corpusTexts, hasCorpus } from './corpus.js';

// Real pages find what generated ones miss (a dropped repeat that sat next to a broken sentence, say): clean
// every document of the corpus twice and require the second clean to change nothing.
describe.skipIf(!hasCorpus)('clean() is idempotent on the real corpus', () => {
  const documents = corpusTexts();

  it('for every document', () => {
    const changed = documents.filter(([, text]) => {
      const once = clean(text).text;
      return clean(once).text !== once;
    }).map(([name]) => name);
    expect(changed).toEqual([]);
  });
});
