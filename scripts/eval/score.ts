/**
 * Line-level scoring exactly as ../shared/corpus/README.md defines it. Pure functions over (text, labels,
 * removed spans), so the same code scores vnclean and the baselines.
 *
 * Decisions where the README leaves room (each pinned by tests/eval/score.test.ts):
 *  - "characters" are Unicode code points (an emoji counts once, not as two UTF-16 halves); whitespace is what
 *    the `\s` class matches (Unicode White_Space plus U+FEFF).
 *  - A duplicate whose dup_of is itself a duplicate belongs to the group of the root occurrence.
 *  - Precision is undefined (null) when nothing was dropped, recall when nothing should be dropped; F1 is 0
 *    when nothing was dropped but something should have been.
 */

/** The labels of the corpus guide whose lines the cleaner should keep. */
export const KEEP_LABELS: ReadonlySet<string> = new Set(['content', 'caption', 'byline']);
/** The labels whose lines the cleaner should drop (the categories of vnclean's removals). */
export const DROP_LABELS: ReadonlySet<string> = new Set([
  'duplicate', 'template', 'related', 'comments', 'share', 'weather', 'nav', 'footer', 'ad', 'ui', 'meta',
]);

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
  /** Labelled lines counted as dropped. */
  dropped: number;
  /** ... whose label expects drop (for a duplicate group: every dropped member while one is kept). */
  droppedRight: number;
  expectDrop: number;
  expectKeep: number;
  keepLost: number;
  /** Per label: lines, and lines dropped (a duplicate group counts its first occurrence once, as its own label). */
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

const WHITESPACE = /\s/u;

/** Marks the UTF-16 positions of `text` that removed spans cover. */
export function coverage(length: number, removed: readonly Span[]): Uint8Array {
  const covered = new Uint8Array(length);
  for (const r of removed) covered.fill(1, Math.max(0, r.start), Math.min(length, r.end));
  return covered;
}

