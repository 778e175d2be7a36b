/**
 * `npm run test:consumer`: the package as a user gets it. Packs the built package, installs the tarball and
 * vitest into a throw-away project, then runs one ESM and one CJS test file there, and the README's example test,
 * and type-checks ESM and CJS TypeScript files against the packed declarations. Needs `npm run build` first. `--keep` leaves the project.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = fileURLToPath(new URL('fixture/', import.meta.url));
const keep = process.argv.includes('--keep');

/** Runs a command; its output is returned when `capture`, shown otherwise. Throws when it fails. */
function run(cmd: string, args: readonly string[], cwd: string, capture = false): string {
  process.stdout.write(`$ ${cmd} ${args.join(' ')}\n`);
  const out = execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'] });
  return out ?? '';
}

if (!existsSync(join(root, 'dist/vitest.cjs'))) throw new Error('dist/ is not built: run `npm run build` first');
const vitestVersion = (JSON.parse(readFileSync(join(root, 'node_modules/vitest/package.json'), 'utf8')) as { version: string }).version;
const project = mkdtempSync(join(tmpdir(), 'vnclean-consumer-'));
let failed = true;
try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', project], root, true)) as { filename: string }[];
  cpSync(fixture, project, { recursive: true });
  // The README's example test, exactly as users copy it.
  cpSync(join(root, 'examples/cleaning.test.ts'), join(project, 'readme-example.test.ts'));
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'vnclean-consumer', private: true }, null, 2)}\n`);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${packed[0]!.filename}`, `vitest@${vitestVersion}`], project);
  run(join(project, 'node_modules/.bin/vitest'), ['run'], project);
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], project);
  process.stdout.write('consumer project: ESM and CJS test files passed, ESM and CJS declarations type-check\n');
  failed = false;
} finally {
  if (keep) process.stdout.write(`kept ${project}\n`);
  else rmSync(project, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
