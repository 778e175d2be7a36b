import type { Line } from '../document.js';
import { canonicalKey } from '../vi/key.js';
import { continuesSentence } from '../shape.js';
import { keptNeighbours } from '../neighbours.js';
import { BigramPostings, lcsWords, mayContainKey, ngramHash, type Budget } from '../similarity.js';
import type { Rule } from './types.js';

/*
 * Thresholds, measured on the labelled dev set (see the closing note of the core issue):
 * - a later line whose words are, in order, almost all inside an earlier line repeats it (an abridged lead, a
 *   title repeated as a caption); a caption and a body sentence that merely share many words stay (the seed's
 *   lines 45 and 47 share 71% of their text and are different sentences);
 * - two lines of similar length that agree on nearly every word are one line edited slightly.
 */
const MIN_FUZZY_WORDS = 5;
// A later line repeats an earlier one when at least this share of its words appear in order in the earlier
// line, and this share of its word triples appear there too (common words in order are not enough).
const CONTAINED_SHARE = 0.9;
const TRIGRAM_SHARE = 0.75;
// A short line inside a much longer one is more often a subheading or a name than a repeat.
const MIN_WORDS_INSIDE_LONGER = 8;
const SIMILAR_LENGTH = 0.7;
// When an earlier line is the beginning of a later one, the later line repeats it if what it adds is small
// (a dateline prefix, a view counter); otherwise only the repeated part goes.
const MAX_EXTRA_WORDS = 4;
const MAX_CANDIDATES = 4;
// DP cells per character of input: enough for every real article, a hard stop for hostile ones.
const CELLS_PER_CHAR = 64;
const MAX_COMPARE_WORDS = 200;
const MAX_LOOKAHEAD = 8;

