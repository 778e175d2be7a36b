import { describe, expect, it } from 'vitest';
import {
  addCounts,
  checkLabels,
  droppedLines,
  emptyCounts,
  figures,
  scoreDocument,
  type LabelledLine,
  type Span,
} from '../../scripts/eval/score.js';

/** Spans covering whole lines (with their line breaks), by 1-based line number. */
function linesSpans(text: string, ns: readonly number[]): Span[] {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return ns.map((n) => ({ start: starts[n - 1]!, end: starts[n] ?? text.length }));
}

describe('droppedLines', () => {
  it('drops a line when removed spans cover at least half of its non-space characters', () => {
    const text = 'abcd\nabcd\nab  cd';
    // line 1: 2 of 4 covered (exactly half) → dropped; line 2: 1 of 4 → kept; line 3: spaces do not count,
    // "ab" is 2 of 4 non-space characters → dropped.
    const removed = [{ start: 0, end: 2 }, { start: 5, end: 6 }, { start: 10, end: 14 }];
    expect([...droppedLines(text, removed)]).toEqual([1, 3]);
  });

  it('never drops a blank or whitespace-only line, and ignores covered line breaks', () => {
    const text = 'a\n   \n\nb';
    expect([...droppedLines(text, [{ start: 1, end: 7 }])]).toEqual([]);
  });

  it('counts characters as code points, so an emoji is one character', () => {
    // "😀ab": 3 characters; covering the emoji (2 UTF-16 units) is 1 of 3, less than half.
    expect(droppedLines('😀ab', [{ start: 0, end: 2 }]).size).toBe(0);
    expect(droppedLines('😀ab', [{ start: 0, end: 3 }]).has(1)).toBe(true);
  });

  it('clips spans that run past the text', () => {
    expect([...droppedLines('ab\ncd', [{ start: -5, end: 99 }])]).toEqual([1, 2]);
  });
});

describe('scoreDocument without duplicates', () => {
  const labels: LabelledLine[] = [
    { n: 1, label: 'nav' },
    { n: 2, label: 'content' },
    { n: 3, label: 'related' },
    { n: 4, label: 'caption' },
  ];

  it('counts right drops, misses and losses', () => {
    const { counts, outcomes } = scoreDocument(labels, new Set([1, 4]));
    expect(counts).toMatchObject({ dropped: 2, droppedRight: 1, expectDrop: 2, expectKeep: 2, keepLost: 1 });
    expect(outcomes.map((o) => o.verdict)).toEqual(['ok', 'ok', 'missed', 'lost']);
    const f = figures(counts);
    expect(f.precision).toBe(0.5);
    expect(f.recall).toBe(0.5);
    expect(f.f1).toBe(0.5);
    expect(f.contentLost).toBe(0.5);
    expect(f.dropRateByLabel).toEqual({ nav: 1, content: 0, related: 0, caption: 1 });
  });

  it('leaves precision undefined when nothing is dropped, and F1 at 0', () => {
    const f = figures(scoreDocument(labels, new Set()).counts);
    expect(f).toMatchObject({ precision: null, recall: 0, f1: 0, contentLost: 0 });
  });

  it('leaves recall and F1 undefined when nothing should be dropped', () => {
    const f = figures(scoreDocument([{ n: 1, label: 'content' }], new Set()).counts);
    expect(f).toMatchObject({ precision: null, recall: null, f1: null, contentLost: 0 });
  });
});

