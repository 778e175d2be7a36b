import type { EvalDoc } from './corpus.js';
import { addCounts, coverage, droppedLines, emptyCounts, scoreDocument, type Counts, type LineOutcome } from './score.js';
import type { ScoredSpan, System } from './systems.js';

/** A line the system got wrong, with what is needed to see why. */
export interface WrongLine {
  readonly doc: string;
  readonly site: string;
  readonly n: number;
  /** The gold label ('clean' for a line of a clean article). */
  readonly label: string;
  readonly verdict: 'missed' | 'lost';
  /** Rules whose removals touch the line (empty for a missed line nothing touched). */
  readonly rules: readonly string[];
  readonly text: string;
}

export interface LabelledScore {
  readonly documents: number;
  readonly total: Counts;
  readonly bySite: Record<string, Counts & { documents: number }>;
  readonly wrong: WrongLine[];
  /** Which rules removed lines of each category, over the whole set (to say which rule should have fired). */
  readonly rulesByCategory: Record<string, string[]>;
}

export interface CleanScore {
  readonly articles: number;
  /** Articles with at least one line dropped. */
  readonly articlesTouched: number;
  /** Non-blank lines, and those dropped (the same ≥ half rule as the labelled set). */
  readonly lines: number;
  readonly linesDropped: number;
  /** Characters (code points), and those inside removed spans. */
  readonly chars: number;
  readonly charsRemoved: number;
  readonly wrong: WrongLine[];
}

function rulesTouching(spans: readonly ScoredSpan[], start: number, end: number): string[] {
  const rules = spans.filter((s) => s.start < end && s.end > start && s.rule !== undefined).map((s) => s.rule!);
  return [...new Set(rules)];
}

function wrongLines(doc: EvalDoc, spans: readonly ScoredSpan[], outcomes: readonly LineOutcome[]): WrongLine[] {
  const lines = doc.text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  return outcomes
    .filter((o): o is LineOutcome & { verdict: 'missed' | 'lost' } => o.verdict !== 'ok')
    .map((o) => {
      const text = lines[o.n - 1] ?? '';
      const start = starts[o.n - 1] ?? 0;
      return { doc: doc.id, site: doc.site, n: o.n, label: o.label, verdict: o.verdict,
        rules: rulesTouching(spans, start, start + text.length), text };
    });
}

/** Scores a system on the labelled set as ../shared/corpus/README.md defines it. */
export function scoreLabelled(system: System, docs: readonly EvalDoc[]): LabelledScore {
  const remove = system.prepare(docs);
  let total = emptyCounts();
  const bySite: LabelledScore['bySite'] = {};
  const wrong: WrongLine[] = [];
  const rulesByCategory: Record<string, Set<string>> = {};
  for (const doc of docs) {
    if (doc.labels === undefined) throw new Error(`${doc.id} has no labels`);
    const spans = remove(doc);
    const { counts, outcomes } = scoreDocument(doc.labels, droppedLines(doc.text, spans));
    total = addCounts(total, counts);
    const site = bySite[doc.site] ?? { ...emptyCounts(), documents: 0 };
    bySite[doc.site] = { ...addCounts(site, counts), documents: site.documents + 1 };
    wrong.push(...wrongLines(doc, spans, outcomes));
    for (const s of spans) {
      if (s.category !== undefined && s.rule !== undefined) (rulesByCategory[s.category] ??= new Set()).add(s.rule);
    }
  }
  return {
    documents: docs.length,
    total,
    bySite,
    wrong,
    rulesByCategory: Object.fromEntries(Object.entries(rulesByCategory).map(([c, r]) => [c, [...r].sort()])),
  };
}

/** Scores a system on clean articles: every dropped line and removed character is a false positive. */
export function scoreClean(system: System, docs: readonly EvalDoc[]): CleanScore {
  const remove = system.prepare(docs);
  let articlesTouched = 0;
  let lines = 0;
  let linesDropped = 0;
  let chars = 0;
  let charsRemoved = 0;
  const wrong: WrongLine[] = [];
  for (const doc of docs) {
    const spans = remove(doc);
    const dropped = droppedLines(doc.text, spans);
    const nonBlank = doc.text.split('\n').flatMap((line, i) => (line.trim() === '' ? [] : [i + 1]));
    lines += nonBlank.length;
    linesDropped += dropped.size;
    if (dropped.size > 0) articlesTouched++;
    const covered = coverage(doc.text.length, spans);
    let k = 0;
    for (const ch of doc.text) {
      chars++;
      if (covered[k]) charsRemoved++;
      k += ch.length;
    }
    const outcomes = nonBlank.map((n): LineOutcome => ({ n, label: 'clean', dropped: dropped.has(n),
      verdict: dropped.has(n) ? 'lost' : 'ok' }));
    wrong.push(...wrongLines(doc, spans, outcomes));
  }
  return { articles: docs.length, articlesTouched, lines, linesDropped, chars, charsRemoved, wrong };
}
