/**
 * Vietnamese page-chrome phrases, grouped by the category a matching line is removed under.
 *
 * Every entry is compared through the canonical key (lowercase, one tone style, punctuation collapsed), so
 * write them naturally; `#` stands for any number ("# bình luận" matches "0 bình luận", "12 Bình luận").
 *
 * - `lines`: the whole line is the phrase (optionally behind a list marker). Safe anywhere in a document,
 *   because a line that is only "Hãy chia sẻ với bạn bè!" or "Gửi bình luận" is never article prose.
 * - `outside`: the whole line is the phrase, but the phrase could also be a one-word subheading or list item of
 *   an article ("Facebook", "Thông báo", "Video"), so it is removed only outside the article body.
 * - `starts`: the line begins with the phrase and is short (see MAX_WORDS_FOR_STARTS in the rule). Used only
 *   outside the article body, where "Địa chỉ: …" is a footer and not a sentence of the story.
 * - `headers`: the line opens a block of that category (a related list, a comment section); the block rule
 *   removes the header and the items under it.
 *
 * Phrases are generic Vietnamese news chrome, never a particular site's wording.
 */
import type { Category } from '../report.js';

export interface PhrasePack {
  readonly lines: readonly string[];
  readonly outside: readonly string[];
  readonly starts: readonly string[];
  readonly headers: readonly string[];
}

