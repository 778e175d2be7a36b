import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import { clean, normalizeVietnamese, type CleanResult } from '../src/index.js';
import { S_INVISIBLE, S_SLOW, S_TONE, S_VOWEL, SCAN_TABLE } from '../src/line-scan/unit-table.js';
import { ALWAYS, AFTER_LETTER, classOf, NEAR_LATIN, TONED } from '../src/vi/fast-path.js';
import { TABLE_SIZE, VOWEL_INFO } from '../src/vi/letters.js';
import { corpusTexts, hasCorpus } from './corpus.js';

/*
 * clean() normalises only the output lines its line scan could not vouch for (src/normalize-ranges.ts). That is
 * safe only if a line the scan calls quiet is one the normaliser would leave alone: these tests hold the two
 * together, unit by unit and as whole results.
 */

/** What clean() gives when the normaliser reads all of its output: the reference for the ranges it reads. */
function normalisedInFull(text: string): { text: string; edits: string[] } {
  const { text: kept } = clean(text, { normalize: false });
  const full = normalizeVietnamese(kept);
  return { text: full.text, edits: full.edits.map((e) => `${e.rule} ${e.before} → ${e.after} (${e.reason})`) };
}
const described = (r: CleanResult): { text: string; edits: string[] } =>
  ({ text: r.text, edits: r.edits.map((e) => `${e.rule} ${e.before} → ${e.after} (${e.reason})`) });

describe('the line scan and the normaliser agree on what needs a look', () => {
  it('sends every line with a unit the normaliser looks closer at to the full path (every BMP unit)', () => {
    const missed: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const k = classOf(c);
      const entry = SCAN_TABLE[c]!;
      const slow = (entry & (S_SLOW | S_INVISIBLE)) !== 0;
      if ((k === ALWAYS || k === AFTER_LETTER || k === NEAR_LATIN) && !slow) missed.push(c.toString(16));
      // Where a line is not slow, the scan's tone test must see the vowels and tones the normaliser's does.
      if (!slow) {
        const info = c < TABLE_SIZE ? VOWEL_INFO[c]! : 0;
        if ((k === TONED) !== ((entry & S_TONE) !== 0)) missed.push(`tone ${c.toString(16)}`);
        if ((info > 7) !== ((entry & S_VOWEL) !== 0)) missed.push(`vowel ${c.toString(16)}`);
      }
    }
    expect(missed).toEqual([]);
  });

  // Lines drawn from what the normaliser acts on, in the body and around it (indent, list markers, blank lines).
  const PIECES = [
    'a', 'o', 'u', 'y', 'q', 'g', 'n', 'h', 't', 'Q', 'O', 'hoà', 'hòa', 'HOÀ', 'thuỷ', 'thủy', 'quý', 'qúy', 'gìa', 'già',
    'tòan', 'toàn', 'người', 'ngừơi', 'cuả', 'của', 'khoẻ', 'à', 'á', 'ạ', 'ỳ', 'ý', 'ơ', 'ư', 'Ð', 'Đ', 'ð', 'ɖ',
    'a\u0300', 'o\u0301', 'u\u031b', '\u0303', 'e\u0302\u0301', '\u0430', '\u043e', '\u00b4', '\u02cb', 'ǎ',
    ' ', '  ', '\t', '\u00a0', '\u202f', '\u200b', '\u00ad', '\u2060', '\ufeff', '•', '*', '-', '>>', '»',
    '.', ',', ':', '/', '@', 'x.com', '1', '2024', '😀',
    '{name}', '{{title}}', 'bài viết mới nhất hôm nay',
  ];
  const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(''));

  it('calls a line quiet only when the normaliser would change nothing in it', () => {
    fc.assert(fc.property(line, (text) => {
      const [scanned] = parseDocument(text).lines;
      if (scanned?.normaliserQuiet) expect(normalizeVietnamese(text).edits).toEqual([]);
    }), { numRuns: 5000 });
  });

  it('gives clean() the result of normalising its whole output (generated pages)', () => {
    const page = fc.array(line, { minLength: 1, maxLength: 12 }).map((lines) => lines.join('\n'));
    fc.assert(fc.property(page, (text) => {
      expect(described(clean(text))).toEqual(normalisedInFull(text));
    }), { numRuns: 1500 });
  });
});

describe('a line copied in part', () => {
  it('is read as the output has it: a token removed from inside a word leaves a word to normalise', () => {
    // The raw line is quiet ("ho{name}à" has no vowel cluster), what is left of it is not ("hoà").
    const page = 'Tiêu đề\n\nHôm nay ho{name}à bình cùng các bạn đọc báo điện tử mỗi ngày.\nDòng hai của bài viết.';
    expect(parseDocument(page).lines[2]!.normaliserQuiet).toBe(true);
    const result = clean(page);
    expect(result.removed.map((r) => r.rule)).toEqual(['template-tokens']);
    expect(result.text).toContain('Hôm nay hòa bình');
    expect(described(result)).toEqual(normalisedInFull(page));
  });
});

describe('lines glued around template tokens', () => {
  // Letters and tones right against tokens: what the removal of a token leaves is a word the raw line did not have.
  const GLUE = ['h', 'o', 'u', 'q', 'g', 'à', 'á', 'ỷ', 'ủ', 'y', 'a', 'e', 'ẻ', 'ơ', 'ư', 'ì', 'i', 'n', ' ', '{name}', '${x}', '<body>', '%s', '{{title}}'];
  const FILL = ['bài viết mới nhất hôm nay', 'Tỉnh ủy Hà Tĩnh họp bàn về kế hoạch', 'người dân trong xã', ''];
  const line = fc.tuple(fc.constantFrom(...FILL), fc.array(fc.constantFrom(...GLUE), { maxLength: 8 }), fc.constantFrom(...FILL))
    .map(([a, glue, b]) => `${a} ${glue.join('')} ${b}`.trim());
  const page = fc.tuple(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'))
    .map(([lines, br]) => lines.join(br));

  it('gives clean() the result of normalising its whole output', () => {
    fc.assert(fc.property(page, (text) => {
      expect(described(clean(text))).toEqual(normalisedInFull(text));
    }), { numRuns: 3000 });
  });
});

describe.skipIf(!hasCorpus)('clean() normalising only the lines that need it, on the real corpus', () => {
  it('gives the result of normalising its whole output, as found, decomposed and in the new tone style', () => {
    let withEdits = 0;
    for (const [name, found] of corpusTexts()) {
      // The vi-text files (megabytes) as found only: decomposed, every word of them is an edit, and slow to compare.
      const variants = name.startsWith('vi-text/') ? [found] : [found, found.normalize('NFD'), normalizeVietnamese(found, { tone: 'new' }).text];
      for (const text of variants) {
        const result = clean(text);
        expect(described(result)).toEqual(normalisedInFull(text));
        if (result.edits.length > 0) withEdits++;
      }
    }
    // The comparison means something only where there is something to normalise.
    expect(withEdits).toBeGreaterThan(200);
  });
});
