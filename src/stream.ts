/**
 * Many documents: the async-iterable core. Imports nothing from `node:` so it runs anywhere; the Node and
 * WHATWG stream adapters live in `src/streams/` (subpath `vnclean/stream`).
 */
import { createCleaner, type CleanResult } from './clean.js';
import { VncleanError } from './errors.js';
import type { CleanerOptions } from './options.js';
import { emptyStats, type Stats } from './report.js';

/**
 * A document as a record: the text in a field (`text` unless `field` says otherwise) beside any other fields.
 *
 * @example
 * { id: 'vnexpress-123', url: 'https://…', text: 'Tiêu đề\n…' }
 */
export type CleanRecord = Readonly<Record<string, unknown>>;

/**
 * One input of {@link cleanMany}: a text, or a record holding one.
 *
 * @example
 * const inputs: CleanInput[] = ['Tiêu đề\nNội dung…', { id: 7, text: 'Tiêu đề\nNội dung…' }];
 */
export type CleanInput = string | CleanRecord;

/**
 * Options of {@link cleanMany}: the cleaner's options, plus where records keep their text and title.
 *
 * @example
 * cleanMany(records, { field: 'body', titleField: 'title', bylines: 'drop' })
 */
export interface CleanManyOptions extends CleanerOptions {
  /** Record field that holds the text (default `"text"`). */
  field?: string;
  /** Record field that holds the page's title, passed to the cleaner as the document's `title` (default none). */
  titleField?: string;
  /**
   * Record field that holds the document's site, for a site `profile` (default `"site"`; when the record has no
   * such field, the host of its `url` field is used).
   */
  siteField?: string;
  /** The site of documents that carry none (plain strings, records without a site or url). */
  site?: string;
}

/**
 * Why one input could not be cleaned. Plain data, so it can be written as JSON or sent between threads.
 *
 * @example
 * { code: 'ERR_VNCLEAN_INPUT', message: 'field "text" is missing' }
 */
export interface ItemError {
  /** `ERR_VNCLEAN_INPUT` for a bad input; `ERR_VNCLEAN_INTERNAL` if the cleaner itself failed (a bug). */
  readonly code: 'ERR_VNCLEAN_INPUT' | 'ERR_VNCLEAN_INTERNAL';
  readonly message: string;
}

interface ItemBase {
  /** Position of the input, from 0. Results come in input order, one per input. */
  readonly index: number;
  /** The record's `id` field, when it is a string or a number. */
  readonly id?: string | number;
  /** The input record itself, when the input was a record (not a string). */
  readonly record?: CleanRecord;
  /** Counters for this item: a cleaned document's, or `errors: 1` for a failed one. Add with `mergeStats`. */
  readonly stats: Stats;
}

/**
 * A cleaned input.
 *
 * @example
 * if (item.ok) console.log(item.id, item.result.text);
 */
export interface CleanedItem extends ItemBase {
  readonly ok: true;
  readonly result: CleanResult;
}

/**
 * An input that could not be cleaned; it takes the input's place, so nothing goes missing.
 *
 * @example
 * if (!item.ok) console.error(item.index, item.error.message);
 */
export interface FailedItem extends ItemBase {
  readonly ok: false;
  readonly error: ItemError;
}

/**
 * What {@link cleanMany} yields for each input.
 *
 * @example
 * for await (const item of cleanMany(records)) write(item.ok ? item.result.text : item.error);
 */
export type CleanItem = CleanedItem | FailedItem;

/**
 * Cleans one input of many; `index` is its position. Never throws for content.
 *
 * @example
 * const cleanOne = createItemCleaner({ field: 'body' });
 * cleanOne({ body: page }, 0);
 */
export type ItemCleaner = (input: unknown, index: number) => CleanItem;

function fieldOption(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') {
    throw new VncleanError('ERR_VNCLEAN_OPTION', `${name} must be a non-empty string`);
  }
  return value;
}

/**
 * The site of a record: its `siteField` when that is a non-empty string, else the host of its `url` field.
 *
 * @example
 * siteOf({ url: 'https://vnexpress.net/a-1.html', text: '…' }, 'site') // 'vnexpress.net'
 */