export const duplicateLines: Rule = {
  id: 'duplicate-lines',
  summary: 'lines that repeat an earlier kept line: the title as alt text, a repeated lead, byline or caption',
  apply({ doc, decisions }) {
    const { lines, wordHashes } = doc;
    let keyedLines = 0;
    let fuzzyLines = 0;
    let pairs = 0;
    for (const line of lines) {
      if (line.words > 0) keyedLines++;
      if (line.words >= MIN_FUZZY_WORDS) {
        fuzzyLines++;
        pairs += Math.min(line.words, MAX_COMPARE_WORDS) - 1;
      }
    }
    // A line goes only as an exact repeat (two lines share a key) or a near one (two lines long enough to compare).
    // Most short texts (titles, captions, comments) have neither: nothing to allocate, nothing to walk.
    if (keyedLines === doc.keyCount - 1 && fuzzyLines < 2) return;
    // The first kept line of each key (by key id), or -1.
    const byKey = new Int32Array(doc.keyCount).fill(-1);
    // Near-duplicate lookups, only when there are two lines to compare; sized for the word pairs of every line long
    // enough to be indexed (an upper bound: repeats are not).
    const postings = fuzzyLines < 2 ? undefined : new BigramPostings(pairs);
    const tableLines = postings === undefined ? 0 : lines.length;
    // Shared word pairs with each earlier line while one line is looked up, and which lines were touched.
    const shared = new Int32Array(tableLines);
    const touched = new Int32Array(tableLines);
    // Compared words of each indexed line, kept compact: the candidate filter reads it for every touched line.
    const comparedWords = new Int32Array(tableLines);
    const budget: Budget = { cells: Math.max(100_000, doc.text.length * CELLS_PER_CHAR) };
    const neighbours = keptNeighbours(lines, (i) => decisions.isDropped(i));
    const wordsOf = (line: Line): Int32Array =>
      wordHashes.subarray(line.wordsAt, line.wordsAt + Math.min(line.words, MAX_COMPARE_WORDS));
    // Whether the key of `outer` holds the key of `inner`: the word hashes rule most pairs out before any key
    // string is built.
    const keyIncludes = (outer: Line, inner: Line): boolean =>
      mayContainKey(wordHashes.subarray(outer.wordsAt, outer.wordsAt + outer.words),
        wordHashes.subarray(inner.wordsAt, inner.wordsAt + inner.words)) && outer.key.includes(inner.key);

    // The kept line with text right above the current one, as the output will stand: lines this rule removes
    // vanish too, so a second clean of the output sees the same neighbours and decides the same (idempotence).
    let above: Line | undefined;
    for (const line of lines) {
      if (line.blank) {
        above = undefined;
        continue;
      }
      if (decisions.isDropped(line.index)) continue;
      if (!isRepeat(line)) above = line;
    }

    /** Judges one line; true when this rule removed it. */
    function isRepeat(line: Line): boolean {
      if (line.keyId === 0) return false;
      // A piece of a broken sentence is judged with its sentence, not as a line of its own.
      if (continuesSentence(line, above, below(line.index))) return false;
      const first = byKey[line.keyId]!;
      if (first !== -1) return drop(line, `repeats line ${first + 1}`);
      const words = wordsOf(line);
      if (words.length < MIN_FUZZY_WORDS || postings === undefined) {
        byKey[line.keyId] = line.index;
        return false;
      }
      if (nearDuplicate(postings, line, words)) return true;
      byKey[line.keyId] = line.index;
      comparedWords[line.index] = words.length;
      postings.add(words, line.index);
      return false;
    }

    /**
     * The kept line with text right below, skipping lines that will go as exact repeats of a line already seen
     * (a bounded look-ahead: a run of repeats longer than this is judged by its first lines).
     */
    function below(index: number): Line | undefined {
      let next = neighbours.next(index);
      for (let steps = 0; next !== undefined && steps < MAX_LOOKAHEAD; steps++) {
        if (next.keyId === 0 || byKey[next.keyId] === -1) return next;
        next = neighbours.next(next.index);
      }
      return next;
    }

    /** Tests `line` against earlier lines sharing its word pairs; records a decision and returns true on a match. */
    function nearDuplicate(postings: BigramPostings, line: Line, words: Int32Array): boolean {
      const n = postings.countShared(words, line.index, shared, touched);
      // Worth a closer look: the two lines share at least half the word pairs of the shorter one. Kept: the best
      // MAX_CANDIDATES by shared pairs, then by position (an insertion into a list that never grows past four).
      const best: number[] = [];
      const bestCount: number[] = [];
      for (let t = 0; t < n; t++) {
        const at = touched[t]!;
        const count = shared[at]!;
        if (count < 2 || count < (Math.min(words.length, comparedWords[at]!) - 1) * 0.5) continue;
        let k = best.length;
        while (k > 0 && (bestCount[k - 1]! < count || (bestCount[k - 1]! === count && best[k - 1]! > at))) k--;
        if (k >= MAX_CANDIDATES) continue;
        best.splice(k, 0, at);
        bestCount.splice(k, 0, count);
        if (best.length > MAX_CANDIDATES) {
          best.pop();
          bestCount.pop();
        }
      }
      for (let t = 0; t < n; t++) shared[touched[t]!] = 0;
      return compareCandidates(line, words, best);
    }

    function compareCandidates(line: Line, words: Int32Array, best: readonly number[]): boolean {
      for (const at of best) {
        const earlier = lines[at]!;
        const earlierWords = wordsOf(earlier);
        if (words.length > earlierWords.length) {
          // The later line is longer: it repeats the earlier one plus a little (a dateline prefix, a counter),
          // or it opens with the earlier line and goes on (then only the repeated opening goes).
          if (!keyIncludes(line, earlier)) continue;
          if (words.length - earlierWords.length <= MAX_EXTRA_WORDS) {
            return drop(line, `repeats line ${at + 1} with a few words added`);
          }
          if (line.key.startsWith(earlier.key)) dropRepeatedStart(line, earlier);
          return false;
        }
        const similarLength = words.length >= SIMILAR_LENGTH * earlierWords.length;
        if (!similarLength && words.length < MIN_WORDS_INSIDE_LONGER) continue;
        if (keyIncludes(earlier, line)) return drop(line, `repeats part of line ${at + 1}`);
        if (trigramShare(words, earlierWords) < TRIGRAM_SHARE) continue;
        const common = lcsWords(words, earlierWords, budget);
        if (common < 0) return false;
        if (common >= CONTAINED_SHARE * words.length) {
          return drop(line, `repeats line ${at + 1} nearly word for word (${common}/${words.length} words)`);
        }
      }
      return false;
    }

    function drop(line: Line, reason: string): true {
      decisions.dropLine(line.index, { rule: duplicateLines.id, category: 'duplicate', reason });
      return true;
    }

    /** The later paragraph opens with the whole earlier line: remove that opening, up to a sentence end. */
    function dropRepeatedStart(line: Line, earlier: Line): void {
      for (const m of line.text.matchAll(SENTENCE_BREAK)) {
        const cut = m.index + m[0].length;
        const key = canonicalKey(line.text.slice(0, cut));
        if (key === earlier.key) {
          decisions.dropSpan({
            line: line.index, start: line.start, end: line.start + cut, rule: duplicateLines.id, category: 'duplicate',
            reason: `opening repeats line ${earlier.index + 1}`,
          });
          return;
        }
        if (key.length > earlier.key.length) return;
      }
    }
  },
};

const SENTENCE_BREAK = /[.!?…]["'”’)]*\s+/gu;

function trigramShare(words: Int32Array, other: Int32Array): number {
  if (words.length < 3) return 0;
  const theirs = new Set<number>();
  for (let i = 0; i + 2 < other.length; i++) theirs.add(ngramHash(other, i, 3));
  let shared = 0;
  for (let i = 0; i + 2 < words.length; i++) if (theirs.has(ngramHash(words, i, 3))) shared++;
  return shared / (words.length - 2);
}
