import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/index.js';
import { tempDir, vnclean } from './run.js';

describe('vnclean usage errors exit 2 with a clear message and write nothing', () => {
  const dir = tempDir();
  const config = (name: string, body: string): string => {
    const path = join(dir, name);
    writeFileSync(path, body);
    return path;
  };
  const cases: [string, string[], RegExp][] = [
    ['an unknown flag', ['--frobnicate'], /unknown option --frobnicate/u],
    ['a flag without its value', ['--jsonl', '--field'], /--field needs a value \(NAME\)/u],
    ['a switch given a value', ['--stats=yes'], /--stats takes no value/u],
    ['--threads 0', ['--jsonl', '--threads', '0'], /--threads needs a whole number of at least 1, got "0"/u],
    ['--threads two', ['--jsonl', '--threads=two'], /--threads needs a whole number/u],
    ['a JSONL flag without --jsonl', ['--field', 'body'], /--field needs --jsonl/u],
    ['--explain with --jsonl', ['--jsonl', '--explain'], /--explain is for plain text \(with --jsonl, use --report\)/u],
    ['a bad option value', ['--captions', 'maybe'], /invalid options: options.captions must be "keep" or "drop"/u],
    ['an empty field name', ['--jsonl', '--field='], /options.field must be a non-empty string/u],
    ['a missing input file', ['no-such-file.txt'], /cannot read no-such-file.txt \(ENOENT\)/u],
    ['a missing config', ['--config', 'no-such-config.json'], /--config no-such-config.json: cannot read it \(ENOENT\)/u],
  ];
  it.each(cases)('%s', (_name, args, message) => {
    const r = vnclean(args, '{"text":"x"}\n');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("Try 'vnclean --help'.");
  });

  it.each([
    ['config.bad.json', '{"rules": ', /not valid JSON/u],
    ['config.array.json', '[]', /expected a JSON object of options/u],
    ['config.unknown.json', '{"colour": "blue"}', /unknown cleaner option "colour"/u],
    ['config.rule.json', '{"rules": {"no-such-rule": false}}', /unknown rule "no-such-rule"/u],
  ])('a bad --config (%s)', (name, body, message) => {
    const path = config(name, body);
    const r = vnclean(['--config', path], 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(path);
  });
});

describe('vnclean --help', () => {
  it('lists every flag, a --no- flag per rule, and the exit codes', () => {
    const r = vnclean(['--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--jsonl', '--field NAME', '--report', '--stats', '--hadoop-counters', '--progress', '--threads N', '--config FILE', '--strict']) {
      expect(r.stdout).toContain(flag);
    }
    for (const id of RULE_IDS) expect(r.stdout).toContain(`--no-${id}`);
    expect(r.stdout).toMatch(/Exit codes: 0 done; 1 bad input under --strict/u);
  });
});
