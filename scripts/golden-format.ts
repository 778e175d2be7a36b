/**
 * The golden-fixture files for one cleaned input (tests/golden/<outlet>/): expected.txt is the output, and
 * removed.json lists one removal per line (input line number, rule, category, text) so diffs read line by line.
 * Shared by `npm run golden:update` (built package) and tests/golden.test.ts (source).
 */
export interface RemovalLike {
  readonly rule: string;
  readonly category: string;
  readonly start: number;
  readonly text: string;
}

export function goldenFiles(input: string, result: { text: string; removed: readonly RemovalLike[] }): {
  expected: string;
  removed: string;
} {
  const lineAt = (offset: number): number => input.slice(0, offset).split('\n').length;
  const rows = result.removed.map((r) =>
    JSON.stringify({ line: lineAt(r.start), rule: r.rule, category: r.category, text: r.text.replace(/\n$/u, '') }),
  );
  return {
    expected: result.text,
    removed: rows.length === 0 ? '[]\n' : `[\n  ${rows.join(',\n  ')}\n]\n`,
  };
}
