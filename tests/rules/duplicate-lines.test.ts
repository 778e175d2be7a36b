import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { PROSE, TITLE, doc } from '../fixtures.js';

const dropped = (input: string) => clean(input).removed.filter((r) => r.rule === 'duplicate-lines').map((r) => r.text.trim());

describe('duplicate-lines', () => {
  it('removes the title repeated as image alt text, keeping the first occurrence', () => {
    const input = doc(TITLE, '', PROSE[0]!, '', TITLE, '', PROSE[1]!, '', TITLE.toUpperCase(), '', PROSE[2]!);
    const result = clean(input);
    expect(dropped(input)).toEqual([TITLE, TITLE.toUpperCase()]);
    expect(result.text.startsWith(TITLE)).toBe(true);
    expect(result.removed.every((r) => r.category === 'duplicate')).toBe(true);
  });

  it('compares through the canonical key: spacing, punctuation and tone placement do not hide a repeat', () => {
    const input = doc('Tỉnh ủy họp bàn về hòa giải ở cơ sở', '', PROSE[0]!, '', 'Tỉnh  uỷ họp bàn về hoà giải ở cơ sở!', '', PROSE[1]!);
    expect(dropped(input)).toEqual(['Tỉnh  uỷ họp bàn về hoà giải ở cơ sở!']);
  });

  it('never compares by stripping diacritics: "ma", "mà" and "má" are different lines', () => {
    const input = doc(TITLE, '', PROSE[0]!, '', 'Bà ba bán bánh', '', PROSE[1]!, '', 'Bà bà bán bánh', '', PROSE[2]!);
    expect(dropped(input)).toEqual([]);
  });

  it('removes a repeated lead behind a dateline prefix', () => {
    const input = doc(`(Tinvidu.vn) - ${PROSE[0]!}`, '', TITLE, '', PROSE[0]!, '', PROSE[1]!);
    expect(dropped(input)).toEqual([PROSE[0]]);
  });

  it('removes a repeated byline and a repeated caption', () => {
    const caption = 'Du khách nặn thử bình gốm dưới sự hướng dẫn của nghệ nhân. Ảnh: Minh Hòa';
    const input = doc(TITLE, '', PROSE[0]!, '', caption, '', PROSE[1]!, '', caption, '', 'Minh Hòa', '', 'Minh Hòa');
    expect(dropped(input)).toEqual([caption, 'Minh Hòa']);
  });

  it('keeps two different sentences that share many words (the seed lines 45 and 47, similarity about 0.71)', () => {
    const a = 'Tất cả các đảng bộ trực thuộc trên toàn tỉnh đã ban hành các công văn, hướng dẫn, biên soạn tài liệu, xây dựng kế hoạch nhằm triển khai hiệu quả đợt cao điểm sinh hoạt chính trị với chủ đề “tự soi, tự sửa”.';
    const b = 'Hiện nay, tất cả các đảng bộ trực thuộc trên toàn tỉnh đã ban hành các công văn, hướng dẫn, biên soạn tài liệu, lên kế hoạch nhằm triển khai hiệu quả đợt cao điểm sinh hoạt chính trị với chủ đề “tự soi, tự sửa” vào tháng 5/2022 theo hướng dẫn của Ban Tuyên giáo Tỉnh ủy.';
    expect(dropped(doc(TITLE, '', PROSE[0]!, '', a, '', b, '', PROSE[1]!))).toEqual([]);
  });

  it('removes an abridged repeat of an earlier paragraph (a near duplicate)', () => {
    const long = 'Bộ Giao thông vận tải vừa đề nghị các địa phương khẩn trương rà soát toàn bộ các cây cầu yếu trên tuyến quốc lộ trước mùa mưa bão năm nay.';
    const abridged = 'Bộ Giao thông vận tải vừa đề nghị các địa phương rà soát toàn bộ các cây cầu yếu trên tuyến quốc lộ trước mùa mưa bão.';
    expect(dropped(doc(TITLE, '', long, '', PROSE[0]!, '', abridged))).toEqual([abridged]);
  });

  it('removes only the repeated opening when a later paragraph starts with an earlier line', () => {
    const input = doc(TITLE, '', PROSE[0]!, '', PROSE[1]!, '', `${PROSE[0]!} ${PROSE[2]!} ${PROSE[3]!}`);
    const result = clean(input);
    const span = result.removed.find((r) => r.rule === 'duplicate-lines');
    expect(span?.text).toBe(`${PROSE[0]!} `);
    expect(result.text).toContain(`\n${PROSE[2]!} ${PROSE[3]!}`);
  });

  it('judges pieces of a broken sentence with their sentence, not as repeated lines', () => {
    const input = doc(TITLE, '', 'Sau nhiều ngày chờ đợi, ca khúc ', 'Nơi này có anh', ' đã ra mắt khán giả trong đêm qua.',
      'Được biết, ', 'Nơi này có anh', ' được ghi hình tại Hàn Quốc.', PROSE[0]!);
    expect(dropped(input)).toEqual([]);
  });

  it('can be turned off', () => {
    const input = doc(TITLE, '', PROSE[0]!, '', TITLE);
    expect(clean(input, { rules: { 'duplicate-lines': false } }).removed).toEqual([]);
  });
});
