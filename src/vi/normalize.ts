import { VncleanError } from '../errors.js';
import { isInvisible } from '../text/chars.js';
import type { Edit } from '../report.js';
import { C_END, C_OTHER, FLAGGED, scanAutomaton } from './automaton.js';
import {
  AFTER_LETTER, ALWAYS, CLASS, CLASS_SIZE, classOf, NBSP, NEAR_LATIN, needsLook, STYLE_NEW, STYLE_OLD, STYLE_PRESERVE,
  toneLooksRight,
} from './fast-path.js';
import { TABLE_SIZE, VOWEL_INFO, isLatinLetterCode } from './letters.js';
import { SPACING_MARKS } from './lookalikes.js';
import {
  NORMALIZE_RULES,
  resolveNormalizeOptions,
  type NormalizeOptions,
  type NormalizeRuleId,
  type ResolvedNormalizeOptions,
} from './rules.js';
import { hashRange, RunCache } from './run-cache.js';
import { fixRun, type RunFix } from './word.js';

/**
 * The result of {@link normalizeVietnamese}: the text and every change, with offsets into the input.
 *
 * @example
 * const { text, edits } = normalizeVietnamese('Tỉnh uỷ');
 * // text 'Tỉnh ủy'; edits [{ rule: 'tone-placement', start: 5, end: 7, before: 'uỷ', after: 'ủy', … }]
 */
export interface NormalizeResult {
  readonly text: string;
  /** Non-overlapping, in input order; applying them to the input gives `text`. */
  readonly edits: readonly Edit[];
}

const NBSP_RULES: ReadonlySet<string> = new Set(['nbsp']);
const isMarkCode = (c: number): boolean => c >= 0x300 && c <= 0x36f;

// The line scan (src/line-scan.ts) checks tones with the same test.
export { STYLE_OLD, toneLooksRight };

// What a run of word characters is made of: 1 = always, 2 = a spacing mark, only right after a letter or mark.
const WORD = 1;
const WORD_AFTER_LETTER = 2;
const WORD_TABLE: Uint8Array = (() => {
  const table = new Uint8Array(CLASS_SIZE);
  for (let c = 0; c < CLASS_SIZE; c++) {
    if (isLatinLetterCode(c) || isMarkCode(c) || c === 0x256 || CLASS[c] === ALWAYS || CLASS[c] === NEAR_LATIN) table[c] = WORD;
  }
  for (const ch of SPACING_MARKS.keys()) table[ch.charCodeAt(0)] = WORD_AFTER_LETTER;
  return table;
})();

const MAX_SPACING_MARKS = 4;

function isWordAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  const w = c < CLASS_SIZE ? WORD_TABLE[c]! : classOf(c) === 0 ? 0 : WORD;
  if (w !== WORD_AFTER_LETTER) return w === WORD;
  // A spacing mark belongs to the word when it follows a letter (Latin, a Cyrillic/Greek look-alike) or a mark,
  // possibly after a few other spacing marks (a letter takes at most a vowel mark and a tone; the bound keeps a long
  // row of them from being walked once per mark).
  let k = j - 1;
  while (k >= 0 && text.charCodeAt(k) < CLASS_SIZE && WORD_TABLE[text.charCodeAt(k)] === WORD_AFTER_LETTER) {
    if (j - k-- >= MAX_SPACING_MARKS) return false;
  }
  const prev = k >= 0 ? text.charCodeAt(k) : 0;
  return isLatinLetterCode(prev) || isMarkCode(prev) || classOf(prev) === NEAR_LATIN;
}

function isSpacingMarkAfterLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < CLASS_SIZE && WORD_TABLE[c] === WORD_AFTER_LETTER && isWordAt(text, i);
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
/** Does text[start, end) hold an invisible character (soft hyphen, zero width space/joiners, word joiner, BOM)? */
function hasInvisible(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isInvisible(text.charCodeAt(i))) return true;
  return false;
}
// Next to a letter, a mark, or a spacing mark (which may become one): an invisible there is not at a word's edge.
const isLetterAt = (text: string, i: number): boolean =>
  i >= 0 && i < text.length && (LETTER_OR_MARK.test(text[i]!) || SPACING_MARKS.has(text[i]!));

