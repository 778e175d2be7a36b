/**
 * Line-level scoring exactly as ../shared/corpus/README.md defines it. Pure functions over (text, labels,
 * removed spans), so the same code scores vnclean and the baselines.
 */

export const KEEP_LABELS = new Set(['content', 'caption', 'byline']);

export interface LabelledLine {
  n: number;
  label: string;
  dup_of?: number;
}

export interface Span {
  start: number;
  end: number;
}

/** Per-document counts; add them up with {@link addCounts}. */
export interface Counts {
  dropped: number; // labelled lines counted as dropped
  droppedRight: number; // ... whose label expects drop
  expectDrop: number;
  expectKeep: number;
  keepLost: number;
  byLabel: Record<string, { total: number; dropped: number }>;
}

export function emptyCounts(): Counts {
  return { dropped: 0, droppedRight: 0, expectDrop: 0, expectKeep: 0, keepLost: 0, byLabel: {} };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const byLabel: Counts['byLabel'] = structuredClone(a.byLabel);
  for (const [label, c] of Object.entries(b.byLabel)) {
    const t = (byLabel[label] ??= { total: 0, dropped: 0 });
    t.total += c.total;
    t.dropped += c.dropped;
  }
  return {
    dropped: a.dropped + b.dropped,
    droppedRight: a.droppedRight + b.droppedRight,
    expectDrop: a.expectDrop + b.expectDrop,
    expectKeep: a.expectKeep + b.expectKeep,
    keepLost: a.keepLost + b.keepLost,
    byLabel,
  };
}

/** Which lines (1-based numbers) count as dropped: removed spans cover at least half their non-space characters. */
export function droppedLines(text: string, removed: readonly Span[]): Set<number> {
  const covered = new Uint8Array(text.length);
  for (const r of removed) covered.fill(1, Math.max(0, r.start), Math.min(text.length, r.end));
  const dropped = new Set<number>();
  let start = 0;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    let chars = 0;
    let hit = 0;
    for (let k = 0; k < line.length; k++) {
      if (/\s/u.test(line[k]!)) continue;
      chars++;
      if (covered[start + k]) hit++;
    }
    if (chars > 0 && hit * 2 >= chars) dropped.add(i + 1);
    start += line.length + 1;
  });
  return dropped;
}

export interface LineOutcome {
  n: number;
  label: string;
  dropped: boolean;
  /** 'ok', 'missed' (boilerplate kept), 'lost' (keep-line dropped) */
  verdict: 'ok' | 'missed' | 'lost';
}

/** Scores one document; also returns each labelled line's outcome for error listings. */
export function scoreDocument(labels: readonly LabelledLine[], dropped: ReadonlySet<number>): { counts: Counts; outcomes: LineOutcome[] } {
  const counts = emptyCounts();
  const outcomes: LineOutcome[] = [];
  const labelOf = new Map(labels.map((l) => [l.n, l.label]));
  // Duplicate groups whose first occurrence expects keep are scored as a group.
  const groups = new Map<number, number[]>();
  for (const l of labels) {
    if (l.label === 'duplicate' && l.dup_of !== undefined && KEEP_LABELS.has(labelOf.get(l.dup_of) ?? '')) {
      const g = groups.get(l.dup_of) ?? [l.dup_of];
      g.push(l.n);
      groups.set(l.dup_of, g);
    }
  }
  const inGroup = new Set([...groups.values()].flat());
  const bump = (label: string, isDropped: boolean): void => {
    const t = (counts.byLabel[label] ??= { total: 0, dropped: 0 });
    t.total++;
    if (isDropped) t.dropped++;
  };

  for (const l of labels) {
    if (inGroup.has(l.n)) continue;
    const isDropped = dropped.has(l.n);
    const expectDrop = !KEEP_LABELS.has(l.label);
    bump(l.label, isDropped);
    if (expectDrop) counts.expectDrop++;
    else counts.expectKeep++;
    if (isDropped) {
      counts.dropped++;
      if (expectDrop) counts.droppedRight++;
      else counts.keepLost++;
    }
    outcomes.push({ n: l.n, label: l.label, dropped: isDropped, verdict: expectDrop === isDropped ? 'ok' : expectDrop ? 'missed' : 'lost' });
  }

  for (const [first, members] of groups) {
    const firstLabel = labelOf.get(first)!;
    const d = members.filter((n) => dropped.has(n)).length;
    const kept = members.length - d;
    counts.expectKeep += 1;
    counts.expectDrop += members.length - 1;
    counts.dropped += d;
    if (kept === 0) {
      counts.droppedRight += members.length - 1;
      counts.keepLost += 1;
    } else {
      counts.droppedRight += d;
    }
    // Per-label view: the first occurrence is a keep line; the others are 'duplicate'.
    bump(firstLabel, kept === 0);
    const dupDropped = kept === 0 ? members.length - 1 : Math.min(d, members.length - 1);
    for (let k = 0; k < members.length - 1; k++) bump('duplicate', k < dupDropped);
    let extraKept = Math.max(0, kept - 1);
    for (const n of members) {
      const isDropped = dropped.has(n);
      const label = n === first ? firstLabel : 'duplicate';
      let verdict: LineOutcome['verdict'] = 'ok';
      if (kept === 0 && n === first) verdict = 'lost';
      else if (!isDropped && n !== first && extraKept > 0) {
        verdict = 'missed';
        extraKept--;
      }
      outcomes.push({ n, label, dropped: isDropped, verdict });
    }
  }
  outcomes.sort((a, b) => a.n - b.n);
  return { counts, outcomes };
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  contentLost: number;
  recallByLabel: Record<string, number>;
}

export function figures(c: Counts): Figures {
  const precision = c.dropped ? c.droppedRight / c.dropped : 1;
  const recall = c.expectDrop ? c.droppedRight / c.expectDrop : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const recallByLabel: Record<string, number> = {};
  for (const [label, t] of Object.entries(c.byLabel)) recallByLabel[label] = t.total ? t.dropped / t.total : 0;
  return { precision, recall, f1, contentLost: c.expectKeep ? c.keepLost / c.expectKeep : 0, recallByLabel };
}
