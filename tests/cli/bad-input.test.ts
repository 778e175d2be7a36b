import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { outputLines, outputRecords, tempDir, vnclean } from './run.js';

// Each bad-input case of issue 5 against the real CLI, with records in = records out.
const article = 'Làng gốm ven sông đón mùa du lịch mới\nLàng gốm ven sông đón mùa du lịch mới\nNội dung bài viết.';
const good = (id: number): string => JSON.stringify({ id, text: article });
const cleaned = clean(article).text;

describe.each([1, 2])('vnclean --jsonl --threads %i, bad input', (threads) => {
  const run = (input: string | Uint8Array, ...flags: string[]) => vnclean(['--jsonl', '--threads', String(threads), ...flags], input);

  it('a malformed JSON line gets an error record at its position, a count on stderr, and the run goes on', () => {
    const input = [good(1), '{"id": 2, "text": "unterminated', good(3), '', good(5)].join('\n') + '\n';
    const r = run(input);
    expect(r.code).toBe(0);
    const records = outputRecords(r.stdout);
    expect(records).toHaveLength(5);
    expect(records[0]).toEqual({ id: 1, text: cleaned });
    expect(records[1]).toMatchObject({ error: { line: 2, code: 'ERR_VNCLEAN_JSON' } });
    expect(typeof (records[1]!.error as { message: unknown }).message).toBe('string');
    expect(records[2]).toEqual({ id: 3, text: cleaned });
    expect(records[3]).toMatchObject({ error: { line: 4, message: 'empty line (expected a JSON object)' } });
    expect(records[4]).toEqual({ id: 5, text: cleaned });
    expect(r.stderr).toContain('line 2: malformed JSON');
    expect(r.stderr).toMatch(/bad input lines: 2 malformed JSON/u);
  });

  it('--strict stops at the first malformed line with exit code 1, after writing the lines before it', () => {
    const input = [good(1), good(2), 'nope', good(4)].join('\n');
    const r = run(input, '--strict');
    expect(r.code).toBe(1);
    expect(outputRecords(r.stdout)).toEqual([{ id: 1, text: cleaned }, { id: 2, text: cleaned }]);
    expect(r.stderr).toMatch(/line 3: malformed JSON.*\n.*--strict/u);
  });

  it('--strict stops exactly before a bad line deep in the input (many batches in flight)', () => {
    const lines = Array.from({ length: 700 }, (_, i) => (i === 450 ? '{"id":451' : JSON.stringify({ id: i + 1, text: `Tin số ${i + 1}` })));
    const r = run(lines.join('\n'), '--strict');
    expect(r.code).toBe(1);
    const records = outputRecords(r.stdout);
    expect(records).toHaveLength(450);
    expect(records.at(-1)).toEqual({ id: 450, text: 'Tin số 450' });
    expect(r.stderr).toContain('line 451: malformed JSON');
  });

  it('invalid UTF-8 bytes become U+FFFD with a warning, and the record is still cleaned', () => {
    const bad = Buffer.concat([Buffer.from('{"id":2,"text":"Tin t'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('c hay"}\n')]);
    const input = Buffer.concat([Buffer.from(`${good(1)}\n`), bad, Buffer.from(`${good(3)}\n`)]);
    const r = run(input);
    expect(r.code).toBe(0);
    const records = outputRecords(r.stdout);
    expect(records).toHaveLength(3);
    expect(records[1]).toEqual({ id: 2, text: 'Tin t\uFFFD(\uFFFDc hay' });
    expect(r.stderr).toContain('line 2: invalid UTF-8 bytes replaced with U+FFFD');
    expect(run(input, '--strict').code).toBe(1);
  });

  it('a missing or non-string text field is an error record that keeps the other fields', () => {
    const input = [good(1), '{"id":2,"title":"x"}', '{"id":3,"text":null}', '{"id":4,"text":["a"]}', '"just a string"', '42', good(7)].join('\n');
    const r = run(input);
    expect(r.code).toBe(0);
    const records = outputRecords(r.stdout);
    expect(records).toHaveLength(7);
    expect(records[1]).toEqual({ id: 2, title: 'x', error: { line: 2, code: 'ERR_VNCLEAN_INPUT', message: 'field "text" is missing' } });
    expect(records[2]).toMatchObject({ id: 3, text: null, error: { line: 3, message: 'field "text" must be a string, got null' } });
    expect(records[3]).toMatchObject({ id: 4, error: { line: 4, message: 'field "text" must be a string, got an array' } });
    expect(records[4]).toMatchObject({ error: { line: 5, message: 'expected a JSON object, got string' } });
    expect(records[5]).toMatchObject({ error: { line: 6, message: 'expected a JSON object, got number' } });
    expect(records[6]).toEqual({ id: 7, text: cleaned });
    expect(r.stderr).toMatch(/2 not a JSON object, 3 without a usable text field/u);
    expect(run(input, '--strict').code).toBe(1);
  });

  it('an empty input gives empty output', () => {
    const r = run('');
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('a last line without a newline, CRLF line ends and a byte-order mark are read as records', () => {
    const r = run(`\uFEFF${good(1)}\r\n${good(2)}\r\n${good(3)}`);
    expect(r.code).toBe(0);
    expect(outputRecords(r.stdout)).toEqual([1, 2, 3].map((id) => ({ id, text: cleaned })));
  });
});

describe('vnclean --jsonl, bad input across files', () => {
  const dir = tempDir();

  it('numbers lines per file and names the file in error records', () => {
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    writeFileSync(a, `${good(1)}\n${good(2)}\n`);
    writeFileSync(b, `${good(3)}\n{oops\n`);
    const r = vnclean(['--jsonl', a, b]);
    expect(r.code).toBe(0);
    const lines = outputLines(r.stdout);
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[3]!)).toMatchObject({ error: { line: 2, file: b, code: 'ERR_VNCLEAN_JSON' } });
    expect(r.stderr).toContain(`${b}:2: malformed JSON`);
  });
});
