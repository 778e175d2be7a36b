import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, shapeKey } from '../src/document.js';
import { hashOfKey } from '../src/line-scan.js';
import { FNV_OFFSET, FNV_PRIME, WordHashes } from '../src/line-scan/key-hash.js';
import { astralClass, CHAR_CLASS, isHighSurrogate, LETTER, UPPER } from '../src/text/chars.js';
import { canonicalKey } from '../src/vi/key.js';

/*
 * The one-pass scan (src/line-scan.ts) must describe every line exactly as the straightforward definitions do:
 * the key is canonicalKey(body), the counts are those of the body and key, and the hashes are those of the key
 * string. The reference below is the plain version of each definition (regexes and canonicalKey); random lines
 * are drawn from the characters where a fast path could go wrong.
 */
const MARKER = /^[*•·▪▫►▸‣◦●○■□◆◇➤→»›+–—-](?=\s|$)|^>>/u;
const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$/u;
const CONTINUES = /^[\s,.;:)”’"'…-]|^\p{Ll}/u;
const SENTENCE_DONE = /[.!?…”"')\]]$/u;

/** Reference: the words of a key string as FNV-1a hashes, word by word (the scan computes them in passing). */
function wordHashes(key: string, limit = Infinity): Int32Array {
  const out: number[] = [];
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < key.length && out.length < limit; i++) {
    const code = key.charCodeAt(i);
    if (code === 32) {
      if (inWord) out.push(h);
      h = FNV_OFFSET;
      inWord = false;
    } else {
      h = Math.imul(h ^ code, FNV_PRIME);
      inWord = true;
    }
  }
  if (inWord && out.length < limit) out.push(h);
  return Int32Array.from(out);
}

function reference(text: string) {
  const trimmed = text.trim();
  if (trimmed === '' || /^[\s\u200b\u2060\ufeff]*$/u.test(text)) return { blank: true, indent: text.length, key: '' };
  const marker = MARKER.exec(trimmed)?.[0] ?? '';
  const body = marker ? trimmed.slice(marker.length).trim() : trimmed;
  const key = canonicalKey(body);
  const words = key === '' ? [] : key.split(' ');
  let letters = 0;
  let upper = 0;
  let separators = 0;
  let letterWords = 0;
  let capitalisedWords = 0;
  let hasComma = false;
  let inToken = false;
  let tokenHasLetter = false;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code === 32 || code === 9 || code === 0xa0) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      tokenHasLetter = false;
    }
    if (code === 0x7c || code === 0x203a || code === 0xbb) separators++;
    else if (code === 0x2c || code === 0x3b) hasComma = true;
    const flags = isHighSurrogate(code) ? astralClass(body, i++) : CHAR_CLASS[code]!;
    if (flags & LETTER) {
      letters++;
      if (flags & UPPER) upper++;
      if (!tokenHasLetter) {
        tokenHasLetter = true;
        letterWords++;
        if (flags & UPPER) capitalisedWords++;
      }
    }
  }
  return {
    blank: false, indent: text.length - text.trimStart().length, marker, body, key,
    words: words.length, numberWords: words.filter((w) => /^\d+$/u.test(w)).length, shape: shapeKey(key),
    sentenceEnd: SENTENCE_END.test(body), letters, upperRatio: letters ? upper / letters : 0, separators,
    letterWords, capitalisedWords, hasComma, opensLowercase: CONTINUES.test(text), endsInSpace: /\s$/u.test(text),
    sentenceDone: SENTENCE_DONE.test(text.trimEnd()),
  };
}

// Characters where a per-code-unit fast path could part from the definitions.
const PIECES = [
  'a', 'b', 'q', 'o', 'u', 'O', 'U', 'Q', 'y', 'Y', 'e', 'đ', 'Đ', 'Ð', 'ð', 'Ɖ', 'ɖ', 'hoà', 'HOÀ', 'thuỷ', 'quý', 'quả',
  'khoẻ', 'hóa', 'à', 'á', 'ả', 'ã', 'ạ', 'è', 'é', 'ẻ', 'ẽ', 'ẹ', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ', 'Ý', 'ÀN', 'ơ', 'ư', 'Ư',
  'a\u0300', 'o\u0301', 'u\u031b', '\u0303', 'e\u0302\u0301', 'Σ', 'ΣΑΣ', 'İ', 'ß', 'ǅ', 'Ⅻ', '１２', '٣',
  '0', '7', '12', '2024', ' ', '  ', '\t', '\u00a0', '\u3000', '\u200b', '\u200c', '\u00ad', '\u2060', '\ufeff',
  ',', ';', '.', '!', '?', '…', ':', '"', '”', '’', ')', ']', '»', '›', '|', '-', '–', '•', '*', '>>', '>', '+',
  '{', '{{', '}', '[[', '[', '<', '<b', '%', '%s', '%d', '%(', '_', '__', '$', '😀', '𝐀', '\ud800', '\udc00', '\u1161',
  // What the normaliser inside canonicalKey looks at: tones in vowel clusters, onsets qu/gi, look-alikes.
  'người', 'NGƯỜI', 'của', 'quá', 'già', 'gìa', 'hoạ', 'thuở', 'tuổi', 'khuya', 'ưu', 'oai', 'uyê', 'óa', 'úy',
  'i', 'ì', 'ia', 'ìa', 'ua', 'ùa', 'ưa', 'ừa', 'n', 'ng', 'g', 'G', 'QU', '\u043e', '\u0430', '\u02bc', '\u00b4',
  'ǎ', 'ᴆ',
];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

