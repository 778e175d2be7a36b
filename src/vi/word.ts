import { CONFUSABLE_LATIN } from './confusables.js';
import { composeLetter, splitVowel, vowelOf } from './letters.js';
import {
  BREVE,
  BREVE_LOOKALIKE_LETTERS,
  BREVE_LOOKALIKE_MARKS,
  CIRCUMFLEX,
  COMBINING_MARKS,
  D_LOOKALIKES,
  EDGE_INVISIBLES,
  INVISIBLES,
  SPACING_MARKS,
  TONE_BASE,
} from './lookalikes.js';
import type { NormalizeRuleId, ResolvedNormalizeOptions } from './rules.js';
import { parseSyllable, toneFits, tonePosition, type Syllable } from './syllable.js';

/**
 * The slow path of the normaliser: one run of word characters (letters, marks, look-alikes, invisibles) taken
 * apart letter by letter and put back together. Everything that changes a letter is applied only when the word
 * then parses as one Vietnamese syllable; composing (NFC) and dropping invisibles inside a word never change what
 * the reader sees and apply to any Latin word.
 */

interface Letter {
  /** Plain lowercase base (a–z, đ), or the raw character of a letter Vietnamese does not use. */
  base: string;
  upper: boolean;
  /** Vowel mark: 0, CIRCUMFLEX, BREVE or HORN. */
  mark: number;
  /** The last tone seen (0–5) and how many tone marks there were. */
  tone: number;
  tones: number;
  /** A tone above the letter was seen (for mark order: NFC cannot put a circumflex or breve after it). */
  toneAbove: boolean;
  markOrder: boolean;
  /** A letter or mark Vietnamese does not use: the word is not a Vietnamese syllable. */
  foreign: boolean;
  /** A combining or spacing mark with no letter before it. */
  orphan: boolean;
  /** Look-alikes read into this letter, each with its rule and a note. */
  readonly subs: [NormalizeRuleId, string][];
  readonly start: number;
  end: number;
}

type Item = { readonly letter: Letter } | { readonly invisible: string; readonly at: number };

/** What one run became. */
export interface RunFix {
  readonly text: string;
  readonly rules: ReadonlySet<NormalizeRuleId>;
  readonly notes: readonly string[];
}

/** Where the run sits, as far as the rules for invisibles care. */
export interface RunPlace {
  /** The character before / after the run is a letter or mark (of any script). */
  readonly letterBefore: boolean;
  readonly letterAfter: boolean;
  /** Offset of the run in the text (a byte-order mark at offset 0 always goes). */
  readonly offset: number;
}

const hex = (ch: string): string => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
const newLetter = (base: string, start: number): Letter => ({
  base, upper: false, mark: 0, tone: 0, tones: 0, toneAbove: false, markOrder: false, foreign: false, orphan: false, subs: [],
  start, end: start + 1,
});

function addMark(letter: Letter, mark: number): void {
  if (mark > TONE_BASE) {
    letter.tones++;
    letter.tone = mark - TONE_BASE;
    if (letter.tone !== 5) letter.toneAbove = true;
    return;
  }
  if (letter.mark !== 0 && letter.mark !== mark) letter.foreign = true;
  if ((mark === CIRCUMFLEX || mark === BREVE) && letter.toneAbove) letter.markOrder = true;
  letter.mark = mark;
}

function readLetter(ch: string, at: number, enabled: ReadonlySet<NormalizeRuleId>): Letter {
  const letter = newLetter(ch, at);
  const d = D_LOOKALIKES.get(ch);
  const breve = BREVE_LOOKALIKE_LETTERS.get(ch);
  const latin = CONFUSABLE_LATIN.get(ch);
  if (d !== undefined) {
    letter.base = 'đ';
    letter.upper = d === 'Đ';
    letter.subs.push(['lookalike-letter', `${ch} (${hex(ch)}) → ${d}`]);
    letter.foreign = !enabled.has('lookalike-letter');
  } else if (breve !== undefined) {
    letter.base = 'a';
    letter.mark = BREVE;
    letter.upper = breve === 'Ă';
    letter.subs.push(['lookalike-mark', `${ch} (${hex(ch)}) → ${breve}`]);
    letter.foreign = !enabled.has('lookalike-mark');
  } else if (latin !== undefined) {
    letter.base = latin.toLowerCase();
    letter.upper = latin !== letter.base;
    letter.subs.push(['lookalike-letter', `${/[\u0370-\u03ff\u1d26\u1fbe]/u.test(ch) ? 'Greek' : 'Cyrillic'} ${ch} (${hex(ch)}) → ${latin}`]);
    letter.foreign = !enabled.has('lookalike-letter');
  } else {
    const lower = ch.toLowerCase();
    letter.upper = lower !== ch;
    const vowel = vowelOf(ch);
    if (vowel !== undefined) {
      const [base, mark] = splitVowel(vowel[0]);
      letter.base = base;
      letter.mark = mark;
      if (vowel[1] !== 0) addMark(letter, TONE_BASE + vowel[1]);
    } else if ((lower >= 'a' && lower <= 'z') || lower === 'đ') {
      letter.base = lower;
    } else {
      // Another precomposed Latin letter (ń, ǵ, ë): read as base + marks, exactly as its decomposed form would be.
      const parts = lower.normalize('NFD');
      letter.base = parts[0]!;
      letter.foreign = !(letter.base >= 'a' && letter.base <= 'z');
      for (let k = 1; k < parts.length; k++) {
        const mark = COMBINING_MARKS.get(parts.charCodeAt(k));
        if (mark === undefined) letter.foreign = true;
        else addMark(letter, mark);
      }
    }
  }
  return letter;
}

