import { describe, expect, it } from 'vitest';
import { exactDuplicateLines, removeNothing, shortLines } from '../../scripts/eval/baselines.js';
import type { EvalDoc } from '../../scripts/eval/corpus.js';
import { scoreClean, scoreLabelled } from '../../scripts/eval/evaluate.js';
import { checkFloors, type Floors } from '../../scripts/eval/floors.js';
import { formatReport } from '../../scripts/eval/report.js';
import { runEval } from '../../scripts/eval/run.js';
import type { System } from '../../scripts/eval/systems.js';

const LONG = 'Một câu văn đủ dài để không bị coi là dòng ngắn của trang web.';
const docs: EvalDoc[] = [
  {
    id: 'a', site: 'x.vn', text: `Trang chủ\n${LONG}\nTin liên quan`,
    labels: [{ n: 1, label: 'nav' }, { n: 2, label: 'content' }, { n: 3, label: 'related' }],
  },
  {
    id: 'b', site: 'y.vn', text: `Trang chủ\n\n${LONG}\n${LONG}`,
    labels: [{ n: 1, label: 'nav' }, { n: 3, label: 'content' }, { n: 4, label: 'duplicate', dup_of: 3 }],
  },
];

/** A system that removes the lines whose text is in `drop`, as a rule named 'fake' of category 'nav'. */
function fake(drop: readonly string[]): System {
  return {
    name: 'fake',
    description: 'test double',
    prepare: () => (doc) => {
      const spans = [];
      let at = 0;
      for (const line of doc.text.split('\n')) {
        if (drop.includes(line)) spans.push({ start: at, end: at + line.length + 1, rule: 'fake', category: 'nav' });
        at += line.length + 1;
      }
      return spans;
    },
  };
}

describe('baselines', () => {
  const dropped = (system: System) => {
    const remove = system.prepare(docs);
    return docs.map((d) => remove(d).map((s) => d.text.slice(s.start, s.end).trim()));
  };

  it('remove nothing removes nothing', () => {
    expect(dropped(removeNothing)).toEqual([[], []]);
  });

  it('exact duplicate lines: the first occurrence across the set stays, later ones go', () => {
    expect(dropped(exactDuplicateLines)).toEqual([[], ['Trang chủ', LONG, LONG]]);
  });

  it('short lines: every non-blank line under 40 characters goes', () => {
    expect(dropped(shortLines)).toEqual([['Trang chủ', 'Tin liên quan'], ['Trang chủ']]);
  });
});

describe('scoring a system', () => {
  it('totals, per-site counts and wrong lines with the rule that fired or should have', () => {
    const score = scoreLabelled(fake(['Trang chủ', LONG]), docs);
    // a: nav dropped (right), content lost, related missed. b: nav right; group {3,4} none kept → one lost.
    expect(score.total).toMatchObject({ dropped: 5, droppedRight: 3, expectDrop: 4, expectKeep: 2, keepLost: 2 });
    expect(score.bySite['y.vn']).toMatchObject({ documents: 1, keepLost: 1 });
    expect(score.wrong.map((w) => [w.doc, w.n, w.verdict, w.rules.join()])).toEqual([
      ['a', 2, 'lost', 'fake'], ['a', 3, 'missed', ''], ['b', 3, 'lost', 'fake'],
    ]);
    expect(score.rulesByCategory).toEqual({ nav: ['fake'] });
  });

  it('clean articles: every dropped line and removed character counts against the system', () => {
    const clean: EvalDoc[] = [{ id: 'c', site: 'x.vn', text: `${LONG}\n\nTrang chủ` }, { id: 'd', site: 'x.vn', text: LONG }];
    const score = scoreClean(fake(['Trang chủ']), clean);
    expect(score).toMatchObject({ articles: 2, articlesTouched: 1, lines: 3, linesDropped: 1 });
    expect(score.charsRemoved).toBe('Trang chủ'.length);
    expect(score.wrong.map((w) => [w.doc, w.n, w.label])).toEqual([['c', 3, 'clean']]);
  });
});

describe('floors and report', () => {
  const run = runEval('mem', [fake(['Trang chủ', 'Tin liên quan']), removeNothing], docs, [{ id: 'c', site: 'x', text: LONG }]);
  // The fake system: precision 1, recall 3/4 (b keeps both copies of its lead), nothing lost.
  const floors: Floors = { precision: 0.9, recall: 0.7, f1: 0.8, maxContentLost: 0, maxCleanLinesDropped: 0 };

  it('passes when every figure clears its floor, and names the one that does not', () => {
    expect(checkFloors(run.results[0]!, floors).every((c) => c.ok)).toBe(true);
    const strict = checkFloors(run.results[0]!, { ...floors, recall: 0.76 });
    expect(strict.filter((c) => !c.ok).map((c) => c.name)).toEqual(['recall']);
  });

  it('fails an undefined figure (a system that drops nothing has no precision)', () => {
    const failed = checkFloors(run.results[1]!, { ...floors, precision: 0 }).filter((c) => !c.ok);
    expect(failed.map((c) => c.name)).toEqual(['precision', 'recall', 'f1']);
  });

  it('prints the systems side by side, with labels and sites', () => {
    const report = formatReport(run);
    expect(report).toMatch(/boilerplate recall\s+75\.0%\s+0\.0%/u);
    expect(report).toMatch(/^nav\s+2\s+100\.0%\s+0\.0%$/mu);
    expect(report).toMatch(/^y\.vn\s+1\s+3\s+2\s+100\.0%\s+50\.0%\s+66\.7%/mu);
  });
});
