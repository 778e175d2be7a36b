import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { PROSE, TITLE, doc } from '../fixtures.js';

describe('outside-article', () => {
  const page = doc(
    'Giao diện PDA',
    ' * Thời sự',
    ' * Góc nhìn',
    ' * Kinh tế thị trường',
    'Kinh doanh › Vĩ mô',
    '',
    TITLE,
    'Thứ năm, 2/11/2023, 19:20 (GMT+7)',
    '',
    ...PROSE.flatMap((p) => [p, '']),
    'Minh Hòa',
    '',
    ' * Phố cổ rộn ràng chuẩn bị lễ hội đèn lồng cuối năm',
    '   Năm nay lễ hội kéo dài ba ngày với nhiều hoạt động mới.',
    'CHỢ NỔI MIỀN TÂY HÚT KHÁCH NHỜ TOUR ĐÊM',
    '#dulich #langgom #mientay',
    'Giấy phép số 76/GP-BTTTT, cấp ngày 26/02/2020.',
    'Tòa soạn: 29 Phố Ví Dụ, Hà Nội',
    '024.3943.1250',
  );
  const result = clean(page);

  it('keeps the article, its title and byline', () => {
    expect(result.text).toBe([TITLE, '', ...PROSE.flatMap((p) => [p, '']), 'Minh Hòa'].join('\n'));
    expect(result.meta.title).toBe(TITLE);
    expect(result.meta.bylines).toEqual(['Minh Hòa']);
    expect(result.meta.dates).toEqual(['Thứ năm, 2/11/2023, 19:20 (GMT+7)']);
  });

  it('explains each removed line with a fitting category', () => {
    const category = (fragment: string) => result.removed.find((r) => r.text.includes(fragment))?.category;
    expect(category('Giao diện PDA')).toBe('nav');
    expect(category('Kinh tế thị trường')).toBe('nav');
    expect(category('Kinh doanh › Vĩ mô')).toBe('nav');
    expect(category('Phố cổ rộn ràng')).toBe('related');
    expect(category('Năm nay lễ hội')).toBe('related');
    expect(category('CHỢ NỔI MIỀN TÂY')).toBe('related');
    expect(category('#dulich')).toBe('meta');
    expect(category('Giấy phép')).toBe('footer');
    expect(category('Tòa soạn')).toBe('footer');
    expect(category('024.3943.1250')).toBe('footer');
  });

  it('keeps an article\'s own dash list and contact lines right under its last paragraph', () => {
    const input = doc(TITLE, '', PROSE[0]!, '', PROSE[1]!, '', '- Hà Nội: 2 phố Ví Dụ, quận Hai Bà Trưng. Điện thoại: 0988 000 000', 'Email: lienhe@vidu.vn');
    expect(clean(input).removed).toEqual([]);
  });
});
