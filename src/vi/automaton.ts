import { SCAN_TRANSITIONS } from './automaton.generated.js';
import { BEYOND_CLASS, CLASS_SIZE, classOf, NBSP, TONED } from './fast-path.js';
import { isLatinLetterCode, TABLE_SIZE, VOWEL_INFO } from './letters.js';

/*
 * The normaliser's scan as a finite automaton over code units: one table lookup for the unit's class and one for
 * the next state, no branch but "flagged?". It answers one question — may the per-unit scan (needsLook in
 * fast-path.ts) want a closer look anywhere in this stretch? — and answers it exactly for tone placement: a vowel
 * run is flagged at its end when needsLook would flag one of its toned vowels there. Text with nothing to fix
 * goes through it alone; a flag hands the word back to the exact per-unit scan (normalize.ts).
 *
 * States are (what stood before the vowel run: q, g or anything else; the run's vowels so far, each with or
 * without a tone). Runs that cannot become a cluster of the placement table (placement.ts), nor qu/gi + one, are
 * merged: with a tone they are flagged at once, without one they wait for a tone. The decision at a run's end is
 * taken by running needsLook itself on a stand-in text (q/g/x + the run + a consonant or not), so the automaton and
 * the scan cannot disagree; tests/vi/automaton.test.ts checks every run of up to four vowels. The transitions are
 * built by automaton-build.ts and kept in automaton.generated.ts (npx tsx scripts/gen-automaton.ts).
 */

/** Unit classes: columns of the transition table. */
export const C_OTHER = 0; // not a letter: ends a run, and what comes after starts clean
export const C_LETTER = 1; // a Latin letter other than a vowel, q or g: a final consonant after a run
export const C_Q = 2;
export const C_G = 3;
export const C_VOWEL = 4; // 4 + 2 × (vowel index in VOWELS) + (1 if toned): 24 classes
export const C_TRIGGER = 28; // a unit needsLook always looks at (combining marks, look-alikes, invisibles, …)
export const C_END = 29; // the end of the text, fed once after the last unit
/** Number of unit classes (columns of a generated row). */
export const UNIT_CLASSES = 30;
const STRIDE = 32;

/** The flagged state: always state 0, so that the scan loop tests `state === FLAGGED`. */
export const FLAGGED = 0;

/** A built automaton: the class of each code unit and the transitions, states premultiplied by STRIDE. */
export interface ScanAutomaton {
  readonly classes: Uint8Array;
  readonly next: Uint16Array;
  /** The state at the start of a text, and after any unit of class C_OTHER. */
  readonly start: number;
}

function unitClasses(nbsp: boolean): Uint8Array {
  const classes = new Uint8Array(0x10000);
  // Beyond CLASS_SIZE every unit but those of BEYOND_CLASS is C_OTHER: no letters, vowels or look-alikes there.
  for (const c of [...Array(CLASS_SIZE).keys(), ...BEYOND_CLASS.keys()]) {
    const k = classOf(c);
    const info = c < TABLE_SIZE ? VOWEL_INFO[c]! : 0;
    if (k !== 0 && k !== TONED && (k !== NBSP || nbsp)) classes[c] = C_TRIGGER;
    else if (info !== 0) classes[c] = C_VOWEL + 2 * ((info >> 3) - 1) + ((info & 7) !== 0 ? 1 : 0);
    else if ((c | 32) === 113) classes[c] = C_Q;
    else if ((c | 32) === 103) classes[c] = C_G;
    else if (isLatinLetterCode(c)) classes[c] = C_LETTER;
  }
  return classes;
}

const classTables = new Map<boolean, Uint8Array>();
const transitionTables = new Map<number, { readonly next: Uint16Array; readonly start: number }>();

/**
 * The automaton for a tone style (fast-path.ts numbering) and whether no-break spaces are to be replaced. Tables
 * are made on first use and kept: they depend on nothing but these two.
 */
export function scanAutomaton(style: number, nbsp: boolean): ScanAutomaton {
  let classes = classTables.get(nbsp);
  if (classes === undefined) classTables.set(nbsp, (classes = unitClasses(nbsp)));
  let transitions = transitionTables.get(style);
  if (transitions === undefined) {
    const { start, rows } = SCAN_TRANSITIONS[style]!;
    const next = new Uint16Array((rows.length / UNIT_CLASSES) * STRIDE);
    rows.forEach((to, k) => { next[Math.floor(k / UNIT_CLASSES) * STRIDE + (k % UNIT_CLASSES)] = to * STRIDE; });
    transitionTables.set(style, (transitions = { next, start: start * STRIDE }));
  }
  return { classes, next: transitions.next, start: transitions.start };
}
