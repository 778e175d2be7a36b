import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, explain } from '../../src/index.js';
import { hasCorpus, readCorpus } from '../corpus.js';
import { shell, tempDir, vnclean } from './run.js';

describe('vnclean on plain text', () => {
  const dir = tempDir();

  it.skipIf(!hasCorpus)('cleans stdin to the article alone, and --explain tells what went, on stderr', () => {
    const input = readCorpus('seed/input.txt');
    const r = vnclean(['--explain'], input);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${clean(input).text}\n`);
    expect(r.stderr).toBe(`\n${explain(clean(input), input)}\n`);
  });

  it('cleans each file in turn', () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, 'Tiêu đề bài báo\nTiêu đề bài báo\nNội dung đầu tiên của bài.\n');
    writeFileSync(b, 'Bài thứ hai.\nHãy chia sẻ với bạn bè!\n');
    const r = vnclean([a, b]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${clean('Tiêu đề bài báo\nTiêu đề bài báo\nNội dung đầu tiên của bài.\n').text}${clean('Bài thứ hai.\nHãy chia sẻ với bạn bè!\n').text}`);
    expect(r.stdout).not.toContain('chia sẻ');
  });

  it('an empty input gives empty output', () => {
    expect(vnclean([], '')).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('invalid UTF-8 becomes U+FFFD with a warning; --strict makes it exit 1', () => {
    const input = Buffer.concat([Buffer.from('Xin ch'), Buffer.from([0xe0, 0x80]), Buffer.from(' bạn\n')]);
    const r = vnclean([], input);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Xin ch\uFFFD\uFFFD bạn\n');
    expect(r.stderr).toContain('stdin: invalid UTF-8 bytes replaced with U+FFFD');
    const strict = vnclean(['--strict'], input);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
  });

  it('npm run demo prints the cleaned text, then the explanation', () => {
    const r = shell('node dist/cli.js --explain examples/article.txt 2>&1');
    expect(r.code).toBe(0);
    const [text, explanation] = r.stdout.split('\nremoved ');
    expect(text).toContain('Làng gốm ven sông đón mùa du lịch mới');
    expect(explanation).toMatch(/^\d+ spans\n/u);
  });
});
