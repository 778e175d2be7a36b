/** Formats rows as a plain-text table: first column left-aligned, the rest right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => [...(row[c] ?? '')].length)));
  const pad = (cell: string, c: number): string => {
    const fill = ' '.repeat(widths[c]! - [...cell].length);
    return c === 0 ? cell + fill : fill + cell;
  };
  const lines = all.map((row) => header.map((_, c) => pad(row[c] ?? '', c)).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return lines.join('\n');
}

/** A ratio as a percentage (one decimal unless told); '—' when undefined. */
export function percent(value: number | null, digits = 1): string {
  return value === null ? '—' : `${(value * 100).toFixed(digits)}%`;
}
