/**
 * Site profiles on the dev set: scores the cleaner with and without a profile learned from the dev documents
 * themselves (texts and sites only; labels are read for scoring alone), per source and per category, and
 * counts what a profile learned on the clean articles removes from them (every such removal is a false positive).
 *
 *   npx tsx scripts/eval-profile.ts            # defaults
 *   npx tsx scripts/eval-profile.ts --sweep    # also the threshold sweep the defaults were chosen from
 */
import { readFileSync } from 'node:fs';
import { createCleaner, learnProfile, trimProfile, type LearnOptions, type Profile } from '../src/index.js';
import { CORPUS_DIR } from '../tests/corpus.js';
import { loadCleanSet, loadDevSet, type EvalDoc } from './eval/corpus.js';
import { addCounts, droppedLines, emptyCounts, figures, KEEP_LABELS, scoreDocument, type Counts, type LabelledLine } from './eval/score.js';

interface DevDoc extends EvalDoc {
  readonly source: string;
  readonly labels: readonly LabelledLine[];
}

// The harness's loaders; sites come from SOURCES.tsv instead of the labels: what a pipeline knows about a page
// without any labels.
const siteOf = new Map(
  readFileSync(`${CORPUS_DIR}/dev/SOURCES.tsv`, 'utf8').trim().split('\n').slice(1).map((row) => {
    const [id, site] = row.split('\t');
    return [id!, site!] as const;
  }),
);
const docs: DevDoc[] = loadDevSet(CORPUS_DIR).map((d) => ({
  ...d, source: d.id.split('-')[0]!, site: siteOf.get(d.id) ?? '', labels: d.labels ?? [],
}));
const cleanArticles = loadCleanSet(CORPUS_DIR);

interface Run {
  total: Counts;
  bySource: Map<string, Counts>;
  ownLeadKept: number;
  keepRemovedByProfile: number;
  kept: Record<string, number>;
}

function run(profile: Profile | undefined): Run {
  const cleaner = createCleaner(profile ? { profile } : {});
  const bySource = new Map<string, Counts>();
  let total = emptyCounts();
  let ownLeadKept = 0;
  let keepRemovedByProfile = 0;
  const kept: Record<string, number> = {};
  for (const d of docs) {
    const result = cleaner.clean(d.text, { site: d.site });
    for (const [reason, n] of Object.entries(result.stats.keptByReason)) kept[reason] = (kept[reason] ?? 0) + n;
    const dropped = droppedLines(d.text, result.removed);
    const { counts } = scoreDocument(d.labels, dropped);
    total = addCounts(total, counts);
    bySource.set(d.source, addCounts(bySource.get(d.source) ?? emptyCounts(), counts));
    ownLeadKept += result.stats.keptByReason['site-profile-own-lead'] ?? 0;
    keepRemovedByProfile += result.removed.filter((r) => r.rule === 'site-profile' && keepLabelAt(d, r.start)).length;
  }
  return { total, bySource, ownLeadKept, keepRemovedByProfile, kept };
}

function keepLabelAt(d: DevDoc, offset: number): boolean {
  const n = d.text.slice(0, offset).split('\n').length;
  const label = d.labels.find((l) => l.n === n)?.label;
  return label !== undefined && KEEP_LABELS.has(label);
}

/** Lines of the clean articles a profile learned on them removes (and characters). */
function cleanFalsePositives(options: LearnOptions): { lines: number; linesTotal: number; chars: number; charsTotal: number; samples: string[] } {
  const profile = learnProfile(cleanArticles.map((a) => ({ text: a.text, site: a.site })), options);
  const cleaner = createCleaner({ profile });
  let lines = 0;
  let linesTotal = 0;
  let chars = 0;
  let charsTotal = 0;
  const samples: string[] = [];
  for (const a of cleanArticles) {
    const withProfile = cleaner.clean(a.text, { site: a.site }).removed.filter((r) => r.rule === 'site-profile');
    lines += withProfile.length;
    chars += withProfile.reduce((n, r) => n + r.text.trim().length, 0);
    linesTotal += a.text.split('\n').filter((l) => l.trim() !== '').length;
    charsTotal += a.text.length;
    for (const r of withProfile) if (samples.length < 8) samples.push(`${a.id}: ${r.text.trim().slice(0, 80)}`);
  }
  return { lines, linesTotal, chars, charsTotal, samples };
}

const pct = (x: number | null): string => (x === null ? '—' : `${(100 * x).toFixed(1)}%`);
const DROP_CATEGORIES = ['related', 'nav', 'footer', 'ad', 'duplicate', 'comments', 'share', 'meta', 'ui', 'template', 'weather'];

