import { findTemplateTokens } from '../rules/template-tokens.js';
import { normalizationDefects, type NormalizationCheckOptions } from './normalization-defects.js';
import { lineOf, quote, receivedText, type MatcherContext, type MatcherOutcome } from './shared.js';

const MAX_LISTED = 20;

function listed(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).map((s) => `  ${s}`);
  if (items.length > MAX_LISTED) shown.push(`  … and ${items.length - MAX_LISTED} more`);
  return shown.join('\n');
}

/** `expect(text).toBeNormalizedVietnamese(options?)`: NFC, no look-alikes or invisibles, one tone style. */
export function toBeNormalizedVietnamese(
  this: MatcherContext,
  value: unknown,
  options?: NormalizationCheckOptions,
): MatcherOutcome {
  const text = receivedText('toBeNormalizedVietnamese', value);
  const defects = normalizationDefects(text, options);
  return {
    pass: defects.length === 0,
    message: () =>
      defects.length === 0
        ? 'expected the text not to be normalised Vietnamese, but it is'
        : `expected normalised Vietnamese, found ${defects.length} defect${defects.length === 1 ? '' : 's'}:\n` +
          listed(defects.map((d) => `line ${lineOf(text, d.start)} ${d.kind}: ${d.why} in ${quote(context(text, d.start, d.end))}`)),
  };
}

function context(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - 15), Math.min(text.length, end + 15));
}

/** `expect(text).toHaveNoTemplateTokens()`: no `{name}`, `{{x}}`, `${x}`, `<body>`, `%s` left. */
export function toHaveNoTemplateTokens(this: MatcherContext, value: unknown): MatcherOutcome {
  const text = receivedText('toHaveNoTemplateTokens', value);
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [s, e] of findTemplateTokens(line)) found.push(`line ${i + 1}: ${line.slice(s, e)} in ${quote(line)}`);
  });
  return {
    pass: found.length === 0,
    message: () =>
      found.length === 0
        ? 'expected template tokens, but found none'
        : `expected no template tokens, found ${found.length}:\n${listed(found)}`,
  };
}
