/**
 * `npm run eval`: scores the built package on the labelled dev set and the clean articles of ../shared/corpus,
 * beside three baselines, as the corpus README defines it. Prints a table and writes eval/out/eval.json.
 *   --errors        also list every wrong line (label, rule that fired or should have, text)
 *   --check         fail (exit 1) when a figure is below its floor in eval/floors.json
 *   --corpus DIR    the corpus (default ../shared/corpus, or VNCLEAN_CORPUS)
 *   --json PATH     where to write the JSON (default eval/out/eval.json)
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPUS_DIR } from '../../tests/corpus.js';
import { BASELINES } from './baselines.js';
import { corpusPresent, loadCleanSet, loadDevSet, requireCorpus } from './corpus.js';
import { formatErrors } from './errors.js';
import { checkFloors, formatFloorChecks, readFloors } from './floors.js';
import { writeEvalJson } from './json.js';
import { formatReport } from './report.js';
import { runEval } from './run.js';
import { defaultVnclean, loadBuiltPackage, profiledVnclean } from './systems.js';

const ROOT = new URL('../../', import.meta.url);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      errors: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      corpus: { type: 'string', default: CORPUS_DIR },
      json: { type: 'string', default: fileURLToPath(new URL('eval/out/eval.json', ROOT)) },
      floors: { type: 'string', default: fileURLToPath(new URL('eval/floors.json', ROOT)) },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('usage: npm run eval -- [--errors] [--check] [--corpus DIR] [--json PATH] [--floors PATH]\n');
    return 0;
  }
  if (values.check && process.env.VNCLEAN_CORPUS_OPTIONAL === '1' && !corpusPresent(values.corpus)) {
    // Only .ci/run sets this, and only after printing that the corpus is missing on this machine.
    process.stdout.write(`eval: SKIPPED — no corpus at ${values.corpus} (VNCLEAN_CORPUS_OPTIONAL=1)\n`);
    return 0;
  }
  requireCorpus(values.corpus);
  const vnclean = await loadBuiltPackage(ROOT);
  const run = runEval(values.corpus, [defaultVnclean(vnclean), profiledVnclean(vnclean), ...BASELINES], loadDevSet(values.corpus),
    loadCleanSet(values.corpus));

  process.stdout.write(`${formatReport(run)}\n`);
  writeEvalJson(values.json, run);
  process.stdout.write(`\nwrote ${values.json}\n`);
  if (values.errors) process.stdout.write(`\n${formatErrors(run.results[0]!)}\n`);
  if (!values.check) return 0;

  const floors = readFloors(values.floors);
  const checks = [];
  process.stdout.write(`\nfloors (${values.floors}):\n`);
  for (const [name, limits] of floors) {
    const result = run.results.find((r) => r.name === name);
    if (!result) throw new Error(`${values.floors}: no scored system named "${name}"`);
    const systemChecks = checkFloors(result, limits);
    checks.push(...systemChecks);
    process.stdout.write(`${name}:\n${formatFloorChecks(systemChecks)}\n`);
  }
  if (checks.every((c) => c.ok)) return 0;
  process.stderr.write('eval: a figure fell below its floor (see above)\n');
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
