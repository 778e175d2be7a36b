import { VncleanError } from '../errors.js';
import type { Edit } from '../report.js';
import { CONFUSABLE_LATIN } from './confusables.js';
import { TABLE_SIZE, VOWEL_INFO, isLatinLetterCode } from './letters.js';
import { BREVE_LOOKALIKE_LETTERS, D_LOOKALIKES, INVISIBLES, NO_BREAK_SPACES, SPACING_MARKS } from './lookalikes.js';
import { CLUSTER_PLACEMENT } from './placement.js';
import {
  NORMALIZE_RULES,
  resolveNormalizeOptions,
  type NormalizeOptions,
  type NormalizeRuleId,
  type ResolvedNormalizeOptions,
} from './rules.js';
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

// What a code unit asks of the fast path.
const TONED = 1; // a vowel with a tone: check its vowel cluster
const ALWAYS = 2; // combining marks, Đ and breve look-alikes, invisibles: always look closer
const AFTER_LETTER = 3; // spacing marks: only right after a letter or mark
const NEAR_LATIN = 4; // Cyrillic/Greek look-alikes: only next to a Latin letter
const NBSP = 5;

const CLASS_SIZE = TABLE_SIZE + 0x200;
const CLASS: Uint8Array = (() => {
  const table = new Uint8Array(CLASS_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) if ((VOWEL_INFO[c]! & 7) !== 0) table[c] = TONED;
  for (let c = 0x300; c <= 0x36f; c++) table[c] = ALWAYS;
  const set = (chars: Iterable<string>, k: number): void => {
    for (const ch of chars) if (ch.charCodeAt(0) < table.length) table[ch.charCodeAt(0)] = k;
  };
  set(D_LOOKALIKES.keys(), ALWAYS);
  set(BREVE_LOOKALIKE_LETTERS.keys(), ALWAYS);
  set(INVISIBLES, ALWAYS);
  set(SPACING_MARKS.keys(), AFTER_LETTER);
  set(CONFUSABLE_LATIN.keys(), NEAR_LATIN);
  set(NO_BREAK_SPACES, NBSP);
  return table;
})();

function classOf(c: number): number {
  if (c < CLASS.length) return CLASS[c]!;
  if (c === 0xfeff) return ALWAYS;
  if (c === 0xa647) return NEAR_LATIN; // ꙇ Cyrillic small iota
  return 0;
}

const NBSP_RULES: ReadonlySet<string> = new Set(['nbsp']);
const isMarkCode = (c: number): boolean => c >= 0x300 && c <= 0x36f;

export const STYLE_OLD = 0;
const STYLE_NEW = 1;
const STYLE_PRESERVE = 2;

/**
 * Fast check of a toned vowel in composed text: is its tone where the style wants it? Looks only at the vowel
 * cluster around it (after a q or g that makes qu/gi) and whether a consonant follows. False means "look closer",
 * not "wrong": the slow path decides. Written for speed: it runs for every toned vowel next to another vowel.
 */
export function toneLooksRight(text: string, i: number, style: number): boolean {
  const n = text.length;
  let start = i;
  let c = 0;
  while (start > 0 && (c = text.charCodeAt(start - 1)) < TABLE_SIZE && VOWEL_INFO[c]! > 7) start--;
  let end = i + 1;
  while (end < n && (c = text.charCodeAt(end)) < TABLE_SIZE && VOWEL_INFO[c]! > 7) end++;
  if (start > 0) {
    // u (vowel 10) after q and i (vowel 6) after g belong to the onset (quá, già); a tone on them is misplaced.
    const before = text.charCodeAt(start - 1) | 32;
    const first = VOWEL_INFO[text.charCodeAt(start)]! >> 3;
    if ((before === 113 && first === 10) || (before === 103 && first === 6)) {
      if (start === i) return false;
      start++;
    }
  }
  const size = end - start;
  if (size === 1) return true;
  if (size > 3) return false;
  let key = 0;
  for (let k = start; k < start + 3; k++) {
    const info = k < end ? VOWEL_INFO[text.charCodeAt(k)]! : 0;
    if (k !== i && (info & 7) !== 0) return false;
    key = key * 13 + (info >> 3);
  }
  const coda = end < n && isLatinLetterCode(text.charCodeAt(end)) ? 1 : 0;
  const packed = CLUSTER_PLACEMENT[key * 2 + coda]!;
  if (packed === 0) return false;
  const at = i - start;
  if (style === STYLE_OLD) return at === (packed & 15) - 1;
  if (style === STYLE_NEW) return at === (packed >> 4) - 1;
  return at === (packed & 15) - 1 || at === (packed >> 4) - 1;
}

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

function isWordAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  const w = c < CLASS_SIZE ? WORD_TABLE[c]! : classOf(c) === 0 ? 0 : WORD;
  if (w !== WORD_AFTER_LETTER) return w === WORD;
  // A spacing mark belongs to the word when it follows a letter (Latin, a Cyrillic/Greek look-alike) or a mark,
  // possibly after other spacing marks.
  let k = j - 1;
  while (k >= 0 && text.charCodeAt(k) < CLASS_SIZE && WORD_TABLE[text.charCodeAt(k)] === WORD_AFTER_LETTER) k--;
  const prev = k >= 0 ? text.charCodeAt(k) : 0;
  return isLatinLetterCode(prev) || isMarkCode(prev) || classOf(prev) === NEAR_LATIN;
}

function isSpacingMarkAfterLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < CLASS_SIZE && WORD_TABLE[c] === WORD_AFTER_LETTER && isWordAt(text, i);
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const HAS_INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
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

function tokenAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !isSpaceCode(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && !isSpaceCode(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}

const COMPOSE_RULES: ReadonlySet<NormalizeRuleId> = new Set(['unicode-compose']);

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
   * Runs already fixed in this call (words repeat: a decomposed text has thousands of "người"). Only runs without
   * invisibles are cached: their fix does not depend on what stands around them.
   */
  memo: Map<string, RunEdit | null> | undefined;
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
  const run = text.slice(start, end);
  let edit: RunEdit | null;
  if (CODE_LIKE.test(tokenAround(text, start, end))) {
    edit = toRunEdit(run, composeOnly(run, options));
  } else if (HAS_INVISIBLE.test(run)) {
    const place = { letterBefore: isLetterAt(text, start - 1), letterAfter: isLetterAt(text, end), offset: start };
    edit = toRunEdit(run, fixRun(run, place, options));
  } else {
    out.memo ??= new Map();
    const known = out.memo.get(run);
    if (known !== undefined) {
      edit = known;
    } else {
      edit = toRunEdit(run, fixRun(run, { letterBefore: false, letterAfter: false, offset: start }, options));
      out.memo.set(run, edit);
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
 * `onFix` sees every rule behind each edit (diagnose counts them).
 */
export function normalizeWith(
  text: string,
  options: ResolvedNormalizeOptions,
  collect: boolean,
  onFix?: (rules: ReadonlySet<string>) => void,
): NormalizeResult {
  const out: Output = { text, options, collect, onFix, edits: [], parts: [], copied: 0, memo: undefined };
  scan(out, options.style === 'new' ? STYLE_NEW : options.style === 'old' ? STYLE_OLD : STYLE_PRESERVE);
  return finish(out);
}

/** The hot loop: one pass, a table lookup per non-ASCII code unit, nothing else unless something needs a look. */
function scan(out: Output, style: number): void {
  const text = out.text;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0) continue;
    const k = c < CLASS_SIZE ? CLASS[c]! : classOf(c);
    if (k === 0) continue;
    if (k === TONED) {
      // Most toned vowels stand alone between consonants: nothing to place.
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if ((prev >= TABLE_SIZE || VOWEL_INFO[prev]! <= 7) && (next >= TABLE_SIZE || VOWEL_INFO[next]! <= 7)) continue;
      if (toneLooksRight(text, i, style)) continue;
    }
    i = lookCloser(out, i, k);
  }
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