function itemsOf(run: string, enabled: ReadonlySet<NormalizeRuleId>): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < run.length; i++) {
    const ch = run[i]!;
    const last = items.at(-1);
    const lastLetter = last !== undefined && 'letter' in last ? last.letter : undefined;
    if (INVISIBLES.has(ch)) {
      items.push({ invisible: ch, at: i });
      continue;
    }
    const code = ch.charCodeAt(0);
    const isCombining = code >= 0x300 && code <= 0x36f;
    const spacing = SPACING_MARKS.get(ch);
    if (isCombining || spacing !== undefined) {
      if (lastLetter === undefined) {
        // A mark with no letter before it (after an invisible, or first in the run): not part of any word.
        const orphan = newLetter(ch, i);
        orphan.foreign = true;
        orphan.orphan = true;
        items.push({ letter: orphan });
        continue;
      }
      lastLetter.end = i + 1;
      const mark = spacing ?? COMBINING_MARKS.get(code);
      if (spacing !== undefined) {
        lastLetter.subs.push(['lookalike-mark', `${ch} (${hex(ch)}) taken as a combining mark`]);
        if (!enabled.has('lookalike-mark')) lastLetter.foreign = true;
      }
      if (mark !== undefined) {
        addMark(lastLetter, mark);
      } else if (BREVE_LOOKALIKE_MARKS.has(code) && lastLetter.base === 'a' && enabled.has('lookalike-mark')) {
        lastLetter.subs.push(['lookalike-mark', `${hex(ch)} taken as the breve`]);
        addMark(lastLetter, BREVE);
      } else {
        lastLetter.foreign = true;
      }
      continue;
    }
    items.push({ letter: readLetter(ch, i, enabled) });
  }
  return items;
}

interface Parsed {
  readonly syllable: Syllable;
  readonly tone: number;
  /** Index of the toned letter, or -1. */
  readonly toned: number;
}

/** The letters as one Vietnamese syllable, or undefined. */
function asSyllable(letters: readonly Letter[], enabled: ReadonlySet<NormalizeRuleId>): Parsed | undefined {
  if (letters.length === 0) return undefined;
  let toned = -1;
  let plain = '';
  for (let i = 0; i < letters.length; i++) {
    const l = letters[i]!;
    if (l.foreign) return undefined;
    if (l.tones > 1 && !enabled.has('double-tone')) return undefined;
    if (l.markOrder && !enabled.has('mark-order')) return undefined;
    if (l.tone !== 0) {
      if (toned !== -1) return undefined;
      toned = i;
    }
    const ch = composeLetter(l.base, l.mark, 0);
    if (ch === undefined) return undefined;
    plain += ch;
  }
  // Casing: lower, UPPER or Title; anything else (iPhone, camelCase) is not a word of prose.
  const uppers = letters.filter((l) => l.upper).length;
  if (uppers !== 0 && uppers !== letters.length && !(uppers === 1 && letters[0]!.upper)) return undefined;
  const syllable = parseSyllable(plain);
  const tone = toned === -1 ? 0 : letters[toned]!.tone;
  if (syllable === undefined || !toneFits(syllable, tone)) return undefined;
  return { syllable, tone, toned };
}

interface SegmentFix {
  readonly text: string;
  readonly rules: NormalizeRuleId[];
  readonly notes: string[];
}

