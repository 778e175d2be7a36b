import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { findTemplateTokens } from '../../src/rules/template-tokens.js';
import { PROSE, TITLE, doc } from '../fixtures.js';

const tokensIn = (line: string) => findTemplateTokens(line).map(([s, e]) => line.slice(s, e));

describe('template-tokens', () => {
  it('finds the placeholder shapes that leak from client-side templates', () => {
    expect(tokensIn('{name} - {time}')).toEqual(['{name}', '{time}']);
    expect(tokensIn('Xin chào {{ user.name }}!')).toEqual(['{{ user.name }}']);
    expect(tokensIn('${title} | <body> | [[author]] | %s | %1$s | %(count)d | __TITLE__')).toEqual([
      '${title}', '<body>', '[[author]]', '%s', '%1$s', '%(count)d', '__TITLE__',
    ]);
    expect(tokensIn('<user_name> và <commentCount>')).toEqual(['<user_name>', '<commentCount>']);
  });

  it('leaves legitimate braces, brackets, maths and code alone (control set)', () => {
    const control = [
      'Tập hợp A = {1, 2, 3} và B = {x | x > 0}.',
      'Với mọi x thuộc {x}, ta có f(x) < g(x) > 0.',
      'Giá vàng tăng 5%so với tuần trước, lãi suất 6,5%/năm.',
      'Cú pháp nhắn tin: DK <tên> gửi 8x77.',
      'Thẻ <b>, <br> và <div> là thẻ HTML cơ bản.',
      'Trong JavaScript, đối tượng rỗng viết là {} và mảng rỗng là [].',
      'Biểu thức a[[0]] trong R, hay map[key] trong Go.',
      'Nhiệt độ 30°C, độ ẩm 80%, gió cấp 3.',
      'Ông ấy nói: "Hãy nhớ {điều này}".',
      'Hàm printf("%d", n) in ra số nguyên.',
      '100% học sinh đạt yêu cầu; 50 % còn lại chưa.',
      '<3 em yêu anh',
    ];
    for (const line of control) {
      expect(tokensIn(line), line).toEqual([]);
    }
  });

  it('removes a template skeleton line whole, with its line break', () => {
    const input = doc(TITLE, '', PROSE[0]!, '', PROSE[1]!, '', ' {name} - {time}', '{body}');
    const result = clean(input);
    expect(result.text).toBe(doc(TITLE, '', PROSE[0]!, '', PROSE[1]!));
    const templates = result.removed.filter((r) => r.rule === 'template-tokens');
    expect(templates.map((r) => r.text)).toEqual([' {name} - {time}\n', '{body}']);
    expect(templates.every((r) => r.category === 'template')).toBe(true);
  });

  it('removes only the token inside prose, with one neighbouring space', () => {
    const sentence = 'Kính gửi {name} , bài viết của bạn về làng gốm đã được đăng trên chuyên mục du lịch của báo.';
    const result = clean(doc(TITLE, '', sentence, '', PROSE[0]!));
    expect(result.text).toContain('Kính gửi , bài viết của bạn');
    const [token] = result.removed;
    expect(token?.text).toBe(' {name}');
    expect(token?.rule).toBe('template-tokens');
  });

  it('a document that is only a skeleton still gets a result, with an empty text', () => {
    const result = clean('{body}');
    expect(result.removed).toHaveLength(1);
    expect(result.text).toBe('');
  });
});
