import { describe, expect, it } from 'vitest';
import { clean, createCleaner, explain, normalizeVietnamese, VncleanError } from '../../src/index.js';
import { STYLE_NEW, STYLE_OLD, toneLooksRight } from '../../src/vi/fast-path.js';
import { resolveNormalizeOptions } from '../../src/vi/rules.js';

const norm = (text: string, options?: Parameters<typeof normalizeVietnamese>[1]): string =>
  normalizeVietnamese(text, options).text;
const rules = (text: string, options?: Parameters<typeof normalizeVietnamese>[1]): string[] =>
  normalizeVietnamese(text, options).edits.map((e) => e.rule);

describe('normalizeVietnamese: Unicode form', () => {
  it('composes decomposed text and reports unicode-compose', () => {
    expect(norm('Vie\u0323\u0302t Nam')).toBe('Việt Nam');
    expect(rules('Vie\u0323\u0302t')).toEqual(['unicode-compose']);
    expect(norm('ca\u0301 phe\u0302')).toBe('cá phê');
  });

  it('fixes what NFC leaves broken: double tone, tone before the vowel mark, deprecated marks', () => {
    expect(norm('\u1ee3\u0309')).toBe('ở');
    expect(rules('th\u1ee3\u0309')).toEqual(['double-tone']);
    expect(norm('ch\u00e1\u0301')).toBe('chá');
    expect(norm('ke\u0300\u0302')).toBe('kề');
    expect(rules('ke\u0300\u0302')).toEqual(['mark-order']);
    expect(norm('ha\u0340')).toBe('hà');
  });

  it('takes spacing look-alikes and caron/inverted breve as marks only inside a Vietnamese syllable', () => {
    expect(norm('Nguyê\u02dcn ca\u00b4ch')).toBe('Nguyễn cách');
    expect(norm('n\u01cem \u0203n ma\u030c\u0301t')).toBe('năm ăn mắt');
    expect(rules('ca\u02cac')).toEqual(['lookalike-mark']);
    expect(norm('Church\u00b4s don\u00b4t')).toBe('Church\u00b4s don\u00b4t');
  });

  it('replaces Đ look-alikes and Cyrillic/Greek letters inside Vietnamese words, nowhere else', () => {
    expect(norm('Ðà Nẵng ðiều ƉẢNG')).toBe('Đà Nẵng điều ĐẢNG');
    expect(norm('Hоà bình')).toBe('Hòa bình'); // Cyrillic о
    expect(rules('Hоà')).toEqual(['lookalike-letter']);
    expect(norm('Guðrún ÐQP Привет мир Gӧpp')).toBe('Guðrún ÐQP Привет мир Gӧpp');
  });

  it('removes zero-width characters, BOM and soft hyphens inside words, keeps them between two whole syllables', () => {
    expect(norm('x\u00aduất n\u200bước')).toBe('xuất nước');
    expect(norm('\ufeffĐã viết')).toBe('Đã viết');
    expect(norm('tới\u200bCảm')).toBe('tới\u200bCảm');
    expect(rules('chư\u00ada')).toEqual(['invisible-char']);
  });

  it('decides the same on a second pass (regressions found by the property tests)', () => {
    for (const text of ['aa\u200ba\u00ada', '\ufeffо´', 'a\u200b˜', 'a\u00adche\u0301n\u0301', 'a˜´', 's\u1ef7\u00ad\u0300',
      'suề\u200b\u0309', '\ufeff\ufeff', 'a\ufefftoặng\u0301']) {
      const once = normalizeVietnamese(text).text;
      expect(normalizeVietnamese(once).text, JSON.stringify(text)).toBe(once);
    }
  });

  it('keeps emoji, ZWJ sequences and astral characters', () => {
    const text = 'Chúc mừng 👨‍👩‍👧 năm mới 🎉 𝐀𝐁 𠀀 hoà';
    expect(norm(text)).toBe(text.replace('hoà', 'hòa'));
  });

  it('gives a run of more than 1,024 word characters composition only, as it gives code', () => {
    const long = `${'n\u200bgười'.repeat(200)}`; // 1,200 units, no space: no word a reader would split
    expect(long.length).toBeGreaterThan(1024);
    expect(norm(long)).toBe(long.normalize('NFC'));
    expect(rules(long.normalize('NFD'))).toEqual(['unicode-compose']);
    expect(norm('n\u200bgười')).toBe('người'); // a word of its own still loses its zero-width space
  });

  it('stays linear on a long run of toned vowels (each tone check looks at most a few vowels around it)', () => {
    expect(toneLooksRight('hoà', 2, STYLE_NEW)).toBe(true);
    expect(toneLooksRight('ààààà', 2, STYLE_OLD)).toBe(false);
    // Walking the whole run once per toned vowel took clean() 7.7 s for 40,000 of them (quadratic: ~17 s for
    // 60,000); linear, it takes about a tenth of a second. The bound leaves a margin of 20× either way.
    const word = 'à'.repeat(60_000);
    const started = performance.now();
    expect(norm(word)).toBe(word);
    expect(clean(word).text).toBe(word);
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it('stays linear on one long token of many words and on a long row of spacing marks', () => {
    // Each word used to walk its whole token (and each spacing mark its whole row): 80,000 units took 11–29 s.
    const shapes = ['tòan.'.repeat(16_000), 'Ð.'.repeat(40_000), 'a\u0300.'.repeat(26_000), '´'.repeat(80_000), `a${'´'.repeat(80_000)}`];
    const started = performance.now();
    for (const text of shapes) expect(normalizeVietnamese(text).text.length).toBeGreaterThan(0);
    expect(norm('tòan.tòan')).toBe('toàn.toàn');
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it('turns no-break spaces into spaces only when asked', () => {
    expect(norm('10\u00a0000 đồng')).toBe('10\u00a0000 đồng');
    expect(norm('10\u00a0000\u202fđồng', { nbsp: true })).toBe('10 000 đồng');
    expect(rules('a\u00a0b', { nbsp: true })).toEqual(['nbsp']);
  });
});

describe('normalizeVietnamese: tone placement', () => {
  it('defaults to old style and moves only open oa/oe/uy', () => {
    expect(norm('hoà thuỷ khoẻ hoàn thuý quý')).toBe('hòa thủy khỏe hoàn thúy quý');
    expect(norm('hòa thủy khỏe', { tone: 'new' })).toBe('hoà thuỷ khoẻ');
    expect(norm('hòa hoà', { tone: 'preserve' })).toBe('hòa hoà');
    expect(rules('uỷ ban')).toEqual(['tone-placement']);
  });

  it('leaves loanwords, names, glued words, code and URLs as they are', () => {
    const untouched = [
      'café Irắc kilômét hệHà cóthể iPhone',
      'https://vi.wikipedia.org/wiki/Hoà_Bình',
      'xem tại www.hoà.vn hoặc hoà@email.vn',
      'const hoà_bình = 1; #hoà',
      'xe buýt',
    ];
    for (const text of untouched) expect(norm(text)).toBe(text);
  });

  it('reports offsets into the input, and applying the edits gives the output', () => {
    const input = 'Tỉnh uỷ họp, tòan thể ÐẢNG viên\u00ad và ca\u0301n bộ.';
    const { text, edits } = normalizeVietnamese(input);
    let rebuilt = '';
    let at = 0;
    for (const e of edits) {
      expect(input.slice(e.start, e.end)).toBe(e.before);
      expect(e.reason.length).toBeGreaterThan(0);
      rebuilt += input.slice(at, e.start) + e.after;
      at = e.end;
    }
    expect(rebuilt + input.slice(at)).toBe(text);
    expect(text).toBe('Tỉnh ủy họp, toàn thể ĐẢNG viên và cán bộ.');
  });

  it('lets rules be turned off', () => {
    expect(norm('tòan Ðà', { rules: { 'tone-misplaced': false, 'lookalike-letter': false } })).toBe('tòan Ðà');
    expect(norm('hoa\u0300', { rules: { 'unicode-compose': false, 'tone-placement': false } })).toBe('hoa\u0300');
  });
});

describe('options and errors', () => {
  it('rejects bad options with stable codes', () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return e instanceof VncleanError ? e.code : 'other';
      }
      return undefined;
    };
    expect(code(() => normalizeVietnamese('x', { tone: 'modern' as never }))).toBe('ERR_VNCLEAN_OPTION');
    expect(code(() => normalizeVietnamese('x', { style: 'old' } as never))).toBe('ERR_VNCLEAN_UNKNOWN_OPTION');
    expect(code(() => normalizeVietnamese('x', { rules: { 'no-such': false } } as never))).toBe('ERR_VNCLEAN_UNKNOWN_RULE');
    expect(code(() => normalizeVietnamese('x', { nbsp: 'yes' } as never))).toBe('ERR_VNCLEAN_OPTION');
    expect(code(() => normalizeVietnamese(42 as never))).toBe('ERR_VNCLEAN_INPUT');
    expect(code(() => createCleaner({ normalize: { tone: 'x' } as never }))).toBe('ERR_VNCLEAN_OPTION');
    expect(code(() => createCleaner({ normalize: 'yes' as never }))).toBe('ERR_VNCLEAN_OPTION');
  });

  it('resolves equal options to one object, so calls with literal options share the cache of fixed words', () => {
    expect(resolveNormalizeOptions({ tone: 'new' })).toBe(resolveNormalizeOptions({ tone: 'new', rules: {} }));
    expect(resolveNormalizeOptions({})).toBe(resolveNormalizeOptions(undefined));
    expect(resolveNormalizeOptions({ tone: 'old', nbsp: false })).toBe(resolveNormalizeOptions(undefined));
    expect(resolveNormalizeOptions({ tone: 'new' })).not.toBe(resolveNormalizeOptions({ tone: 'old' }));
    expect(resolveNormalizeOptions({ nbsp: true })).not.toBe(resolveNormalizeOptions({}));
    const off = resolveNormalizeOptions({ rules: { 'tone-placement': false } });
    expect(off).not.toBe(resolveNormalizeOptions({}));
    expect(off.enabled.has('tone-placement')).toBe(false);
    expect(Object.isFrozen(off)).toBe(true);
    // The shared objects give what fresh ones would: the cache is per setting, and settings do not mix.
    expect(normalizeVietnamese('hoà', { tone: 'new' }).text).toBe('hoà');
    expect(normalizeVietnamese('hoà').text).toBe('hòa');
    expect(normalizeVietnamese('hoà', { tone: 'new' }).text).toBe('hoà');
    expect(normalizeVietnamese('hoà', { rules: { 'tone-placement': false } }).text).toBe('hoà');
  });

  it('resolves every setting right past the number it keeps shared', () => {
    const ids = ['lookalike-letter', 'lookalike-mark', 'double-tone', 'tone-misplaced', 'tone-placement', 'mark-order'] as const;
    for (let bits = 0; bits < 64; bits++) {
      const rules = Object.fromEntries(ids.map((id, k) => [id, (bits & (1 << k)) === 0]));
      const resolved = resolveNormalizeOptions({ tone: 'preserve', rules });
      expect([...resolved.enabled].filter((r) => (ids as readonly string[]).includes(r)).length).toBe(6 - popcount(bits));
      expect(resolveNormalizeOptions({ tone: 'preserve', rules }).enabled).toEqual(resolved.enabled);
    }
  });
});

describe('clean() with normalisation', () => {
  const page = 'Tin liên quan\nTỉnh uỷ họp bàn {name} về công tác hoà giải.\nNội dung thứ hai của bài viết về hoà bình.\n';

  it('normalises after removal and maps edit offsets to the input', () => {
    const result = clean(page);
    for (const e of result.edits) expect(page.slice(e.start, e.end)).toBe(e.before);
    expect(result.edits.length).toBeGreaterThan(0);
    expect(result.text).not.toContain('uỷ');
    expect(result.stats.editsByRule['tone-placement']).toBe(result.edits.length);
    expect(explain(result)).toContain('tone-placement: "uỷ" → "ủy" (old-style tone placement)');
  });

  it('normalize: false turns it off; options pass through', () => {
    expect(clean(page, { normalize: false }).edits).toEqual([]);
    expect(clean('Tỉnh ủy họp bàn về hòa giải và hòa bình hôm nay.', { normalize: { tone: 'new' } }).text)
      .toBe('Tỉnh uỷ họp bàn về hoà giải và hoà bình hôm nay.');
  });
});

function popcount(n: number): number {
  let count = 0;
  for (let m = n; m !== 0; m &= m - 1) count++;
  return count;
}