describe('scoreDocument with duplicate groups', () => {
  // Line 1 is the title; 3 and 5 repeat it. Line 2 is a related teaser; 4 repeats the teaser.
  const labels: LabelledLine[] = [
    { n: 1, label: 'content' },
    { n: 2, label: 'related' },
    { n: 3, label: 'duplicate', dup_of: 1 },
    { n: 4, label: 'duplicate', dup_of: 2 },
    { n: 5, label: 'duplicate', dup_of: 1 },
  ];
  const score = (dropped: number[]) => scoreDocument(labels, new Set(dropped));

  it('is right when exactly one member of a keep group is kept, whichever one', () => {
    for (const kept of [1, 3, 5]) {
      const { counts, outcomes } = score([1, 2, 3, 4, 5].filter((n) => n !== kept));
      expect(counts).toMatchObject({ dropped: 4, droppedRight: 4, expectDrop: 4, expectKeep: 1, keepLost: 0 });
      expect(outcomes.every((o) => o.verdict === 'ok')).toBe(true);
    }
  });

  it('counts each extra kept member as a miss', () => {
    const { counts, outcomes } = score([2, 4]);
    expect(counts).toMatchObject({ dropped: 2, droppedRight: 2, expectDrop: 4, keepLost: 0 });
    expect(figures(counts).recall).toBe(0.5);
    expect(outcomes.filter((o) => o.verdict === 'missed').map((o) => o.n)).toEqual([3, 5]);
    expect(counts.byLabel.duplicate).toEqual({ total: 3, dropped: 1 });
  });

  it('counts a group with none kept as one content line lost, and its drops otherwise as right', () => {
    const { counts, outcomes } = score([1, 2, 3, 4, 5]);
    expect(counts).toMatchObject({ dropped: 5, droppedRight: 4, expectDrop: 4, expectKeep: 1, keepLost: 1 });
    expect(figures(counts)).toMatchObject({ precision: 0.8, recall: 1, contentLost: 1 });
    expect(outcomes.find((o) => o.verdict === 'lost')?.n).toBe(1);
    expect(counts.byLabel.content).toEqual({ total: 1, dropped: 1 });
  });

  it('scores the duplicate of a boilerplate line as a line to drop on its own', () => {
    const { outcomes } = score([1, 3, 5]);
    expect(outcomes.filter((o) => o.verdict !== 'ok').map((o) => [o.n, o.verdict])).toEqual([
      [1, 'lost'], [2, 'missed'], [4, 'missed'],
    ]);
  });

  it('puts a duplicate of a duplicate into the group of the first occurrence', () => {
    const chain: LabelledLine[] = [
      { n: 1, label: 'byline' },
      { n: 2, label: 'duplicate', dup_of: 1 },
      { n: 3, label: 'duplicate', dup_of: 2 },
    ];
    const { counts, outcomes } = scoreDocument(chain, new Set([2, 3]));
    expect(counts).toMatchObject({ expectKeep: 1, expectDrop: 2, droppedRight: 2, keepLost: 0 });
    expect(outcomes.every((o) => o.group === 1)).toBe(true);
  });
});

describe('labels and totals', () => {
  it('rejects labels the guide does not define, and lines labelled twice', () => {
    expect(() => checkLabels('d', [{ n: 1, label: 'contnet' }])).toThrow(/unknown label "contnet"/u);
    expect(() => checkLabels('d', [{ n: 1, label: 'nav' }, { n: 1, label: 'ui' }])).toThrow(/labelled twice/u);
    expect(() => checkLabels('d', [{ n: 1, label: 'nav' }, { n: 2, label: 'content' }])).not.toThrow();
  });

  it('adds counts across documents without changing the inputs', () => {
    const a = scoreDocument([{ n: 1, label: 'nav' }], new Set([1])).counts;
    const b = scoreDocument([{ n: 1, label: 'nav' }, { n: 2, label: 'content' }], new Set([2])).counts;
    const total = addCounts(addCounts(emptyCounts(), a), b);
    expect(total).toEqual({
      dropped: 2, droppedRight: 1, expectDrop: 2, expectKeep: 1, keepLost: 1,
      byLabel: { nav: { total: 2, dropped: 1 }, content: { total: 1, dropped: 1 } },
    });
    expect(a.byLabel.nav).toEqual({ total: 1, dropped: 1 });
  });

  it('scores whole-line spans the way the cleaner reports them', () => {
    const text = 'Tin liên quan\nBài viết\n';
    const dropped = droppedLines(text, linesSpans(text, [1]));
    expect([...dropped]).toEqual([1]);
  });
});