function fixSegment(letters: readonly Letter[], raw: string, options: ResolvedNormalizeOptions): SegmentFix {
  const { enabled, style } = options;
  const nfc = raw.normalize('NFC');
  const composeNote = /[\u0340\u0341]/u.test(raw) ? 'deprecated tone mark replaced (U+0340/U+0341)' : 'marks composed (NFC)';
  const parsed = asSyllable(letters, enabled);
  if (parsed === undefined) {
    return nfc !== raw && enabled.has('unicode-compose')
      ? { text: nfc, rules: ['unicode-compose'], notes: [composeNote] }
      : { text: raw, rules: [], notes: [] };
  }
  const { syllable, tone, toned } = parsed;
  const rules: NormalizeRuleId[] = [];
  const notes: string[] = [];
  const oldAt = tonePosition(syllable, 'old');
  const newAt = tonePosition(syllable, 'new');
  let target = toned;
  if (toned !== -1 && toned !== oldAt && toned !== newAt) {
    if (enabled.has('tone-misplaced')) {
      target = style === 'new' ? newAt : oldAt;
      rules.push('tone-misplaced');
      notes.push('tone on the wrong vowel');
    }
  } else if (toned !== -1 && style !== 'preserve' && enabled.has('tone-placement')) {
    target = style === 'new' ? newAt : oldAt;
    if (target !== toned) {
      rules.push('tone-placement');
      notes.push(`${style}-style tone placement`);
    }
  }
  let text = '';
  for (let i = 0; i < letters.length; i++) {
    const l = letters[i]!;
    const ch = composeLetter(l.base, l.mark, i === target ? tone : 0)!;
    text += l.upper ? ch.toUpperCase() : ch;
  }
  if (text === raw) return { text, rules: [], notes: [] };
  for (const l of letters) {
    for (const [rule, note] of l.subs) {
      rules.push(rule);
      notes.push(note);
    }
    if (l.tones > 1) {
      rules.push('double-tone');
      notes.push('two tone marks on one letter (the last one kept)');
    }
    if (l.markOrder) {
      rules.push('mark-order');
      notes.push('tone typed before the vowel mark');
    }
  }
  if (nfc !== raw) {
    rules.push('unicode-compose');
    notes.push(composeNote);
  }
  // With composition turned off, a word that needs nothing else stays as it is.
  if (rules.every((r) => r === 'unicode-compose') && !enabled.has('unicode-compose')) return { text: raw, rules: [], notes: [] };
  return { text, rules, notes };
}

/** Whether the letters (tones ignored) spell one Vietnamese syllable: used to tell where an invisible splits two. */
function spellsSyllable(letters: readonly Letter[]): boolean {
  let plain = '';
  for (const l of letters) {
    const ch = l.foreign ? undefined : composeLetter(l.base, l.mark, 0);
    if (ch === undefined) return false;
    plain += ch;
  }
  return plain !== '' && parseSyllable(plain) !== undefined;
}

/**
 * Which invisibles stay: true at the item indexes to keep. Inside a word they go, unless they split the run into
 * whole syllables that do not join into one ("Hà​Nội"): then all of them stay. All or none, so that a second pass
 * decides the same. At the edge of a word, next to a space or punctuation, they separate nothing and go.
 */
function keptInvisibles(items: readonly Item[], place: RunPlace, enabled: ReadonlySet<NormalizeRuleId>): boolean[] {
  const keep = items.map((item) => 'invisible' in item);
  if (!enabled.has('invisible-char')) return keep;
  const firstLetter = items.findIndex((item) => 'letter' in item);
  const lastLetter = items.findLastIndex((item) => 'letter' in item);
  // The letters between invisibles, from the first letter of the run to the last.
  const pieces: Letter[][] = [[]];
  for (let i = firstLetter; i >= 0 && i <= lastLetter; i++) {
    const item = items[i]!;
    if ('letter' in item) pieces.at(-1)!.push(item.letter);
    else if ('letter' in items[i - 1]!) pieces.push([]);
  }
  const boundaries = pieces.length > 1 && pieces.every(spellsSyllable) &&
    pieces.every((piece, i) => i === 0 || !spellsSyllable([...pieces[i - 1]!, ...piece]));
  let leadingBoms = place.offset === 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!('invisible' in item)) {
      leadingBoms = false;
      continue;
    }
    const next = items[i + 1];
    leadingBoms &&= item.invisible === '\ufeff';
    // Byte-order marks at the very start of the text go; an invisible before a stray mark stays with it (removing
    // it would hand the mark to the letter before, and a second pass would then read it differently).
    if (leadingBoms) keep[i] = false;
    else if (next !== undefined && 'letter' in next && next.letter.orphan) keep[i] = true;
    else if (i > firstLetter && i < lastLetter) keep[i] = boundaries;
    else if (firstLetter !== -1) {
      const outsideIsLetter = i < firstLetter ? place.letterBefore : place.letterAfter;
      keep[i] = outsideIsLetter || !EDGE_INVISIBLES.has(item.invisible);
    }
  }
  return keep;
}

/**
 * Normalises one run of word characters. Returns undefined when nothing changes.
 *
 * @example
 * fixRun('hoà', { letterBefore: false, letterAfter: false, offset: 0 }, resolveNormalizeOptions({}))?.text // 'hòa'
 */
export function fixRun(run: string, place: RunPlace, options: ResolvedNormalizeOptions): RunFix | undefined {
  const items = itemsOf(run, options.enabled);
  const keep = keptInvisibles(items, place, options.enabled);
  const rules = new Set<NormalizeRuleId>();
  const notes: string[] = [];
  let text = '';
  let letters: Letter[] = [];
  let raw = '';
  const flush = (): void => {
    if (letters.length === 0 && raw === '') return;
    const fix = fixSegment(letters, raw, options);
    text += fix.text;
    for (const r of fix.rules) rules.add(r);
    notes.push(...fix.notes);
    letters = [];
    raw = '';
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if ('letter' in item) {
      letters.push(item.letter);
      raw += run.slice(item.letter.start, item.letter.end);
    } else if (keep[i]) {
      flush();
      text += item.invisible;
    } else {
      rules.add('invisible-char');
      notes.push(`${hex(item.invisible)} removed`);
    }
  }
  flush();
  if (text === run) return undefined;
  return { text, rules, notes };
}
