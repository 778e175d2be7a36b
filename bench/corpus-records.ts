/**
 * Real article texts for the CLI benchmarks: the labelled dev documents and the clean articles of
 * ../shared/corpus (read at run time, never copied into the repository).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { CORPUS_DIR, hasCorpus } from '../tests/corpus.js';

export interface ArticleRecord {
  id: string;
  text: string;
}

/** The 156 dev documents and the 75 clean articles, as records. */
export function corpusArticles(): ArticleRecord[] {
  if (!hasCorpus) throw new Error(`the corpus is not at ${CORPUS_DIR} (set VNCLEAN_CORPUS)`);
  const docs = readdirSync(`${CORPUS_DIR}/dev/docs`)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/u, ''), text: readFileSync(`${CORPUS_DIR}/dev/docs/${f}`, 'utf8') }));
  const clean = readFileSync(`${CORPUS_DIR}/clean/clean-dev.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { id, text } = JSON.parse(line) as ArticleRecord;
      return { id, text };
    });
  return [...docs, ...clean];
}

/** `count` JSONL lines cycling through the articles, each with a unique id (`<doc>#<round>`). */
export function* articleLines(count: number): Generator<string> {
  const articles = corpusArticles();
  for (let i = 0; i < count; i++) {
    const a = articles[i % articles.length]!;
    yield `${JSON.stringify({ id: `${a.id}#${Math.floor(i / articles.length)}`, text: a.text })}\n`;
  }
}
