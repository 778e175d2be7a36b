/**
 * `npm run golden:update`: regenerates tests/golden/<outlet>/expected.txt and removed.json from input.txt with
 * the BUILT package, then prints which fixtures changed. Review the diff (`git diff tests/golden`) before
 * committing: every changed line is a changed decision of the cleaner.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBuiltPackage } from './eval/systems.js';
import { goldenFiles } from './golden-format.js';

const root = new URL('../', import.meta.url);
const dir = fileURLToPath(new URL('tests/golden/', root));
const { createCleaner } = await loadBuiltPackage(root);
const cleaner = createCleaner();
const outlets = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
let changed = 0;
for (const outlet of outlets) {
  const input = readFileSync(join(dir, outlet, 'input.txt'), 'utf8');
  const files = goldenFiles(input, cleaner.clean(input));
  for (const [name, content] of [['expected.txt', files.expected], ['removed.json', files.removed]] as const) {
    const path = join(dir, outlet, name);
    let before = '';
    try {
      before = readFileSync(path, 'utf8');
    } catch {
      // a new fixture: written below
    }
    if (before === content) continue;
    writeFileSync(path, content);
    changed++;
    process.stdout.write(`updated ${outlet}/${name}\n`);
  }
}
process.stdout.write(`${outlets.length} fixtures, ${changed} file${changed === 1 ? '' : 's'} changed\n`);
