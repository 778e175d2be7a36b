import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLabels, type LabelledLine } from './score.js';

/** One document of an evaluation set. Labelled documents carry their line labels; clean articles do not. */
export interface EvalDoc {
  readonly id: string;
  readonly site: string;
  readonly text: string;
  readonly labels?: readonly LabelledLine[];
}

interface LabelsFile {
  doc: string;
  site: string;
  lines: LabelledLine[];
}

const REQUIRED = ['dev/docs', 'dev/labels', 'clean/clean-dev.jsonl'];

/** The corpus is where the harness looks for it. */
export function corpusPresent(dir: string): boolean {
  return REQUIRED.every((p) => existsSync(join(dir, p)));
}

/** Fails with a message that says what is missing and how to point the harness at the corpus. */
export function requireCorpus(dir: string): void {
  const missing = REQUIRED.filter((p) => !existsSync(join(dir, p)));
  if (missing.length > 0) {
    throw new Error(
      `evaluation corpus not found at ${dir} (missing ${missing.join(', ')}).\n` +
        'The labelled corpus lives beside the repository as ../shared/corpus; set VNCLEAN_CORPUS or pass ' +
        '--corpus DIR to use another location.',
    );
  }
}

/** The labelled dev set: dev/docs/<id>.txt with dev/labels/<id>.labels.json, in id order. */
export function loadDevSet(dir: string): EvalDoc[] {
  const labelDir = join(dir, 'dev/labels');
  const files = readdirSync(labelDir).filter((f) => f.endsWith('.labels.json')).sort();
  if (files.length === 0) throw new Error(`no *.labels.json files in ${labelDir}`);
  return files.map((file) => {
    const parsed = JSON.parse(readFileSync(join(labelDir, file), 'utf8')) as LabelsFile;
    const text = readFileSync(join(dir, 'dev/docs', `${parsed.doc}.txt`), 'utf8');
    checkLabels(parsed.doc, parsed.lines);
    return { id: parsed.doc, site: parsed.site, text, labels: parsed.lines };
  });
}

/** The clean articles (clean/clean-dev.jsonl): nothing in them is boilerplate. */
export function loadCleanSet(dir: string): EvalDoc[] {
  const lines = readFileSync(join(dir, 'clean/clean-dev.jsonl'), 'utf8').split('\n');
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const record = JSON.parse(line) as { id: string; site: string; text: string };
      return { id: record.id, site: record.site, text: record.text };
    });
}