describe('the one-pass line scan', () => {
  it('describes every line as the definitions do', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (rows) => {
        const doc = parseDocument(rows.join('\n'));
        for (const [i, text] of rows.entries()) {
          const l = doc.lines[i];
          if (!l) continue; // a final empty row after a line break opens no line
          const ref = reference(text);
          expect(l.blank).toBe(ref.blank);
          expect(l.indent).toBe(ref.indent);
          expect(l.key).toBe(ref.key);
          if (ref.blank) continue;
          const { keyHash, shapeHash, headHash } = hashOfKey(ref.key);
          expect({
            marker: l.marker, body: l.body, words: l.words, numberWords: l.numberWords, shape: l.shape,
            sentenceEnd: l.sentenceEnd, letters: l.letters, upperRatio: l.upperRatio, separators: l.separators,
            letterWords: l.letterWords, capitalisedWords: l.capitalisedWords, hasComma: l.hasComma,
            opensLowercase: l.opensLowercase, endsInSpace: l.endsInSpace, sentenceDone: l.sentenceDone,
          }).toEqual({ ...ref, blank: undefined, indent: undefined, key: undefined });
          expect([l.keyHash, l.shapeHash, l.headHash]).toEqual([keyHash, hashOfKey(ref.shape!).shapeHash, l.words ? headHash : 0]);
          expect([...doc.wordHashes.subarray(l.wordsAt, l.wordsAt + l.words)]).toEqual([...wordHashes(ref.key)]);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('builds a key on demand that equals canonicalKey, and gives equal keys equal ids', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (rows) => {
        const doc = parseDocument(rows.join('\n'));
        const lines = doc.lines.filter((l) => !l.blank);
        for (const a of lines) {
          expect(a.keyId === 0).toBe(a.key === '');
          for (const b of lines) expect(a.keyId === b.keyId).toBe(a.key === b.key);
        }
      }),
      { numRuns: 800 },
    );
  });

  it('flags the pairs every template token needs, and only lines that have one', () => {
    const flagged = (text: string): boolean => parseDocument(text).lines[0]!.templateChars;
    expect(['Xin chào {name}', 'a [[x]]', 'lỗi <body>', 'giá %s', '%(n)s', 'x __A__', '${a}'].every(flagged)).toBe(true);
    expect(['tăng 50% so với', 'a [1] b', 'x < y', 'tên_file', 'giá 20%.'].some(flagged)).toBe(false);
  });
});

describe('the key of a long body', () => {
  it('is canonicalKey of the whole, built a piece at a time', async () => {
    const { keyOfBody } = await import('../src/line-scan.js');
    fc.assert(
      fc.property(fc.array(line, { minLength: 1200, maxLength: 2500 }), (parts) => {
        const body = parts.join(' ');
        expect(keyOfBody(body, 0, body.length)).toBe(canonicalKey(body));
      }),
      { numRuns: 25 },
    );
  });
});

describe('a letter beside a vowel cluster', () => {
  it('keys the line as canonicalKey does, whatever the letter and its case', () => {
    // The scan asks whether a tone stays where it is by reading the raw text around it; a letter whose lowercase
    // reads differently there (a Latin capital whose lowercase is an IPA letter: Ɓ → ɓ) must not change the answer.
    const rows: string[] = [];
    for (let code = 0x41; code < 0x3000; code++) {
      if (!(CHAR_CLASS[code]! & LETTER)) continue;
      const ch = String.fromCharCode(code);
      rows.push(`hoà${ch}`, `Thuỷ${ch} x`, `${ch}uà`, `${ch}ià`, `ngừơi${ch}`);
    }
    const doc = parseDocument(rows.join('\n'));
    const wrong = doc.lines.filter((l) => {
      const key = canonicalKey(l.body);
      return l.key !== key || l.keyHash !== hashOfKey(key).keyHash;
    });
    expect(wrong.map((l) => l.body)).toEqual([]);
  });
});

describe('WordHashes', () => {
  it('gives back exactly the hashes pushed, whether it copies a small buffer or views a large one', () => {
    for (const capacity of [0, 16, 40]) {
      for (let n = 0; n <= 70; n++) {
        const words = new WordHashes(capacity);
        const pushed = Array.from({ length: n }, (_, i) => Math.imul(i + 1, 0x9e3779b1));
        for (const h of pushed) words.push(h);
        expect([...words.hashes()]).toEqual(pushed);
      }
    }
  });
});