/** Which lines (1-based numbers) count as dropped: removed spans cover at least half their non-space characters. */
export function droppedLines(text: string, removed: readonly Span[]): Set<number> {
  const covered = coverage(text.length, removed);
  const dropped = new Set<number>();
  let start = 0;
  text.split('\n').forEach((line, i) => {
    let chars = 0;
    let hit = 0;
    let k = 0;
    for (const ch of line) {
      if (!WHITESPACE.test(ch)) {
        chars++;
        if (covered[start + k]) hit++;
      }
      k += ch.length;
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
  /** 'ok', 'missed' (boilerplate kept), 'lost' (a line to keep was dropped). */
  verdict: 'ok' | 'missed' | 'lost';
  /** For members of a duplicate group: the line number of its first occurrence. */
  group?: number;
}

/** Throws on labels the guide does not define: a typo must not silently count as boilerplate. */
export function checkLabels(doc: string, labels: readonly LabelledLine[]): void {
  const seen = new Set<number>();
  for (const l of labels) {
    if (!KEEP_LABELS.has(l.label) && !DROP_LABELS.has(l.label)) {
      throw new Error(`${doc}: line ${l.n} has unknown label "${l.label}"`);
    }
    if (seen.has(l.n)) throw new Error(`${doc}: line ${l.n} is labelled twice`);
    seen.add(l.n);
  }
}

/** Groups of a first occurrence that expects keep and its duplicates: first line number → members, in order. */
export function duplicateGroups(labels: readonly LabelledLine[]): Map<number, number[]> {
  const byN = new Map(labels.map((l) => [l.n, l]));
  const root = (l: LabelledLine): number | undefined => {
    let at: LabelledLine | undefined = l;
    for (let hops = 0; at?.label === 'duplicate' && hops <= labels.length; hops++) {
      at = at.dup_of === undefined ? undefined : byN.get(at.dup_of);
    }
    return at !== undefined && KEEP_LABELS.has(at.label) ? at.n : undefined;
  };
  const groups = new Map<number, number[]>();
  for (const l of labels) {
    if (l.label !== 'duplicate') continue;
    const first = root(l);
    if (first === undefined) continue;
    const members = groups.get(first) ?? [first];
    members.push(l.n);
    groups.set(first, members);
  }
  return groups;
}

/** Scores one document; also returns each labelled line's outcome for error listings. */
export function scoreDocument(
  labels: readonly LabelledLine[],
  dropped: ReadonlySet<number>,
): { counts: Counts; outcomes: LineOutcome[] } {
  const counts = emptyCounts();
  const outcomes: LineOutcome[] = [];
  const labelOf = new Map(labels.map((l) => [l.n, l.label]));
  const groups = duplicateGroups(labels);
  const inGroup = new Set([...groups.values()].flat());
  const bump = (label: string, isDropped: boolean): void => {
    const t = (counts.byLabel[label] ??= { total: 0, dropped: 0 });
    t.total++;
    if (isDropped) t.dropped++;
  };

  for (const l of labels) {
    if (inGroup.has(l.n)) continue;
    const isDropped = dropped.has(l.n);
    const expectDrop = DROP_LABELS.has(l.label);
    bump(l.label, isDropped);
    if (expectDrop) counts.expectDrop++;
    else counts.expectKeep++;
    if (isDropped) {
      counts.dropped++;
      if (expectDrop) counts.droppedRight++;
      else counts.keepLost++;
    }
    const verdict = expectDrop === isDropped ? 'ok' : expectDrop ? 'missed' : 'lost';
    outcomes.push({ n: l.n, label: l.label, dropped: isDropped, verdict });
  }

  // A group is one line to keep plus (size - 1) lines to drop, whichever member stays.
  for (const [first, members] of groups) {
    const firstLabel = labelOf.get(first)!;
    const droppedCount = members.filter((n) => dropped.has(n)).length;
    const kept = members.length - droppedCount;
    counts.expectKeep += 1;
    counts.expectDrop += members.length - 1;
    counts.dropped += droppedCount;
    if (kept === 0) {
      counts.droppedRight += members.length - 1;
      counts.keepLost += 1;
    } else {
      counts.droppedRight += droppedCount;
    }
    bump(firstLabel, kept === 0);
    const duplicatesDropped = kept === 0 ? members.length - 1 : droppedCount;
    for (let k = 0; k < members.length - 1; k++) bump('duplicate', k < duplicatesDropped);
    // Outcomes: with none kept, the first occurrence is the lost line; every kept line after the first kept
    // one is a miss.
    let keptSoFar = 0;
    for (const n of members) {
      const isDropped = dropped.has(n);
      const label = n === first ? firstLabel : 'duplicate';
      let verdict: LineOutcome['verdict'] = 'ok';
      if (kept === 0 && n === first) verdict = 'lost';
      else if (!isDropped && keptSoFar++ > 0) verdict = 'missed';
      outcomes.push({ n, label, dropped: isDropped, verdict, group: first });
    }
  }
  outcomes.sort((a, b) => a.n - b.n);
  return { counts, outcomes };
}

export interface Figures {
  /** null when nothing was dropped. */
  precision: number | null;
  /** null when nothing should be dropped. */
  recall: number | null;
  f1: number | null;
  contentLost: number | null;
  /** Per label: the share of its lines dropped (for keep labels that is the share lost). */
  dropRateByLabel: Record<string, number>;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function figures(c: Counts): Figures {
  const precision = ratio(c.droppedRight, c.dropped);
  const recall = ratio(c.droppedRight, c.expectDrop);
  let f1: number | null = null;
  if (recall !== null) {
    f1 = precision === null || precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }
  const dropRateByLabel: Record<string, number> = {};
  for (const [label, t] of Object.entries(c.byLabel)) dropRateByLabel[label] = t.total ? t.dropped / t.total : 0;
  return { precision, recall, f1, contentLost: ratio(c.keepLost, c.expectKeep), dropRateByLabel };
}