/**
 * Code, URLs, e-mail addresses, hashtags, domain and file names: no letter changes there, only composition. A dot followed by two
 * or more ASCII letters and no other letter reads as a domain or extension ("vnexpress.net", "file.ts"), not as a
 * missing space after a full stop ("khóc.và").
 */
const CODE_LIKE = /:\/\/|www\.|[@_={}<>\\|$#`]|[A-Za-z0-9]\.[a-z]{2,}(?![\p{L}\p{M}])/u;

/** Whitespace as far as tokens go: ASCII space and controls, and the Unicode spaces. */
function isSpaceCode(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x85;
}

/** Is the token (text between white space) around [start, end) code-like? Remembers the token it last read. */
function inCodeToken(out: Output, start: number, end: number): boolean {
  if (start >= out.tokenStart && end <= out.tokenEnd) return out.tokenIsCode;
  const { text } = out;
  let s = start;
  while (s > 0 && !isSpaceCode(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && !isSpaceCode(text.charCodeAt(e))) e++;
  out.tokenStart = s;
  out.tokenEnd = e;
  out.tokenIsCode = CODE_LIKE.test(text.slice(s, e));
  return out.tokenIsCode;
}

const COMPOSE_RULES: ReadonlySet<NormalizeRuleId> = new Set(['unicode-compose']);

/**
 * A run of word characters longer than this is no word, nor words glued together that a reader would split: like
 * code, it gets composition only. This also keeps the syllable parser's per-letter work off hostile input (a
 * megabyte of vowels in one "word").
 */
const MAX_WORD_RUN = 1024;

/** In code and URLs only composition applies: canonically equivalent, it changes nothing a reader or parser sees. */
function composeOnly(run: string, options: ResolvedNormalizeOptions): RunFix | undefined {
  const text = run.normalize('NFC');
  if (text === run || !options.enabled.has('unicode-compose')) return undefined;
  return { text, rules: COMPOSE_RULES, notes: ['marks composed (NFC)'] };
}

function describe(rules: ReadonlySet<string>): string {
  return NORMALIZE_RULES.find((r) => rules.has(r)) ?? 'unicode-compose';
}

/** Narrows an edit to what changed, at whole letters (a base with its marks). */
function narrow(before: string, after: string): [number, number, number] {
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  while (head > 0 && (isMarkCode(before.charCodeAt(head)) || isMarkCode(after.charCodeAt(head)))) head--;
  while (tail > 0 && (isMarkCode(before.charCodeAt(before.length - tail)) || isMarkCode(after.charCodeAt(after.length - tail)))) tail--;
  return [head, before.length - tail, after.length - tail];
}

/** What one call of the normaliser is building. */
interface Output {
  readonly text: string;
  readonly options: ResolvedNormalizeOptions;
  readonly collect: boolean;
  readonly onFix: ((rules: ReadonlySet<string>) => void) | undefined;
  readonly edits: Edit[];
  readonly parts: string[];
  /** Input copied to `parts` up to here. */
  copied: number;
  /**
   * The last token (text between white space) looked at, and whether it reads as code: the words of one long
   * token are looked at one after another, and each must not walk the whole token again.
   */
  tokenStart: number;
  tokenEnd: number;
  tokenIsCode: boolean;
}

/**
 * Runs already fixed with these options (words repeat: a decomposed text has thousands of "người", a corpus has
 * millions), kept with the options object so that a cleaner, canonicalKey and calls without options reuse them
 * across texts. Only runs without invisibles are cached: their fix does not depend on what stands around them.
 * Only runs of up to MAX_CACHED_RUN units (words, not the rare long run) are, so the cache stays small: at most
 * RUN_CACHE_SIZE runs, emptied when full.
 */
const RUN_CACHE_SIZE = 65_536;
const MAX_CACHED_RUN = 48;
const runCaches = new WeakMap<ResolvedNormalizeOptions, RunCache<RunEdit | null>>();

function runCacheOf(options: ResolvedNormalizeOptions): RunCache<RunEdit | null> {
  let cache = runCaches.get(options);
  if (cache === undefined) runCaches.set(options, (cache = new RunCache(RUN_CACHE_SIZE)));
  return cache;
}

/** A run's fix as an edit relative to the run: computed once per distinct run. */
interface RunEdit {
  readonly rules: ReadonlySet<string>;
  readonly head: number;
  readonly beforeEnd: number;
  readonly after: string;
  readonly rule: string;
  readonly reason: string;
}

function toRunEdit(run: string, fix: RunFix | undefined): RunEdit | null {
  if (fix === undefined) return null;
  const [head, beforeEnd, afterEnd] = narrow(run, fix.text);
  return { rules: fix.rules, head, beforeEnd, after: fix.text.slice(head, afterEnd), rule: describe(fix.rules), reason: fix.notes.join('; ') };
}

function emit(out: Output, start: number, end: number, after: string, rule: string, reason: string): void {
  out.parts.push(out.text.slice(out.copied, start), after);
  out.copied = end;
  if (out.collect) out.edits.push({ rule, start, end, before: out.text.slice(start, end), after, reason });
}

/**
 * Everything but the hot loop: a code unit of class `k` at i asks for a closer look. Returns the index the scan
 * goes on after. Kept out of the loop so that its rarely taken branches never deoptimise the loop.
 */
function lookCloser(out: Output, i: number, k: number): number {
  const { text, options } = out;
  if (k === NBSP) {
    if (options.enabled.has('nbsp')) {
      emit(out, i, i + 1, ' ', 'nbsp', 'no-break space → space');
      out.onFix?.(NBSP_RULES);
    }
    return i;
  }
  if (k === AFTER_LETTER && !isSpacingMarkAfterLetter(text, i)) return i;
  if (k === NEAR_LATIN && !isLatinLetterCode(text.charCodeAt(i - 1)) && !isLatinLetterCode(text.charCodeAt(i + 1))) return i;
  // The whole run of word characters around i.
  const n = text.length;
  let start = i;
  while (start > 0 && isWordAt(text, start - 1)) start--;
  let end = i + 1;
  while (end < n && isWordAt(text, end)) end++;
  start = Math.max(start, out.copied);
  let edit: RunEdit | null;
  if (end - start > MAX_WORD_RUN || inCodeToken(out, start, end)) {
    const run = text.slice(start, end);
    edit = toRunEdit(run, composeOnly(run, options));
  } else if (hasInvisible(text, start, end)) {
    const place = { letterBefore: isLetterAt(text, start - 1), letterAfter: isLetterAt(text, end), offset: start };
    const run = text.slice(start, end);
    edit = toRunEdit(run, fixRun(run, place, options));
  } else {
    const cache = end - start <= MAX_CACHED_RUN ? runCacheOf(options) : undefined;
    const hash = cache === undefined ? 0 : hashRange(text, start, end);
    const known = cache?.get(text, start, end, hash);
    if (known !== undefined) {
      edit = known;
    } else {
      const run = text.slice(start, end);
      edit = toRunEdit(run, fixRun(run, { letterBefore: false, letterAfter: false, offset: start }, options));
      cache?.set(run, hash, edit);
    }
  }
  if (edit !== null) {
    out.onFix?.(edit.rules);
    emit(out, start + edit.head, start + edit.beforeEnd, edit.after, edit.rule, edit.reason);
  }
  return end - 1;
}

/**
 * The normaliser without option checks. `collect: false` skips building edits (canonicalKey uses it);
 * `onFix` sees every rule behind each edit (diagnose counts them). `ranges` ([start, end) pairs, ascending), when
 * given, are the only parts of the text read: each starts at the text's start or after a line break and ends at the
 * text's end or after a line break, and the caller vouches that nothing outside them needs a change (clean() knows
 * this from its line scan, see src/normalize-ranges.ts).
 */
export function normalizeWith(
  text: string,
  options: ResolvedNormalizeOptions,
  collect: boolean,
  onFix?: (rules: ReadonlySet<string>) => void,
  ranges?: ArrayLike<number>,
): NormalizeResult {
  const out: Output = {
    text, options, collect, onFix, edits: [], parts: [], copied: 0, tokenStart: 0, tokenEnd: 0, tokenIsCode: false,
  };
  const style = options.style === 'new' ? STYLE_NEW : options.style === 'old' ? STYLE_OLD : STYLE_PRESERVE;
  if (ranges === undefined) scan(out, style, 0, text.length);
  else for (let r = 0; r < ranges.length; r += 2) scan(out, style, ranges[r]!, ranges[r + 1]!);
  return finish(out);
}

/**
 * The hot loop: the scan automaton (automaton.ts) runs over text[from, to), two table lookups per code unit; where
 * it flags, the word it flagged goes through the exact per-unit scan, and the automaton resumes after the next
 * non-letter. `from` is the text's start or follows a line break, where the automaton starts afresh.
 */
function scan(out: Output, style: number, from: number, to: number): void {
  const text = out.text;
  const { classes, next, start } = scanAutomaton(style, out.options.enabled.has('nbsp'));
  let done = from;
  for (let i = runUntilFlagged(text, from, to, start, classes, next); i <= to; i = runUntilFlagged(text, i, to, start, classes, next)) {
    // Back to the start of the word (the automaton vouched for everything before its last non-letter).
    let wordStart = i;
    while (wordStart > done && classes[text.charCodeAt(wordStart - 1)] !== C_OTHER) wordStart--;
    i = scanExactly(out, style, wordStart, i, classes);
    if (i >= to) return;
    done = i;
  }
}

/**
 * Runs the automaton over text[i, to): the index of the unit it flags, `to` when it flags the end of the text, `to`
 * + 1 when it flags nothing (a range that ends after a line break has its last run decided there).
 */
function runUntilFlagged(text: string, i: number, to: number, state: number, classes: Uint8Array, next: Uint16Array): number {
  for (; i < to; i++) {
    state = next[state + classes[text.charCodeAt(i)]!]!;
    if (state === FLAGGED) return i;
  }
  return to === text.length && next[state + C_END] === FLAGGED ? to : to + 1;
}

/**
 * The per-unit scan from `from`, at least past `flagged`, up to just after a non-letter (where the automaton can
 * take over again in its start state). Returns that index, or the text's length.
 */
function scanExactly(out: Output, style: number, from: number, flagged: number, classes: Uint8Array): number {
  const text = out.text;
  const n = text.length;
  for (let i = from; i < n; i++) {
    if (i > flagged && classes[text.charCodeAt(i - 1)] === C_OTHER) return i;
    const k = needsLook(text, i, style);
    if (k !== 0) i = lookCloser(out, i, k);
  }
  return n;
}

function finish(out: Output): NormalizeResult {
  if (out.copied === 0) return { text: out.text, edits: out.edits };
  out.parts.push(out.text.slice(out.copied));
  return { text: out.parts.join(''), edits: out.edits };
}

/**
 * Makes Vietnamese text consistent: composed Unicode (NFC, including what NFC leaves broken), one tone-placement
 * style, look-alike letters and marks replaced, invisible characters out of words. Only words that parse as a
 * Vietnamese syllable get letter changes; loanwords, names, glued words, code and URLs stay as they are. Every
 * change is an edit with a rule id, offsets into the input and a reason.
 *
 * @example
 * normalizeVietnamese('Ðảm baỏ chất lựơng, hoà bình').text // 'Đảm bảo chất lượng, hòa bình'
 * normalizeVietnamese('hòa bình', { tone: 'new' }).text     // 'hoà bình'
 */
export function normalizeVietnamese(text: string, options?: NormalizeOptions): NormalizeResult {
  if (typeof text !== 'string') {
    throw new VncleanError('ERR_VNCLEAN_INPUT', `text must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  return normalizeWith(text, resolveNormalizeOptions(options), true);
}
