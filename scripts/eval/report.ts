import type { EvalRun, SystemResult } from './run.js';
import { DROP_LABELS, KEEP_LABELS, figures, type Counts } from './score.js';
import { percent, table } from './table.js';

/** Clean-article false-positive rates of one system. */
export function cleanRates(r: SystemResult): { linesDropped: number | null; charsRemoved: number | null } {
  const { clean } = r;
  return {
    linesDropped: clean.lines ? clean.linesDropped / clean.lines : null,
    charsRemoved: clean.chars ? clean.charsRemoved / clean.chars : null,
  };
}

function totals(run: EvalRun): string {
  const f = run.results.map((r) => figures(r.labelled.total));
  const c = run.results.map(cleanRates);
  const row = (name: string, values: readonly (number | null)[], digits = 1): string[] => [
    name,
    ...values.map((v) => percent(v, digits)),
  ];
  return table(
    ['dev set', ...run.results.map((r) => r.name)],
    [
      row('boilerplate precision', f.map((x) => x.precision)),
      row('boilerplate recall', f.map((x) => x.recall)),
      row('boilerplate F1', f.map((x) => x.f1)),
      row('content lines lost', f.map((x) => x.contentLost)),
      row('clean articles: lines dropped', c.map((x) => x.linesDropped), 2),
      row('clean articles: chars removed', c.map((x) => x.charsRemoved), 2),
    ],
  );
}

function byLabel(run: EvalRun): string {
  const counts = run.results[0]!.labelled.total.byLabel;
  const order = [...DROP_LABELS, ...KEEP_LABELS].filter((label) => counts[label] !== undefined);
  const rows = order.map((label) => [
    `${label}${KEEP_LABELS.has(label) ? ' (keep)' : ''}`,
    String(counts[label]!.total),
    ...run.results.map((r) => percent(figures(r.labelled.total).dropRateByLabel[label] ?? null)),
  ]);
  return table(['share of lines dropped', 'lines', ...run.results.map((r) => r.name)], rows);
}

function bySite(run: EvalRun): string {
  const [ours, ...baselines] = run.results;
  const sites = Object.entries(ours!.labelled.bySite).sort(
    (a, b) => b[1].documents - a[1].documents || a[0].localeCompare(b[0]),
  );
  const lines = (c: Counts): number => c.expectDrop + c.expectKeep;
  const rows = sites.map(([site, c]) => {
    const f = figures(c);
    return [
      site, String(c.documents), String(lines(c)), String(c.expectDrop),
      percent(f.precision), percent(f.recall), percent(f.f1), percent(f.contentLost),
      ...baselines.map((b) => percent(figures(b.labelled.bySite[site]!).f1)),
    ];
  });
  return table(
    ['site', 'docs', 'lines', 'to drop', 'precision', 'recall', 'F1', 'lost', ...baselines.map((b) => `F1 ${b.name}`)],
    rows,
  );
}

/** The evaluation report: totals beside the baselines, recall per label, figures per site, clean articles. */
export function formatReport(run: EvalRun): string {
  const ours = run.results[0]!;
  const t = ours.labelled.total;
  const c = ours.clean;
  return [
    `corpus: ${run.corpus}`,
    `dev set: ${ours.labelled.documents} documents, ${t.expectDrop + t.expectKeep} scored lines ` +
      `(${t.expectDrop} to drop, ${t.expectKeep} to keep; a repeated line to keep counts once to keep, its ` +
      'repeats as lines to drop)',
    `clean articles: ${c.articles} articles, ${c.lines} non-blank lines, ${c.chars} characters`,
    ...run.results.map((r) => `  ${r.name}: ${r.description}`),
    '',
    totals(run),
    '',
    byLabel(run),
    '',
    `per site (${ours.name}; last columns: baselines' F1)`,
    bySite(run),
    '',
    `clean articles touched by ${ours.name}: ${c.articlesTouched} of ${c.articles}`,
  ].join('\n');
}
