import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Benchmark workloads, read from the shared corpus beside the repository (../shared/corpus; VNCLEAN_CORPUS
 * overrides it). The texts belong to their publishers: they are read at run time, never copied into the repo.
 */
export const CORPUS_DIR = process.env.VNCLEAN_CORPUS ?? fileURLToPath(new URL('../../shared/corpus', import.meta.url));

/** A named set of documents. */
export interface Workload {
  readonly name: string;
  readonly description: string;
  readonly docs: readonly string[];
}

export function requireCorpus(): void {
  if (!existsSync(join(CORPUS_DIR, 'dev/docs'))) {
    throw new Error(`benchmark corpus not found at ${CORPUS_DIR}: set VNCLEAN_CORPUS to the shared corpus folder`);
  }
}

/** The scraped dev documents (page text with boilerplate), in name order. */
export function devDocs(): string[] {
  const dir = join(CORPUS_DIR, 'dev/docs');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** The clean article texts of clean/clean-dev.jsonl. */
export function cleanArticles(): string[] {
  return readFileSync(join(CORPUS_DIR, 'clean/clean-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** The real Vietnamese text files of vi-text/ (news and forum text, a few MB), one document per file. */
export function viText(): string[] {
  const dir = join(CORPUS_DIR, 'vi-text');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Named identifiers for every corpus document, for diffs that say which document changed. */
export function namedDocs(): { id: string; text: string }[] {
  const dev = join(CORPUS_DIR, 'dev/docs');
  const vi = join(CORPUS_DIR, 'vi-text');
  return [
    ...readdirSync(dev).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: `dev/${f}`, text: readFileSync(join(dev, f), 'utf8') })),
    ...cleanArticles().map((text, i) => ({ id: `clean/${i}`, text })),
    ...readdirSync(vi).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: `vi-text/${f}`, text: readFileSync(join(vi, f), 'utf8') })),
  ];
}

/** The workloads every figure is reported on. */
export function workloads(): Workload[] {
  const articles = [...devDocs(), ...cleanArticles()];
  const vi = viText();
  return [
    { name: 'articles', description: 'scraped dev pages and clean articles', docs: articles },
    { name: 'vi-text', description: 'real Vietnamese news and forum text files', docs: vi },
    { name: 'large', description: 'one document: every article and vi-text file concatenated', docs: [[...articles, ...vi].join('\n\n')] },
    {
      name: 'short records',
      description: 'every non-blank line of the articles as a document of its own (titles, captions, comments: what a per-document cost shows on)',
      docs: articles.flatMap((a) => a.split('\n').filter((l) => l.trim() !== '')),
    },
  ];
}

/** Size of a set of documents in MB of UTF-8 (10^6 bytes), the unit every MB/s figure uses. */
export function megabytes(docs: readonly string[]): number {
  let bytes = 0;
  for (const d of docs) bytes += Buffer.byteLength(d, 'utf8');
  return bytes / 1e6;
}
