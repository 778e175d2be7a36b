import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldenFiles } from '../scripts/golden-format.js';
import { clean } from '../src/index.js';

// Golden fixtures: short excerpts of real page layouts per outlet (sources in tests/golden/SOURCES.md).
// When a rule changes on purpose, run `npm run golden:update` and review `git diff tests/golden`.
const dir = fileURLToPath(new URL('golden/', import.meta.url));
const outlets = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('golden fixtures', () => {
  it('has fixtures', () => {
    expect(outlets.length).toBeGreaterThanOrEqual(8);
  });

  for (const outlet of outlets) {
    it(`${outlet}: cleans to expected.txt with the removals in removed.json`, () => {
      const read = (name: string): string => readFileSync(`${dir}${outlet}/${name}`, 'utf8');
      const input = read('input.txt');
      const files = goldenFiles(input, clean(input));
      expect(files.expected).toBe(read('expected.txt'));
      expect(files.removed).toBe(read('removed.json'));
    });
  }
});
