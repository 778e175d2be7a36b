import { diffView } from '../diff-view.js';
import type { CleanerOptions, DocumentOptions } from '../options.js';
import { CATEGORIES, type Removal } from '../report.js';
import { RULE_IDS } from '../rules/index.js';
import { describeRemoval, listRemovals, quote, received, type MatcherContext, type MatcherOutcome } from './shared.js';

// Rules that options add (clean.ts): bylines: 'drop' and captions: 'drop'.
const OPTION_RULES = ['drop-bylines', 'drop-captions'];
const KNOWN = new Set<string>([...RULE_IDS, ...OPTION_RULES, ...CATEGORIES]);

/** `expect(input).toCleanTo(expected, options?)`: the clean's output is exactly `expected`. */
export function toCleanTo(
  this: MatcherContext,
  value: unknown,
  expected: string,
  options?: CleanerOptions & DocumentOptions,
): MatcherOutcome {
  if (typeof expected !== 'string') throw new TypeError('toCleanTo: expected text must be a string');
  const { result, input } = received('toCleanTo', value, options);
  const pass = result.text === expected;
  const changes = input === undefined ? listRemovals(result.removed) : diffView(input, result.removed);
  return {
    pass,
    actual: result.text,
    expected,
    message: () =>
      pass
        ? `expected the clean not to produce this text, but it did. What was removed:\n${changes}`
        : `expected the clean to produce the expected text (diff below). What was removed, by which rule:\n${changes}`,
  };
}

/** `expect(input).toRemove(ruleOrCategory, text?)`: some removal is by that rule or category (and contains `text`). */
export function toRemove(this: MatcherContext, value: unknown, ruleOrCategory: string, text?: string): MatcherOutcome {
  if (!KNOWN.has(ruleOrCategory)) {
    throw new TypeError(`toRemove: "${ruleOrCategory}" is neither a rule id nor a category (known: ${[...KNOWN].join(', ')})`);
  }
  const { result, input } = received('toRemove', value);
  const byIt = (r: Removal): boolean => r.rule === ruleOrCategory || r.category === ruleOrCategory;
  const hasText = (r: Removal): boolean => text === undefined || r.text.includes(text);
  const hits = result.removed.filter((r) => byIt(r) && hasText(r));
  const what = `a removal by ${ruleOrCategory}${text === undefined ? '' : ` containing ${quote(text)}`}`;
  const pass = hits.length > 0;
  const why = (): string => {
    if (text === undefined) return `Removals:\n${listRemovals(result.removed, input)}`;
    const other = result.removed.filter((r) => r.text.includes(text));
    if (other.length > 0) return `It was removed by another rule:\n${listRemovals(other, input)}`;
    if (result.text.includes(text)) return `It was kept. Removals:\n${listRemovals(result.removed, input)}`;
    return `It is not in the input. Removals:\n${listRemovals(result.removed, input)}`;
  };
  return {
    pass,
    message: () =>
      pass
        ? `expected no ${what.slice(2)}, but found:\n${hits.map((r) => `  ${describeRemoval(r, input)}`).join('\n')}`
        : `expected ${what}. ${why()}`,
  };
}

/** `expect(input).toKeep(text)`: `text` is in the output. */
export function toKeep(this: MatcherContext, value: unknown, text: string): MatcherOutcome {
  if (typeof text !== 'string' || text === '') throw new TypeError('toKeep: the text to keep must be a non-empty string');
  const { result, input } = received('toKeep', value);
  if (input !== undefined && !input.includes(text)) {
    throw new TypeError(`toKeep: ${quote(text)} is not in the input, so it can be neither kept nor removed`);
  }
  const pass = result.text.includes(text);
  // The removals that cut into the text: by offsets when the input is known, by their text otherwise.
  const culprits = result.removed.filter((r) => {
    if (input === undefined) return r.text.includes(text) || text.includes(r.text.trim());
    for (let at = input.indexOf(text); at !== -1; at = input.indexOf(text, at + 1)) {
      if (r.start < at + text.length && r.end > at) return true;
    }
    return false;
  });
  // Normalisation edits that touch the text (it may be kept, but spelt differently now).
  const edits = (result.edits ?? []).filter((e) => {
    if (input === undefined) return text.includes(e.before) || e.before.includes(text);
    for (let at = input.indexOf(text); at !== -1; at = input.indexOf(text, at + 1)) {
      if (e.start < at + text.length && e.end > at) return true;
    }
    return false;
  });
  const whyMissing = (): string =>
    culprits.length > 0 || edits.length === 0
      ? `it was removed:\n${listRemovals(culprits, input)}`
      : `normalisation changed it:\n${edits.map((e) => `  ${e.rule}: ${quote(e.before)} → ${quote(e.after)} (${e.reason})`).join('\n')}`;
  return {
    pass,
    message: () =>
      pass
        ? `expected ${quote(text)} to be removed, but it was kept`
        : `expected ${quote(text)} to be kept, but ${whyMissing()}`,
  };
}
