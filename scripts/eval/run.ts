import type { EvalDoc } from './corpus.js';
import { scoreClean, scoreLabelled, type CleanScore, type LabelledScore } from './evaluate.js';
import type { System } from './systems.js';

/** One system's scores on both sets. */
export interface SystemResult {
  readonly name: string;
  readonly description: string;
  readonly labelled: LabelledScore;
  readonly clean: CleanScore;
}

/** Everything one evaluation measured; the first system is the one under test, the others are its baselines. */
export interface EvalRun {
  readonly corpus: string;
  readonly results: readonly SystemResult[];
}

/** Scores every system on the labelled dev set and on the clean articles. */
export function runEval(
  corpus: string,
  systems: readonly System[],
  devSet: readonly EvalDoc[],
  cleanSet: readonly EvalDoc[],
): EvalRun {
  return {
    corpus,
    results: systems.map((system) => ({
      name: system.name,
      description: system.description,
      labelled: scoreLabelled(system, devSet),
      clean: scoreClean(system, cleanSet),
    })),
  };
}