export const VI_PHRASES: Readonly<Record<Category, PhrasePack>> = {
  share: {
    lines: [
      'chia sẻ bài viết', 'chia sẻ bài viết này', 'chia sẻ facebook', 'chia sẻ lên facebook', 'hãy chia sẻ với bạn bè',
      'chia sẻ với bạn bè', 'chia sẻ copy link', 'chia sẻ copy link thành công', 'copy link thành công',
      'sao chép liên kết', 'link bài gốc lấy link', 'in bài', 'in bài viết', 'gửi email', 'gửi bài viết qua email',
      'gửi cho bạn bè', 'lưu tin', 'lưu bài viết', 'chia sẻ lưu tin bình luận trở về', 'theo dõi trên google news',
    ],
    outside: [
      'chia sẻ', 'chia sẻ bài', 'copy link', 'đã sao chép', 'lấy link', 'facebook', 'zalo', 'twitter', 'linkedin',
      'pinterest', 'email', 'in', 'bản in', 'bookmark', 'thích', 'like', 'tweet', 'share', 'google news',
      'theo dõi chúng tôi trên',
    ],
    starts: ['theo dõi báo', 'theo dõi chúng tôi', 'chia sẻ chia sẻ', 'chia sẻ text', 'link bài gốc'],
    headers: [],
  },
  weather: {
    lines: ['chọn tỉnh thành'],
    outside: ['thời tiết', 'dự báo thời tiết', 'thời tiết hôm nay', 'địa phương', 'chọn địa phương'],
    starts: ['xem thêm thành phố', 'xem thêm tỉnh', 'độ ẩm', 'nhiệt độ'],
    headers: [],
  },
  comments: {
    lines: [
      '# bình luận', 'gửi bình luận', 'viết bình luận', 'xem bình luận', 'xem thêm bình luận', 'báo vi phạm',
      'gửi phản hồi', 'xem phản hồi', 'thông tin bạn đọc', 'vui lòng nhập nội dung bình luận', 'vui lòng nhập họ tên',
      'vui lòng nhập email', 'email không đúng định dạng', 'vui lòng điền đầy đủ thông tin trên',
      'bình luận được gửi thành công', 'đăng bình luận', 'bạn vui lòng đợi #s để tiếp tục comment',
    ],
    outside: [
      'bình luận', 'bình luận #', 'bình luận của bạn', 'ý kiến bạn đọc', 'ý kiến của bạn', 'gửi ý kiến', 'ý kiến #',
      'trả lời', 'gửi', 'phản hồi', 'họ tên', 'họ và tên', 'nội dung', 'mã xác nhận', 'sắp xếp theo',
      'mới nhất cũ nhất', 'thông báo', 'quan tâm nhất',
    ],
    starts: [
      'ý kiến của bạn sẽ được biên tập', 'vui lòng gõ tiếng việt có dấu', 'bạn vui lòng đợi', 'vui lòng nhập',
      'bình luận của bạn sẽ được', 'gửi bình luận', 'bạn có ý kiến gì về', 'bạn nghĩ sao về',
    ],
    headers: ['bình luận', 'bình luận #', '# bình luận', 'ý kiến bạn đọc', 'ý kiến', 'phản hồi', 'thảo luận'],
  },
  related: {
    lines: ['xem tất cả'],
    outside: ['xem thêm', 'đọc thêm', 'xem tiếp', 'xem chi tiết', 'đọc tiếp'],
    starts: [],
    headers: [
      'tin liên quan', 'bài liên quan', 'bài viết liên quan', 'tin cùng chuyên mục', 'cùng chuyên mục',
      'tin khác', 'các tin khác', 'bài khác', 'bài viết khác', 'các bài khác', 'tin bài khác', 'các tin đã đưa',
      'các bài đã đăng', 'các bài mới', 'tin mới', 'tin mới nhất', 'tin mới cập nhật', 'tin mới đăng', 'tin cũ',
      'tin cũ hơn', 'tin tức gần đây', 'tin tiêu điểm', 'tiêu điểm', 'tin nổi bật', 'nổi bật', 'nổi bật trang chủ',
      'đọc nhiều', 'đọc nhiều nhất', 'xem nhiều', 'xem nhiều nhất', 'phản hồi nhiều nhất', 'bình luận nhiều nhất',
      'có thể bạn quan tâm', 'bạn có thể quan tâm', 'có thể bạn muốn xem', 'đừng bỏ lỡ', 'tin hay', 'tin nóng',
      'nóng bỏng', 'xu hướng', 'tin bài cùng sự kiện', 'cùng sự kiện', 'tin cùng sự kiện', 'xem thêm', 'đọc thêm',
      'tin đọc nhiều', 'bài đọc nhiều', 'tin xem nhiều', 'tin ảnh', 'video nổi bật', 'tin video', 'mới cập nhật',
      'sự kiện nóng', 'tin tức liên quan', 'bài cùng chuyên mục',
    ],
  },
  nav: {
    lines: [
      'về trang chủ', 'về trang trước', 'đặt làm trang chủ', 'giao diện pda', 'phiên bản di động', 'quay lại đầu trang',
      'tin theo khu vực', 'nhập từ khóa', 'xem theo ngày', 'chuyên mục chính',
    ],
    outside: [
      'trang chủ', 'trang nhất', 'quay lại', 'trở lại', 'trở về', 'trang trước', 'trang sau', 'tìm kiếm', 'đăng nhập',
      'đăng ký', 'đăng xuất', 'thoát', 'thoát x', 'menu', 'danh mục', 'chuyên mục', 'mới nhất', 'tất cả',
      'liên kết', 'rss', 'sitemap', 'đầu trang', 'home', 'english', 'tin tức', 'tin nhanh', 'podcast', 'e magazine',
      'emagazine', 'infographic', 'infographics', 'longform', 'multimedia', 'video clip', 'tải ứng dụng',
      'bạn đọc làm báo', 'liên hệ', 'góp ý', 'giới thiệu', 'tòa soạn', 'đặt báo',
    ],
    starts: ['trở lại ', 'đặt làm trang chủ', 'truy cập bản di động', 'ngày # # # # #', 'tháng # # # #'],
    headers: [],
  },
  footer: {
    lines: [
      'chính sách bảo mật', 'điều khoản sử dụng', 'thỏa thuận sử dụng', 'bảo vệ riêng tư', 'liên hệ quảng cáo',
      'hotline hỗ trợ quảng cáo', 'chat với tư vấn viên',
    ],
    outside: ['một sản phẩm của', 'đơn vị quảng cáo'],
    starts: [
      'bản quyền', 'copyright', 'giấy phép', 'cơ quan chủ quản', 'cơ quan của', 'đơn vị chủ quản',
      'tổng biên tập', 'phó tổng biên tập', 'chịu trách nhiệm', 'tòa soạn', 'trụ sở', 'địa chỉ', 'address',
      'văn phòng đại diện', 'vpđd', 'điện thoại', 'tel', 'fax', 'hotline', 'email', 'e mail', 'liên hệ quảng cáo',
      'đặt mua báo', 'thiết kế và phát triển', 'phát triển bởi', 'ghi rõ nguồn', 'cấm sao chép', 'mọi hành động sử dụng',
      'không được sao chép', 'hỗ trợ', 'trang tin điện tử', 'báo điện tử', 'tạp chí điện tử', 'sở thông tin',
      'tầng #', 'ms ', 'mr ', 'hãy gọi',
    ],
    headers: [],
  },
  ad: {
    lines: ['thông tin doanh nghiệp', 'nội dung tài trợ'],
    outside: ['quảng cáo', 'tài trợ', 'sponsored', 'advertisement', 'ads', 'pr'],
    starts: ['ads by', 'quảng cáo ', 'đăng ký tại đây', 'mua ngay', 'đặt hàng ngay'],
    headers: [],
  },
  ui: {
    lines: [
      'tắt x', 'lên đầu trang', 'về đầu trang', 'chuyển đến nội dung chính', 'skip ad', 'playback speed', 'xem tiếp',
      'xem video dưới', 'back to top', 'chi tiết',
    ],
    outside: [
      'đóng', 'đóng lại', 'close', 'x', 'top', 'bỏ qua', 'skip', 'tốc độ phát', 'bình thường', '#x', '# #x',
      '# # # #', 'xem video', 'bấm để xem', 'click để xem', 'tải thêm', 'chấp nhận', 'đồng ý', 'tôi đồng ý',
      'cookie', 'đang tải', 'loading',
    ],
    starts: ['# # stars based on', 'chúng tôi sử dụng cookie', 'trang web này sử dụng cookie'],
    headers: [],
  },
  meta: {
    lines: [],
    outside: ['tags', 'tag', 'từ khóa', 'chủ đề', 'lượt xem', 'cập nhật'],
    starts: ['tags ', 'tag ', 'từ khóa ', 'cập nhật lúc', 'cập nhật ngày', 'lượt xem', 'đăng lúc', 'xuất bản'],
    headers: [],
  },
  duplicate: { lines: [], outside: [], starts: [], headers: [] },
  template: { lines: [], outside: [], starts: [], headers: [] },
};