function report(before: Run, after: Run): void {
  const rows: string[][] = [['source', 'recall', '', 'precision', '', 'content lost', '']];
  for (const [name, b, a] of [
    ['all', before.total, after.total] as const,
    ...[...before.bySource.keys()].sort().map((s) => [s, before.bySource.get(s)!, after.bySource.get(s)!] as const),
  ]) {
    const fb = figures(b);
    const fa = figures(a);
    rows.push([name, pct(fb.recall), pct(fa.recall), pct(fb.precision), pct(fa.precision),
      `${pct(fb.contentLost)} (${b.keepLost})`, `${pct(fa.contentLost)} (${a.keepLost})`]);
  }
  console.log('Per source, without → with profile (recall, precision, content lost):');
  for (const r of rows) console.log(`  ${r[0]!.padEnd(10)} ${r[1]!.padStart(6)} → ${r[2]!.padEnd(7)} ${r[3]!.padStart(6)} → ${r[4]!.padEnd(7)} ${r[5]!.padStart(11)} → ${r[6]}`);
  console.log('\nRecall per category (lines dropped / lines), without → with profile:');
  for (const source of ['all', ...[...before.bySource.keys()].sort()]) {
    const b = source === 'all' ? before.total : before.bySource.get(source)!;
    const a = source === 'all' ? after.total : after.bySource.get(source)!;
    const cells = DROP_CATEGORIES.filter((c) => b.byLabel[c]).map((c) => {
      const x = b.byLabel[c]!;
      const y = a.byLabel[c]!;
      return `${c} ${x.dropped}→${y.dropped}/${x.total}`;
    });
    console.log(`  ${source.padEnd(10)} ${cells.join('  ')}`);
  }
  console.log(`\nKeep-labelled lines removed by site-profile: ${after.keepRemovedByProfile}; lines kept as their article's own lead: ${after.ownLeadKept}`);
  console.log(`Profile lines kept, by reason (stats.keptByReason): ${JSON.stringify(after.kept)}`);
}

const records = docs.map((d) => ({ text: d.text, site: d.site }));
const baseline = run(undefined);

if (process.argv.includes('--sweep')) {
  console.log('Threshold sweep (profile learned on the dev texts and sites):');
  console.log('  minDocs minShare   recall  precision  content lost  clean FP lines');
  for (const minDocuments of [2, 3, 4, 5, 8]) {
    for (const minShare of [0, 0.05, 0.1]) {
      const r = run(learnProfile(records, { minDocuments, minShare }));
      const f = figures(r.total);
      const fp = cleanFalsePositives({ minDocuments, minShare });
      console.log(`  ${String(minDocuments).padStart(7)} ${String(minShare).padStart(8)} ${pct(f.recall).padStart(8)} ${pct(f.precision).padStart(10)} ${`${pct(f.contentLost)} (${r.total.keepLost})`.padStart(13)} ${`${fp.lines}/${fp.linesTotal}`.padStart(15)}`);
    }
  }
  console.log(`  baseline (no profile): recall ${pct(figures(baseline.total).recall)}, content lost ${pct(figures(baseline.total).contentLost)} (${baseline.total.keepLost})\n`);

  // A held-out set may hold fewer documents per site: learn on k of the vnexpress documents (10 fixed,
  // deterministic subsets each) and score the teasers and keep-lines of those k documents.
  console.log('Fewer documents per site (vnexpress subsets, 10 each):');
  const vx = docs.filter((d) => d.source === 'vnexpress');
  for (const k of [8, 12, 16]) {
    for (const minDocuments of [2, 3]) {
      let caught = 0;
      let total = 0;
      let lost = 0;
      for (let rep = 0; rep < 10; rep++) {
        const subset = vx.filter((_, i) => (i * 7 + rep * 13) % vx.length < k);
        const cleaner = createCleaner({ profile: learnProfile(subset, { minDocuments }) });
        for (const d of subset) {
          const dropped = droppedLines(d.text, cleaner.clean(d.text, { site: d.site }).removed);
          for (const l of d.labels) {
            if (l.label === 'related') {
              total++;
              if (dropped.has(l.n)) caught++;
            }
            if (KEEP_LABELS.has(l.label) && dropped.has(l.n)) lost++;
          }
        }
      }
      console.log(`  ${k} documents, minDocuments ${minDocuments}: related recall ${pct(caught / total)}, keep-lines lost ${lost}`);
    }
  }
  console.log('');
}

const profile = learnProfile(records);
console.log(`Profile learned on ${records.length} dev documents with defaults ${JSON.stringify(profile.settings)}`);
console.log(`  size: ${JSON.stringify(profile).length} bytes (trimmed: ${JSON.stringify(trimProfile(profile)).length}); level ${profile.level}\n`);
report(baseline, run(profile));

// The vnexpress teasers: related lines (and their repeats) in vnexpress documents.
const cleaner = createCleaner({ profile });
let teasers = 0;
let teasersCaught = 0;
for (const d of docs.filter((x) => x.source === 'vnexpress')) {
  const dropped = droppedLines(d.text, cleaner.clean(d.text, { site: d.site }).removed);
  const byN = new Map(d.labels.map((l) => [l.n, l]));
  for (const l of d.labels) {
    const related = l.label === 'related' || (l.label === 'duplicate' && byN.get(l.dup_of ?? 0)?.label === 'related');
    if (!related) continue;
    teasers++;
    if (dropped.has(l.n)) teasersCaught++;
  }
}
console.log(`vnexpress teaser lines (related + their repeats): ${teasersCaught}/${teasers} dropped with the profile`);

const fp = cleanFalsePositives({});
console.log(`\nClean articles (${cleanArticles.length}, profile learned on their own texts and sites): ${fp.lines} of ${fp.linesTotal} lines removed by site-profile (${pct(fp.lines / fp.linesTotal)}), ${pct(fp.chars / fp.charsTotal)} of characters`);
for (const s of fp.samples) console.log(`  ${s}`);
