import { VncleanError } from '../errors.js';
import type { Edit } from '../report.js';
import { CONFUSABLE_LATIN } from './confusables.js';
import { TABLE_SIZE, VOWEL_INFO, isLatinLetterCode } from './letters.js';
import { BREVE_LOOKALIKE_LETTERS, D_LOOKALIKES, INVISIBLES, NO_BREAK_SPACES, SPACING_MARKS } from './lookalikes.js';
import { CLUSTER_PLACEMENT, clusterKey } from './placement.js';
import { NORMALIZE_RULES, resolveNormalizeOptions, type NormalizeOptions, type ResolvedNormalizeOptions } from './rules.js';
import { fixRun } from './word.js';

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

const CLASS: Uint8Array = (() => {
  const table = new Uint8Array(TABLE_SIZE + 0x200);
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

/**
 * Fast check of a toned vowel in composed text: is its tone where the style wants it? Looks only at the vowel
 * cluster around it (after a q or g that makes qu/gi) and whether a consonant follows. False means "look closer",
 * not "wrong": the slow path decides.
 */
function toneLooksRight(text: string, i: number, style: string): boolean {
  let start = i;
  while (start > 0 && VOWEL_INFO[text.charCodeAt(start - 1)]! > 7) start--;
  let end = i + 1;
  while (end < text.length && VOWEL_INFO[text.charCodeAt(end)]! > 7) end++;
  if (end - start === 1) return true;
  const before = start > 0 ? text.charCodeAt(start - 1) | 32 : 0;
  const first = VOWEL_INFO[text.charCodeAt(start)]! >> 3;
  // u (vowel 10) after q and i (vowel 6) after g belong to the onset (quá, già); a tone on them is misplaced.
  if ((before === 113 && first === 10) || (before === 103 && first === 6)) {
    if (start === i) return false;
    start++;
  }
  const n = end - start;
  if (n > 3) return false;
  const v = [0, 0, 0];
  for (let k = 0; k < n; k++) {
    const info = VOWEL_INFO[text.charCodeAt(start + k)]!;
    if (start + k !== i && (info & 7) !== 0) return false;
    v[k] = info >> 3;
  }
  if (n === 1) return true;
  const coda = end < text.length && isLatinLetterCode(text.charCodeAt(end)) ? 1 : 0;
  const packed = CLUSTER_PLACEMENT[clusterKey(v[0]!, v[1]!, v[2]!, coda)]!;
  if (packed === 0) return false;
  const at = i - start;
  const old = (packed & 15) - 1;
  const nu = (packed >> 4) - 1;
  return style === 'new' ? at === nu : style === 'old' ? at === old : at === old || at === nu;
}

/** Characters a run of word characters is made of. */
function isWordCode(c: number): boolean {
  return isLatinLetterCode(c) || isMarkCode(c) || c === 0x256 || classOf(c) === ALWAYS || classOf(c) === NEAR_LATIN;
}

function isSpacingMarkAfterLetter(text: string, i: number): boolean {
  if (!SPACING_MARKS.has(text[i] ?? '')) return false;
  const prev = text.charCodeAt(i - 1);
  return i > 0 && (isLatinLetterCode(prev) || isMarkCode(prev));
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const isLetterAt = (text: string, i: number): boolean => i >= 0 && i < text.length && LETTER_OR_MARK.test(text[i]!);

/** Code, URLs, e-mail addresses, hashtags, file names: left exactly as they are. */
const CODE_LIKE = /:\/\/|www\.|[@_={}<>\\|$#[\]`]|[A-Za-z0-9]\.[a-z]/u;

function tokenAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/\s/u.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !/\s/u.test(text[e]!)) e++;
  return text.slice(s, e);
}

function describe(rules: ReadonlySet<string>): string {
  return NORMALIZE_RULES.find((r) => rules.has(r)) ?? 'unicode-compose';
}

/** Narrows an edit to what changed, at whole letters (a base with its marks). */
function narrow(before: string, after: string): [number, number, number] {
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < max - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  while (head > 0 && (isMarkCode(before.charCodeAt(head)) || isMarkCode(after.charCodeAt(head)))) head--;
  while (tail > 0 && (isMarkCode(before.charCodeAt(before.length - tail)) || isMarkCode(after.charCodeAt(after.length - tail)))) tail--;
  return [head, before.length - tail, after.length - tail];
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
  const edits: Edit[] = [];
  const parts: string[] = [];
  let copied = 0;
  const style = options.style;
  const nbsp = options.enabled.has('nbsp');
  const emit = (start: number, end: number, after: string, rule: string, reason: string): void => {
    parts.push(text.slice(copied, start), after);
    copied = end;
    if (collect) edits.push({ rule, start, end, before: text.slice(start, end), after, reason });
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0) continue;
    const k = classOf(c);
    if (k === 0) continue;
    if (k === TONED) {
      if (toneLooksRight(text, i, style)) continue;
    } else if (k === NBSP) {
      if (nbsp) {
        emit(i, i + 1, ' ', 'nbsp', 'no-break space → space');
        onFix?.(NBSP_RULES);
      }
      continue;
    } else if (k === AFTER_LETTER) {
      if (!isSpacingMarkAfterLetter(text, i)) continue;
    } else if (k === NEAR_LATIN) {
      if (!isLatinLetterCode(text.charCodeAt(i - 1)) && !isLatinLetterCode(text.charCodeAt(i + 1))) continue;
    }
    // Slow path: the whole run of word characters around i.
    let start = i;
    while (start > 0 && (isWordCode(text.charCodeAt(start - 1)) || isSpacingMarkAfterLetter(text, start - 1))) start--;
    let end = i + 1;
    while (end < n && (isWordCode(text.charCodeAt(end)) || isSpacingMarkAfterLetter(text, end))) end++;
    start = Math.max(start, copied);
    i = end - 1;
    if (CODE_LIKE.test(tokenAround(text, start, end))) continue;
    const run = text.slice(start, end);
    const fix = fixRun(run, { letterBefore: isLetterAt(text, start - 1), letterAfter: isLetterAt(text, end), offset: start }, options);
    if (fix === undefined) continue;
    onFix?.(fix.rules);
    const [head, beforeEnd, afterEnd] = narrow(run, fix.text);
    emit(start + head, start + beforeEnd, fix.text.slice(head, afterEnd), describe(fix.rules), fix.notes.join('; '));
  }
  if (copied === 0) return { text, edits };
  parts.push(text.slice(copied));
  return { text: parts.join(''), edits };
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
