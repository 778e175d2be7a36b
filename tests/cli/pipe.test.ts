import { describe, expect, it } from 'vitest';
import { shell } from './run.js';

// 20,000 small records: far more output than a pipe buffers, so vnclean is still writing when `head` exits.
const produce = `for i in $(seq 1 20000); do printf '{"id":%d,"text":"Tin tức %d\\\\nTin liên quan"}\\n' "$i" "$i"; done`;

describe('a closed stdout (| head) ends vnclean quietly', () => {
  it.each([
    ['--jsonl', '--jsonl'],
    ['--jsonl --threads 2', '--jsonl --threads 2'],
  ])('%s', (_name, flags) => {
    const r = shell(`${produce} > "\${TMPDIR:-/tmp}/pipe-$$.jsonl"; vnclean ${flags} "\${TMPDIR:-/tmp}/pipe-$$.jsonl" | head -n 3; echo "exit=\${PIPESTATUS[0]}" >&2; rm -f "\${TMPDIR:-/tmp}/pipe-$$.jsonl"`);
    expect(r.stdout).toBe('{"id":1,"text":"Tin tức 1"}\n{"id":2,"text":"Tin tức 2"}\n{"id":3,"text":"Tin tức 3"}\n');
    expect(r.stderr).toBe('exit=0\n');
  });

  it('plain text', () => {
    const r = shell(`seq 1 200000 | sed 's/^/Dòng số /' | vnclean | head -n 2; echo "exit=\${PIPESTATUS[2]}" >&2`);
    expect(r.stdout).toBe('Dòng số 1\nDòng số 2\n');
    expect(r.stderr).toBe('exit=0\n');
  });
});
