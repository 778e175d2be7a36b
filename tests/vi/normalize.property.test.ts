import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeVietnamese } from '../../src/index.js';
import { syllables, TONE_MARKS } from './vectors.js';

/**
 * Property tests. Text is built from pieces that matter to the normaliser (Vietnamese syllables in every form,
 * look-alikes, invisibles, emoji, astral characters, URLs, punctuation) and from arbitrary Unicode.
 */

const words = syllables().map((s) => {
  const at = s.tone === 0 ? -1 : s.old;
  return at < 0 ? s.word : (s.word.slice(0, at + 1) + TONE_MARKS[s.tone] + s.word.slice(at + 1)).normalize('NFC');
});
const PIECES = [' ', ' ', '\n', ', ', '. ', '-', '\u00a0', '\u200b', '\u200d', '\ufeff', '\u00ad', '\u00b4', '\u02dc',
  'Ð', 'ð', 'о', 'е', '\u0301', '\u0300', '\u0302', '\u0309', '\u0323', '😀', '👨‍👩‍👧', '𝐀', '𠀀', 'https://x.vn/hoà_bình',
  'café', 'iPhone', '3/2022', 'ПОХУИ'];

const word = fc.constantFrom(...words);
const dirtyWord = fc.tuple(word, fc.constantFrom('nfc', 'nfd', 'upper', 'title')).map(([w, how]) => {
  if (how === 'nfd') return w.normalize('NFD');
  if (how === 'upper') return w.toUpperCase();
  if (how === 'title') return w[0]!.toUpperCase() + w.slice(1);
  return w;
});
const piece = fc.oneof({ weight: 6, arbitrary: dirtyWord }, { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) });
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const cleanText = fc.array(word, { maxLength: 40 }).map((parts) => parts.join(' '));
const options = fc.record({ tone: fc.constantFrom('old', 'new', 'preserve') as fc.Arbitrary<'old' | 'new' | 'preserve'>,
  nbsp: fc.boolean() });

describe('normalizeVietnamese properties', () => {
  it('is idempotent', () => {
    fc.assert(fc.property(text, options, (t, o) => {
      const once = normalizeVietnamese(t, o).text;
      const twice = normalizeVietnamese(once, o);
      expect(twice.text).toBe(once);
      expect(twice.edits).toEqual([]);
    }), { numRuns: 400 });
  });

  it('returns text with nothing to fix byte-identical, with no edits', () => {
    fc.assert(fc.property(cleanText, (t) => {
      const result = normalizeVietnamese(t);
      expect(result.text).toBe(t);
      expect(result.edits).toEqual([]);
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme-ascii' }), (t) => {
      expect(normalizeVietnamese(t).text).toBe(t);
    }), { numRuns: 200 });
  });

  it('reports every change: the edits, applied to the input, give the output', () => {
    fc.assert(fc.property(text, options, (t, o) => {
      const { text: out, edits } = normalizeVietnamese(t, o);
      let rebuilt = '';
      let at = 0;
      for (const e of edits) {
        expect(e.start).toBeGreaterThanOrEqual(at);
        expect(t.slice(e.start, e.end)).toBe(e.before);
        expect(e.before).not.toBe(e.after);
        rebuilt += t.slice(at, e.start) + e.after;
        at = e.end;
      }
      expect(rebuilt + t.slice(at)).toBe(out);
    }), { numRuns: 400 });
  });

  it('keeps astral characters and emoji', () => {
    const astral = /[\u{10000}-\u{10ffff}]/gu;
    fc.assert(fc.property(text, (t) => {
      const out = normalizeVietnamese(t).text;
      expect(out.match(astral) ?? []).toEqual(t.match(astral) ?? []);
      expect(out.match(EMOJI_JOINER)?.length ?? 0).toBe(t.match(EMOJI_JOINER)?.length ?? 0);
    }), { numRuns: 300 });
  });
});

/** A zero-width joiner next to an emoji (the joiner of an emoji sequence): never inside a Latin word. */
const EMOJI_JOINER = /\p{Extended_Pictographic}\u200d|\u200d\p{Extended_Pictographic}/gu;
