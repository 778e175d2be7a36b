import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanMany, createCleaner, emptyStats, mergeStats, VncleanError, type CleanInput, type CleanItem } from '../src/index.js';
import { createCleanStream, createCleanTransformStream } from '../src/streams/index.js';
import { hasCorpus, readCorpus } from './corpus.js';

const page = 'Tiêu đề bài báo\nTiêu đề bài báo\nNội dung đầu tiên của bài.\nHãy chia sẻ với bạn bè!';
const seed = hasCorpus ? readCorpus('seed/input.txt') : page;

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

// A mix of good and bad inputs; `unknown` because bad inputs are the point.
const mixed: unknown[] = [seed, { id: 'a', text: page }, 42, null, { id: 7 }, { id: 'b', text: ['x'] }, ['x'], { text: '' }, page];

describe('cleanMany', () => {
  it('yields one item per input, in order, cleaned as clean() would', async () => {
    const cleaner = createCleaner();
    const items = await collect(cleanMany([seed, { id: 'r1', site: 'x', text: page }]));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ index: 0, ok: true, result: cleaner.clean(seed) });
    expect(items[1]).toMatchObject({ index: 1, id: 'r1', ok: true, record: { site: 'x' }, result: cleaner.clean(page) });
    expect(items[1]!.ok && items[1]!.result.text).not.toContain('chia sẻ');
  });

  it('gives a failed item in the place of each input it cannot clean, never a gap', async () => {
    const items = await collect(cleanMany(mixed as CleanInput[]));
    expect(items.map((i) => i.index)).toEqual(mixed.map((_, i) => i));
    expect(items.map((i) => i.ok)).toEqual([true, true, false, false, false, false, false, true, true]);
    const messages = items.flatMap((i) => (i.ok ? [] : [i.error.message]));
    expect(messages).toEqual([
      'expected a string or a record, got number',
      'expected a string or a record, got null',
      'field "text" is missing',
      'field "text" must be a string, got an array',
      'expected a string or a record, got an array',
    ]);
    expect(items[4]).toMatchObject({ id: 7, ok: false, error: { code: 'ERR_VNCLEAN_INPUT' } });
    const total = items.reduce((sum, i) => mergeStats(sum, i.stats), emptyStats());
    expect(total.documents).toBe(4);
    expect(total.errors).toBe(5);
  });

  it('reads async iterables, and the text and title from the fields named', async () => {
    const title = 'Tiêu đề bài báo';
    async function* source(): AsyncGenerator<CleanInput> {
      yield { body: page, headline: title };
      yield { text: page };
    }
    const items = await collect(cleanMany(source(), { field: 'body', titleField: 'headline', bylines: 'drop' }));
    expect(items[0]).toMatchObject({ ok: true, result: createCleaner({ bylines: 'drop' }).clean(page, { title }) });
    expect(items[1]).toMatchObject({ ok: false, error: { message: 'field "body" is missing' } });
  });

  it('validates options when called, before reading any input', () => {
    let pulled = 0;
    const source = { *[Symbol.iterator]() { pulled++; yield page; } };
    expect(() => cleanMany(source, { rules: { 'no-such-rule': false } as never })).toThrow(VncleanError);
    expect(() => cleanMany(source, { field: '' })).toThrow(/options.field must be a non-empty string/u);
    expect(() => cleanMany(source, { colour: 'blue' } as never)).toThrow(/unknown cleaner option "colour"/u);
    expect(pulled).toBe(0);
  });

  it('pulls one input per item, so an endless source is fine', async () => {
    let pulled = 0;
    function* endless(): Generator<string> {
      for (;;) {
        pulled++;
        yield page;
      }
    }
    const seen: CleanItem[] = [];
    for await (const item of cleanMany(endless())) {
      seen.push(item);
      expect(pulled).toBe(seen.length);
      if (seen.length === 5) break;
    }
    expect(pulled).toBe(5);
  });

  it('property: as many items as inputs, in order, ok exactly for strings and records with a string text', async () => {
    const input = fc.oneof(
      fc.string(),
      fc.record({ text: fc.string() }),
      fc.record({ text: fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string())) }),
      fc.record({ id: fc.oneof(fc.string(), fc.integer()) }),
      fc.integer(),
      fc.constant(null),
      fc.array(fc.string()),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(input, { maxLength: 20 }), async (inputs) => {
        const items = await collect(cleanMany(inputs as CleanInput[]));
        expect(items.map((i) => i.index)).toEqual(inputs.map((_, i) => i));
        const cleanable = (x: unknown): boolean =>
          typeof x === 'string' || (typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as { text?: unknown }).text === 'string');
        expect(items.map((i) => i.ok)).toEqual(inputs.map(cleanable));
      }),
      { numRuns: 200 },
    );
  });
});

