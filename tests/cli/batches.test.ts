import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchLines, type LineBatch } from '../../src/cli/batches.js';

async function batchesOf(chunks: Uint8Array[], maxLines: number, maxBytes: number): Promise<LineBatch[]> {
  const out: LineBatch[] = [];
  async function* source(): AsyncGenerator<Uint8Array> {
    yield* chunks;
  }
  for await (const b of batchLines(source(), { maxLines, maxBytes })) out.push(b);
  return out;
}

const countLines = (bytes: Uint8Array): number => {
  let n = 0;
  for (const b of bytes) if (b === 0x0a) n++;
  return n;
};

describe('batchLines', () => {
  it('property: batches are whole lines, in order, numbered, within limits, however the input is chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 40 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 200 }),
        async (lines, finalNewline, cuts, maxLines, maxBytes) => {
          const text = lines.map((l) => l.replaceAll('\n', ' ')).join('\n') + (finalNewline && lines.length > 0 ? '\n' : '');
          const bytes = Buffer.from(text);
          const chunks: Uint8Array[] = [];
          for (let at = 0, i = 0; at < bytes.length; i++) {
            const size = cuts[i % cuts.length]!;
            chunks.push(bytes.subarray(at, at + size));
            at += size;
          }
          const batches = await batchesOf(chunks, maxLines, maxBytes);
          expect(Buffer.concat(batches.map((b) => b.bytes)).equals(bytes)).toBe(true);
          let line = 1;
          batches.forEach((b, i) => {
            expect(b.firstLine).toBe(line);
            const last = i === batches.length - 1;
            if (!last) expect(b.bytes.at(-1)).toBe(0x0a);
            const n = countLines(b.bytes);
            expect(n).toBeLessThanOrEqual(maxLines);
            // A batch is cut at the first line end that reaches a limit: no line end before its last byte did.
            const inner = b.bytes.subarray(0, -1);
            const lastInnerEnd = inner.lastIndexOf(0x0a);
            if (lastInnerEnd !== -1) expect(lastInnerEnd + 1).toBeLessThan(maxBytes);
            expect(b.bytes.length).toBeGreaterThan(0);
            line += n;
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an empty input gives no batch; the file name rides along', async () => {
    expect(await batchesOf([], 4, 100)).toEqual([]);
    const [batch] = await (async () => {
      const out: LineBatch[] = [];
      for await (const b of batchLines([Buffer.from('a\nb')], { maxLines: 10, maxBytes: 100 }, 'in.jsonl')) out.push(b);
      return out;
    })();
    expect(batch).toMatchObject({ firstLine: 1, file: 'in.jsonl' });
  });
});
