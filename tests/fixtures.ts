/**
 * Small hand-written Vietnamese snippets for unit and property tests. Written for this project (not taken from
 * any publisher), so they can live in the repository.
 */
export const PROSE = [
  'Sau hai năm vắng khách, làng gốm ven sông đang chuẩn bị cho mùa du lịch mới với nhiều hoạt động trải nghiệm.',
  'Những ngày này, các lò gốm trong làng đỏ lửa từ sáng sớm, người thợ cả cho biết khách đặt hàng từ đầu tháng.',
  'Ngoài việc bán sản phẩm, nhiều hộ gia đình mở thêm lớp học làm gốm ngắn ngày cho du khách trong và ngoài nước.',
  'Theo chính quyền địa phương, năm nay làng dự kiến đón khoảng hai mươi nghìn lượt khách, tăng gần gấp đôi.',
  'Xã cũng đang làm lại con đường dẫn vào làng để xe khách có thể vào tận nơi, dự kiến xong trước Tết.',
  'Bà Lan, chủ một lò gốm lâu năm, chia sẻ rằng nghề gốm đã nuôi sống gia đình bà qua bốn thế hệ.',
];

export const TITLE = 'Làng gốm ven sông đón mùa du lịch mới';

/** An article with nothing to remove. */
export const CLEAN_ARTICLE = [TITLE, '', ...PROSE.flatMap((p) => [p, '']), 'Minh Hòa'].join('\n');

/** Build a document from lines. */
export const doc = (...lines: string[]): string => lines.join('\n');