describe('stream adapters', () => {
  const expected = async (): Promise<CleanItem[]> => collect(cleanMany(mixed as CleanInput[]));

  it('createCleanStream is a Node Transform for stream.pipeline, one item per input in order', async () => {
    const items: CleanItem[] = [];
    await pipeline(
      Readable.from(mixed.filter((x) => x !== null)), // a Node object stream cannot carry null
      createCleanStream(),
      new Writable({
        objectMode: true,
        write(item: CleanItem, _encoding, callback) {
          items.push(item);
          callback();
        },
      }),
    );
    const want = (await collect(cleanMany(mixed.filter((x) => x !== null) as CleanInput[])));
    expect(items).toEqual(want);
    expect(items.filter((i) => !i.ok)).toHaveLength(4);
  });

  it('createCleanTransformStream is a WHATWG TransformStream', async () => {
    const source = new ReadableStream<CleanInput>({
      start(controller) {
        for (const x of mixed) controller.enqueue(x as CleanInput);
        controller.close();
      },
    });
    const items = await collect(source.pipeThrough(createCleanTransformStream()));
    expect(items).toEqual(await expected());
  });

  it('a byte chunk (a byte stream piped in by mistake) is a failed item that says so', async () => {
    const items: CleanItem[] = [];
    await pipeline(Readable.from([Buffer.from('{"text":"x"}\n')], { objectMode: true }), createCleanStream(), async (source: AsyncIterable<CleanItem>) => {
      for await (const item of source) items.push(item);
    });
    expect(items).toMatchObject([{ ok: false, error: { message: 'expected a string or a record, got bytes (decode them to a string, or parse records, first)' } }]);
  });

  it('both validate options when created', () => {
    expect(() => createCleanStream({ captions: 'maybe' as never })).toThrow(VncleanError);
    expect(() => createCleanTransformStream({ field: 3 as never })).toThrow(VncleanError);
  });
});

/**
 * Walks the relative imports from `entry` (a path from the repository root): the files reached and every node:
 * import among them. `source` reads TypeScript sources (a `.js` specifier is its `.ts` file), else built files.
 */
async function importGraph(entry: string, source: boolean): Promise<{ files: Set<string>; nodeImports: string[] }> {
  const { readFileSync } = await import('node:fs');
  const { dirname, resolve } = await import('node:path');
  const pattern = /(?:from |import\(|import |require\()\s*["']([^"']+)["']/gu;
  const files = new Set<string>();
  const nodeImports: string[] = [];
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(pattern)) {
      if (spec!.startsWith('node:')) nodeImports.push(`${file}: ${spec}`);
      else if (spec!.startsWith('.')) visit(resolve(dirname(file), source ? spec!.replace(/\.js$/u, '.ts') : spec!));
    }
  };
  visit(resolve(new URL('..', import.meta.url).pathname, entry));
  return { files, nodeImports };
}

describe('the core imports nothing from node:', () => {
  it.each(['src/index.ts', 'src/streams/web-entry.ts'])('%s and everything it imports', async (entry) => {
    const { files, nodeImports } = await importGraph(entry, true);
    expect(files.size).toBeGreaterThan(5);
    expect([...files].some((f) => f.endsWith('/src/stream.ts'))).toBe(true);
    expect(nodeImports).toEqual([]);
  });
});

// The built files too: with code splitting, CJS and ESM entries share chunks, and no chunk that the core or the
// web entry loads may pull in node:stream (which only vnclean/stream needs).
describe('the built core and web entry load nothing from node:', () => {
  it.each(['dist/index.js', 'dist/index.cjs', 'dist/stream-web.js', 'dist/stream-web.cjs'])('%s', async (entry) => {
    const { files, nodeImports } = await importGraph(entry, false);
    expect(files.size).toBeGreaterThan(1);
    expect(nodeImports).toEqual([]);
  });

  it.each(['dist/stream.js', 'dist/stream.cjs'])('%s does load node:stream (the walk can fail)', async (entry) => {
    expect((await importGraph(entry, false)).nodeImports).not.toEqual([]);
  });
});
