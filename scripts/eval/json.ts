import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cleanRates } from './report.js';
import type { EvalRun, SystemResult } from './run.js';
import { figures, type Counts } from './score.js';

function scored(c: Counts): object {
  const { dropRateByLabel, ...f } = figures(c);
  const { byLabel, ...counts } = c;
  return { ...f, counts, dropRateByLabel, lines: byLabel };
}

function systemJson(r: SystemResult, withErrors: boolean): object {
  return {
    description: r.description,
    dev: {
      documents: r.labelled.documents,
      ...scored(r.labelled.total),
      bySite: Object.fromEntries(
        Object.entries(r.labelled.bySite).map(([site, c]) => [site, { documents: c.documents, ...scored(c) }]),
      ),
      rulesByCategory: r.labelled.rulesByCategory,
    },
    clean: (({ wrong, ...counts }) => {
      const rates = cleanRates(r);
      return { ...counts, linesDroppedShare: rates.linesDropped, charsRemovedShare: rates.charsRemoved };
    })(r.clean),
    ...(withErrors ? { errors: [...r.labelled.wrong, ...r.clean.wrong] } : {}),
  };
}

/** The whole run as JSON: figures and counts per system (the first with its wrong lines), per label and site. */
export function evalJson(run: EvalRun): object {
  return {
    corpus: run.corpus,
    definition: '../shared/corpus/README.md, "Scoring (line level)"; ratios are 0–1, null when undefined',
    systems: Object.fromEntries(run.results.map((r, i) => [r.name, systemJson(r, i === 0)])),
  };
}

export function writeEvalJson(path: string, run: EvalRun): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(evalJson(run), null, 2)}\n`);
}