export function siteOf(record: Record<string, unknown>, siteField = 'site'): string | undefined {
  const site = record[siteField];
  if (typeof site === 'string' && site !== '') return site;
  const url = record.url;
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/** Counters of one input that could not be cleaned: `errors: 1`, nothing else. */
export function failedStats(): Stats {
  const stats = emptyStats();
  stats.errors = 1;
  return stats;
}

/** An object that can hold fields: not null, not an array, not bytes. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
}

/** How a value is named in error messages: `null`, `an array`, or its `typeof`. */
export function describeValue(value: unknown): string {
  if (ArrayBuffer.isView(value)) return 'bytes (decode them to a string, or parse records, first)';
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/**
 * Validates the options once (throwing a `VncleanError` on a mistake) and returns a function that cleans one
 * input into a {@link CleanItem}: the shared step of {@link cleanMany}, the stream adapters and the CLI.
 *
 * @example
 * const cleanOne = createItemCleaner({ titleField: 'title' });
 * const item = cleanOne({ id: 1, title: 'Tiêu đề', text: page }, 0);
 */
export function createItemCleaner(options?: CleanManyOptions): ItemCleaner {
  const { field: rawField, titleField: rawTitle, siteField: rawSite, site: defaultSite, ...cleanerOptions } = options ?? {};
  const field = fieldOption(rawField, 'options.field') ?? 'text';
  const titleField = fieldOption(rawTitle, 'options.titleField');
  const siteField = fieldOption(rawSite, 'options.siteField') ?? 'site';
  if (defaultSite !== undefined && typeof defaultSite !== 'string') {
    throw new VncleanError('ERR_VNCLEAN_OPTION', 'options.site must be a string');
  }
  const cleaner = createCleaner(cleanerOptions);

  return (input, index) => {
    const record = isRecord(input) ? input : undefined;
    const rawId = record?.id;
    const base = {
      index,
      ...(typeof rawId === 'string' || typeof rawId === 'number' ? { id: rawId } : {}),
      ...(record === undefined ? {} : { record }),
    };
    const fail = (code: ItemError['code'], message: string): FailedItem => ({
      ...base,
      ok: false,
      error: { code, message },
      stats: failedStats(),
    });

    let text: unknown = input;
    let title: unknown;
    if (record !== undefined) {
      if (!Object.hasOwn(record, field)) return fail('ERR_VNCLEAN_INPUT', `field "${field}" is missing`);
      text = record[field];
      if (titleField !== undefined) title = record[titleField];
    }
    if (typeof text !== 'string') {
      return fail(
        'ERR_VNCLEAN_INPUT',
        record === undefined
          ? `expected a string or a record, got ${describeValue(input)}`
          : `field "${field}" must be a string, got ${describeValue(text)}`,
      );
    }
    const site = (record === undefined ? undefined : siteOf(record, siteField)) ?? defaultSite;
    try {
      const result = cleaner.clean(text, {
        ...(typeof title === 'string' ? { title } : {}),
        ...(site === undefined ? {} : { site }),
      });
      return { ...base, ok: true, result, stats: result.stats };
    } catch (error) {
      // Content never throws (principle 2); if the cleaner has a bug, the record still gets its place.
      return fail('ERR_VNCLEAN_INTERNAL', error instanceof Error ? error.message : String(error));
    }
  };
}

/**
 * Cleans many documents, one at a time, and yields one {@link CleanItem} per input, in input order. An input
 * that cannot be cleaned (not a string or record, text field missing or not a string) yields a
 * {@link FailedItem} in its place. Pulls one input per result, so memory stays bounded however long the
 * source is. Options are validated now, before the first input is read.
 *
 * @example
 * import { cleanMany, mergeStats, emptyStats } from 'vnclean';
 * let total = emptyStats();
 * for await (const item of cleanMany(readRecords(), { field: 'body' })) {
 *   total = mergeStats(total, item.stats);
 *   if (item.ok) save(item.id, item.result.text);
 *   else console.error(item.index, item.error.message);
 * }
 */
export function cleanMany(
  source: Iterable<CleanInput> | AsyncIterable<CleanInput>,
  options?: CleanManyOptions,
): AsyncGenerator<CleanItem, void, undefined> {
  const cleanOne = createItemCleaner(options);
  return generateItems(source, cleanOne);
}

async function* generateItems(
  source: Iterable<unknown> | AsyncIterable<unknown>,
  cleanOne: ItemCleaner,
): AsyncGenerator<CleanItem, void, undefined> {
  let index = 0;
  for await (const input of source) yield cleanOne(input, index++);
}

