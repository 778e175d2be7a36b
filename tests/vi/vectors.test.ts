import { describe, expect, it } from 'vitest';
import { normalizeVietnamese } from '../../src/index.js';
import { parseSyllable } from '../../src/vi/syllable.js';
import { syllables, vectors, type Form } from './vectors.js';

const all = vectors();

describe('generated vectors (every spellable syllable × form × casing × style)', () => {
  it('has at least 20,000 cases, covering every form, casing and style', () => {
    expect(all.length).toBeGreaterThanOrEqual(20_000);
    const forms = new Set(all.map((v) => v.form));
    const expectedForms: Form[] = ['nfc', 'nfd', 'combining-tone', 'misplaced', 'double-tone', 'replaced-tone', 'mark-order'];
    expect([...forms].sort()).toEqual([...expectedForms].sort());
    expect(new Set(all.map((v) => v.casing)).size).toBe(3);
    expect(new Set(all.map((v) => v.style)).size).toBe(3);
  });

  it('the parser reads every generated syllable as the onset and rhyme it was built from', () => {
    const wrong = syllables()
      .filter((s) => {
        const p = parseSyllable(s.word);
        return p === undefined || p.onset !== s.onset || p.rhyme !== s.rhyme;
      })
      .map((s) => `${s.onset}+${s.rhyme.rhyme}`);
    expect([...new Set(wrong)]).toEqual([]);
  });

  // One text per style, one vector per line: the normaliser runs as it does on real text, and each line is checked.
  for (const style of ['old', 'new', 'preserve'] as const) {
    it(`normalises every vector to the table's placement (tone: ${style})`, () => {
      const batch = all.filter((v) => v.style === style);
      const { text, edits } = normalizeVietnamese(batch.map((v) => v.input).join('\n'), { tone: style });
      const lines = text.split('\n');
      expect(lines).toHaveLength(batch.length);
      const lineStarts: number[] = [];
      let at = 0;
      for (const v of batch) {
        lineStarts.push(at);
        at += v.input.length + 1;
      }
      // Edits come in input order: walk them along the lines.
      const edited = new Set<number>();
      let line = 0;
      for (const e of edits) {
        while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= e.start) line++;
        edited.add(line);
      }
      const failures: string[] = [];
      batch.forEach((v, i) => {
        if (lines[i] !== v.expected) failures.push(`${v.form}/${v.casing}: ${JSON.stringify(v.input)} → ${JSON.stringify(lines[i])}, want ${JSON.stringify(v.expected)}`);
        else if (edited.has(i) !== (v.input !== v.expected)) failures.push(`${v.form}: edit reported ${edited.has(i)} for ${JSON.stringify(v.input)}`);
      });
      expect(failures.slice(0, 20)).toEqual([]);
    });
  }

  it('each vector is a fixed point once normalised (idempotence over the whole suite)', () => {
    for (const style of ['old', 'new'] as const) {
      const expected = [...new Set(all.filter((v) => v.style === style).map((v) => v.expected))].join('\n');
      const again = normalizeVietnamese(expected, { tone: style });
      expect(again.edits.slice(0, 5)).toEqual([]);
      expect(again.text).toBe(expected);
    }
  });
});
