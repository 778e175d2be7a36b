import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { PROSE, TITLE, doc } from '../fixtures.js';

const byRule = (input: string) => clean(input).removed.filter((r) => r.rule === 'section-blocks').map((r) => [r.category, r.text.trim()]);

describe('section-blocks', () => {
  it('removes a related header with the bulleted list under it, as one block', () => {
    const input = doc(TITLE, '', PROSE[0]!, '', PROSE[1]!, '', 'Tin liên quan', '', ' * Phố cổ rộn ràng đón lễ hội đèn lồng', ' * Chợ nổi miền Tây hút khách nhờ tour đêm', '', PROSE[2]!);
    expect(byRule(input)).toEqual([
      ['related', 'Tin liên quan'],
      ['related', '* Phố cổ rộn ràng đón lễ hội đèn lồng'],
      ['related', '* Chợ nổi miền Tây hút khách nhờ tour đêm'],
    ]);
    expect(clean(input).text).toContain(PROSE[2]!);
  });

  it('takes teaser headlines in capitals with their summary line under a related header', () => {
    const input = doc(TITLE, '', PROSE[0]!, '', PROSE[1]!, '', 'TIN CÙNG CHUYÊN MỤC', '', 'HÀ NỘI CHI GẦN 36 TRIỆU ĐỂ TRỒNG MỘT CÂY XÀ CỪ', 'Thành phố vừa công bố chi phí trồng mới cây xanh trên các tuyến phố lớn của thủ đô trong năm nay.', '', 'BÁO NHẬN GIẢI THƯỞNG LỚN NĂM 2015');
    expect(byRule(input).map(([, t]) => t)).toEqual([
      'TIN CÙNG CHUYÊN MỤC',
      'HÀ NỘI CHI GẦN 36 TRIỆU ĐỂ TRỒNG MỘT CÂY XÀ CỪ',
      'Thành phố vừa công bố chi phí trồng mới cây xanh trên các tuyến phố lớn của thủ đô trong năm nay.',
      'BÁO NHẬN GIẢI THƯỞNG LỚN NĂM 2015',
    ]);
  });

  it('stops the block where the article resumes', () => {
    const input = doc(TITLE, '', PROSE[0]!, 'Xem thêm:', ' Phố cổ rộn ràng chuẩn bị lễ hội đèn lồng cuối năm - Năm nay lễ hội kéo dài ba ngày', PROSE[1]!, PROSE[2]!);
    const text = clean(input).text;
    expect(text).toContain(PROSE[1]!);
    expect(text).not.toContain('Phố cổ rộn ràng');
  });

  it('removes a comment section header and its form lines', () => {
    const input = doc(TITLE, '', PROSE[0]!, '', PROSE[1]!, '', 'BÌNH LUẬN (30)', '', 'Vui lòng nhập nội dung bình luận.', '', 'Gửi');
    const result = clean(input);
    expect(result.removed.map((r) => r.category)).toEqual(['comments', 'comments', 'comments']);
    expect(result.text).toBe(doc(TITLE, '', PROSE[0]!, '', PROSE[1]!));
  });

  it('does not treat an ordinary subheading that happens to be a weak header word as a block', () => {
    const input = doc(TITLE, '', PROSE[0]!, '', 'Video', '', PROSE[1]!, '', PROSE[2]!);
    expect(byRule(input)).toEqual([]);
  });
});
