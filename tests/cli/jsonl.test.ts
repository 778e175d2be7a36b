import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../src/index.js';
import { CORPUS_DIR, hasCorpus } from '../corpus.js';
import { outputLines, outputRecords, tempDir, vnclean } from './run.js';

const corpusRecords = (): Record<string, unknown>[] =>
  readFileSync(`${CORPUS_DIR}/clean/clean-dev.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const seedInput = (): string => readFileSync(`${CORPUS_DIR}/seed/input.txt`, 'utf8');

describe.skipIf(!hasCorpus)('vnclean --jsonl on real articles', () => {
  const dir = tempDir();

  it('writes one record per input line, in order, same fields, text replaced by the cleaned text', () => {
    const records = [...corpusRecords(), { id: 'seed', site: 'seed', text: seedInput() }];
    const r = vnclean(['--jsonl'], records.map((x) => JSON.stringify(x)).join('\n'));
    expect(r.code).toBe(0);
    const out = outputRecords(r.stdout);
    expect(out).toHaveLength(records.length);
    const cleaner = createCleaner();
    out.forEach((record, i) => {
      expect(Object.keys(record)).toEqual(Object.keys(records[i]!));
      expect(record).toEqual({ ...records[i], text: cleaner.clean(records[i]!.text as string).text });
    });
    // The seed is dirty: its record really changes.
    expect(out.at(-1)!.text).not.toBe(records.at(-1)!.text);
  });

  it('gives the same bytes on 1 and 3 threads, also across many batches', () => {
    const records = corpusRecords();
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ n: i, ...records[i % records.length] }));
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const one = vnclean(['--jsonl', file]);
    const three = vnclean(['--jsonl', '--threads', '3', file]);
    expect(one.code).toBe(0);
    expect(three.code).toBe(0);
    expect(outputLines(one.stdout)).toHaveLength(400);
    expect(three.stdout).toBe(one.stdout);
    expect(outputRecords(one.stdout).map((r) => r.n)).toEqual(lines.map((_, i) => i));
  });

  it('--report adds removed, edits and meta, with offsets into the input text', () => {
    const text = seedInput();
    const r = vnclean(['--jsonl', '--report'], JSON.stringify({ id: 1, text }));
    const [record] = outputRecords(r.stdout) as [{ removed: { start: number; end: number; text: string }[]; edits: unknown[]; meta: { title: string } }];
    const expected = createCleaner().clean(text);
    expect(record.removed).toEqual(expected.removed);
    expect(record.removed.length).toBeGreaterThan(0);
    for (const removal of record.removed) expect(text.slice(removal.start, removal.end)).toBe(removal.text);
    expect(Array.isArray(record.edits)).toBe(true);
    expect(record.meta).toEqual(JSON.parse(JSON.stringify(expected.meta)));
  });

  it('--field and --title-field read the text and the title from the named fields', () => {
    const text = seedInput();
    const title = 'Hà Tĩnh tập trung tổ chức đợt cao điểm sinh hoạt chính trị “tự soi, tự sửa”';
    const r = vnclean(['--jsonl', '--field', 'body', '--title-field', 'headline', '--report'], JSON.stringify({ headline: title, body: text, text: 'untouched' }));
    const [record] = outputRecords(r.stdout);
    const expected = createCleaner().clean(text, { title });
    expect(record).toMatchObject({ headline: title, body: expected.text, text: 'untouched', removed: expected.removed });
  });

  it('--no-<rule> and --config turn rules off, as the API does', () => {
    const text = seedInput();
    const input = JSON.stringify({ text });
    const off = createCleaner({ rules: { 'duplicate-lines': false, 'page-chrome': false } }).clean(text).text;
    expect(off).not.toBe(createCleaner().clean(text).text);
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'page-chrome': false } }));
    const r = vnclean(['--jsonl', '--config', config, '--no-duplicate-lines'], input);
    expect(r.code).toBe(0);
    expect(outputRecords(r.stdout)[0]!.text).toBe(off);
    // Flags win over the config.
    writeFileSync(config, JSON.stringify({ bylines: 'drop' }));
    const keep = vnclean(['--jsonl', '--config', config, '--bylines', 'keep'], input);
    expect(outputRecords(keep.stdout)[0]!.text).toBe(createCleaner().clean(text).text);
  });
});
