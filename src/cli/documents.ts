import { isUtf8 } from 'node:buffer';
import { describeValue, isRecord, siteOf } from '../stream.js';
import { batchLines, DEFAULT_BATCH_LIMITS } from './batches.js';
import type { InputSource } from './input.js';
import { readAll } from './input.js';

/** Where documents and their sites come from, as the command line says. */
export interface DocumentSettings {
  readonly mode: 'text' | 'jsonl';
  /** Record field holding the text (default `text`). */
  readonly field?: string;
  /** Record field holding the site (default `site`, else the host of `url`). */
  readonly siteField?: string;
  /** The site of documents that carry none. */
  readonly site?: string;
}

/** One document read for learning; `problem` instead when its line could not be used. */
export type ReadDocument =
  | { readonly text: string; readonly site: string | undefined }
  | { readonly problem: string; readonly file: string | undefined; readonly line: number };

/**
 * Reads the documents of the inputs in order, streaming: a plain-text input is one document; a JSONL input is
 * one record per line (blank, malformed or text-less lines come back as problems, never silently dropped).
 */
export async function* readDocuments(sources: readonly InputSource[], settings: DocumentSettings): AsyncGenerator<ReadDocument> {
  const field = settings.field ?? 'text';
  for (const source of sources) {
    const file = source.name === '-' ? undefined : source.name;
    if (settings.mode === 'text') {
      yield { text: (await readAll(source)).toString('utf8'), site: settings.site };
      continue;
    }
    for await (const batch of batchLines(source.chunks(), DEFAULT_BATCH_LIMITS, file)) {
      const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
      let line = batch.firstLine;
      for (let start = 0; start < bytes.length; line++) {
        const newline = bytes.indexOf(0x0a, start);
        const end = newline === -1 ? bytes.length : newline;
        const raw = bytes.subarray(start, end);
        start = end + 1;
        const problem = (message: string): ReadDocument => ({ problem: message, file, line });
        let record: unknown;
        try {
          record = JSON.parse(raw.toString('utf8').replace(/^\uFEFF/u, ''));
        } catch (error) {
          yield problem(`malformed JSON: ${(error as Error).message}${isUtf8(raw) ? '' : ' (invalid UTF-8)'}`);
          continue;
        }
        if (!isRecord(record)) {
          yield problem(`expected a JSON object, got ${describeValue(record)}`);
          continue;
        }
        const text = record[field];
        if (typeof text !== 'string') {
          yield problem(`field "${field}" must be a string, got ${describeValue(text)}`);
          continue;
        }
        yield { text, site: siteOf(record, settings.siteField) ?? settings.site };
      }
    }
  }
}
