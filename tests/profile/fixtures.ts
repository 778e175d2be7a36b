import type { Profile } from '../../src/index.js';
import { decodeLines, type LineCounts } from '../../src/profile/codec.js';

/** A site's line records, decoded (tests only: real readers stream them). */
export function linesOf(profile: Profile, site: string): LineCounts[] {
  const lines: LineCounts[] = [];
  const s = profile.sites.find((x) => x.site === site);
  if (s) decodeLines(s.data, (fp, before, inside, after) => lines.push({ fp, before, inside, after }));
  return lines;
}

/**
 * Synthetic news pages for profile tests: an article (title, lead, body) with a site's menu above it and teasers
 * of other articles below it. Sentences are built from numbered words, so every article's own lines are unique
 * and only what the site repeats recurs.
 */

const WORDS = ['nhà', 'trường', 'học', 'sinh', 'bóng', 'đá', 'thành', 'phố', 'giá', 'vàng', 'trời', 'mưa', 'đường', 'xe',
  'bệnh', 'viện', 'công', 'ty', 'chợ', 'dân', 'cầu', 'thủ', 'mùa', 'giải', 'dự', 'án', 'kinh', 'tế', 'du', 'lịch', 'sông', 'núi'];

/** A sentence of exactly `n` words that depends only on `seed` (a small PRNG, so seeds give unrelated sentences). */
export function sentence(seed: number, n = 18): string {
  let state = (seed * 0x9e37_79b9 + 0x1234_5678) >>> 0;
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b_3c6d) + 0x6d2b_79f5) >>> 0;
    words.push(WORDS[state % WORDS.length]!);
  }
  const s = words.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

export const MENU = ['Trang chủ', 'Thời sự', 'Thế giới', 'Kinh doanh', 'Thể thao'];
export const TEASERS = [0, 1, 2, 3, 4, 5].map((i) => sentence(9000 + i, 22));

/** One page: menu, title, lead, `body` paragraphs, then teasers picked by `teasers` (indices into TEASERS). */
export function page(id: number, teasers: readonly number[], body = 4): string {
  const lines = [...MENU, '', `Tiêu đề bài số ${id} về ${WORDS[id % WORDS.length]!} hôm nay`, '', sentence(id * 100, 24)];
  for (let p = 1; p <= body; p++) lines.push('', sentence(id * 100 + p, 30));
  for (const t of teasers) lines.push('', TEASERS[t]!);
  return lines.join('\n');
}
