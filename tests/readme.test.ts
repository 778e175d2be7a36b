import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The README's example test is examples/cleaning.test.ts verbatim; `npm run test:consumer` runs that file
// against the packed package, so the example a user copies is known to pass.
describe('README', () => {
  it('shows examples/cleaning.test.ts verbatim under "Testing your corpus cleaning"', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const example = readFileSync(new URL('../examples/cleaning.test.ts', import.meta.url), 'utf8');
    const section = readme.split('## Testing your corpus cleaning')[1]?.split('\n## ')[0] ?? '';
    expect(section).toContain(`\`\`\`ts\n${example}\`\`\``);
  });
});
