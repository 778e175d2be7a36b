import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { hasCorpus, readCorpus } from './corpus.js';

// The expected files end with a newline as text files do; the seed input has none, and neither has its output.
const withoutFinalNewline = (s: string): string => s.replace(/\n$/u, '');

describe.skipIf(!hasCorpus)('the seed document', () => {
  const input = hasCorpus ? readCorpus('seed/input.txt') : '';

  it('cleans exactly to expected-boilerplate.txt with boilerplate removal alone', () => {
    const expected = withoutFinalNewline(readCorpus('seed/expected-boilerplate.txt'));
    expect(clean(input, { normalize: false }).text).toBe(expected);
  });

  it('cleans exactly to expected.txt with defaults (removal + old-style tone placement)', () => {
    const expected = withoutFinalNewline(readCorpus('seed/expected.txt'));
    const result = clean(input);
    expect(result.text).toBe(expected);
    expect(result.edits.map((e) => [e.rule, e.before, e.after])).toEqual([
      ['tone-placement', 'uỷ', 'ủy'],
      ['tone-placement', 'uỷ', 'ủy'],
    ]);
    for (const e of result.edits) expect(input.slice(e.start, e.end)).toBe(e.before);
    expect(result.stats.editsByRule).toEqual({ 'tone-placement': 2 });
  });

  it('explains each removal with a rule and a category that fit it', () => {
    const byText = (fragment: string) => clean(input).removed.filter((r) => r.text.includes(fragment));
    expect(byText('{body}').every((r) => r.category === 'template' && r.rule === 'template-tokens')).toBe(true);
    expect(byText('Hãy chia sẻ với bạn bè!')[0]?.category).toBe('share');
    expect(byText('Thời tiết')[0]?.category).toBe('weather');
    expect(byText('0 bình luận')[0]?.category).toBe('comments');
    expect(byText('Các tin đã đưa')[0]?.category).toBe('related');
    expect(byText('Tắt [X]')[0]?.category).toBe('ui');
    const titleRepeats = byText('Hà Tĩnh tập trung tổ chức đợt cao điểm').filter((r) => !r.text.includes('•'));
    expect(titleRepeats).toHaveLength(5);
    expect(titleRepeats.every((r) => r.category === 'duplicate')).toBe(true);
  });

  it('reports offsets into the input', () => {
    for (const r of clean(input).removed) expect(input.slice(r.start, r.end)).toBe(r.text);
  });

  it('recognises the title and byline', () => {
    const { meta } = clean(input);
    expect(meta.title).toBe('Hà Tĩnh tập trung tổ chức đợt cao điểm sinh hoạt chính trị “tự soi, tự sửa”');
    expect(meta.bylines).toEqual(['Hà Linh']);
  });
});