/**
 * Section names of Vietnamese news sites. A lone one is a menu item or a section label: removed outside the
 * article body, never inside it.
 */
export const VI_SECTIONS: readonly string[] = [
  'thời sự', 'chính trị', 'xã hội', 'thế giới', 'quốc tế', 'kinh tế', 'kinh doanh', 'tài chính', 'chứng khoán',
  'bất động sản', 'địa ốc', 'thị trường', 'giáo dục', 'tuyển sinh', 'du học', 'sức khỏe', 'sức khoẻ', 'y tế',
  'pháp luật', 'an ninh', 'hình sự', 'thể thao', 'bóng đá', 'giải trí', 'văn hóa', 'văn hoá', 'nghệ thuật',
  'âm nhạc', 'điện ảnh', 'phim ảnh', 'sao', 'du lịch', 'đời sống', 'gia đình', 'tình yêu', 'giới trẻ',
  'khoa học', 'công nghệ', 'số hóa', 'xe', 'ô tô', 'xe máy', 'ý kiến', 'góc nhìn', 'bạn đọc', 'tâm sự',
  'nhịp sống trẻ', 'chuyện lạ', 'thư giãn', 'ẩm thực', 'làm đẹp', 'thời trang', 'mẹ và bé', 'việc làm',
  'môi trường', 'nông nghiệp', 'quân sự', 'quốc phòng', 'sự kiện', 'phóng sự', 'tin tức', 'internet', 'mobile',
  'video', 'ảnh', 'media', 'podcast', 'hà nội', 'tp hồ chí minh', 'tp hcm', 'địa phương', 'trong nước',
];

/**
 * Words that name a recurring line's category wherever they stand in it (a site-profile line learned from the
 * crawl has no phrase of its own): the newspaper's footer, and advertising.
 */
export const VI_FOOTER_WORDS: readonly string[] = [
  'bản quyền', 'copyright', 'giấy phép', 'tổng biên tập', 'tòa soạn', 'địa chỉ', 'điện thoại', 'hotline', 'email', 'fax', 'cskh',
];
export const VI_AD_WORDS: readonly string[] = [
  'quảng cáo', 'tài trợ', 'sponsored', 'khuyến mãi', 'ưu đãi', 'giảm giá', 'mua ngay', 'đặt mua', 'đặt hàng',
];
