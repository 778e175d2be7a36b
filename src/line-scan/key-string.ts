import { canonicalKey } from '../vi/key.js';
import { keyUnit, S_INVISIBLE, S_WORD, SCAN_TABLE } from './unit-table.js';

/*
 * The key string of a line, built only when a rule asks for it (Line.key): by canonicalKey on the full path, by
 * the scan table on the fast path.
 */

// Long bodies are keyed in pieces of about this many code units (see keyOfBody).
const KEY_PIECE = 4096;

/**
 * canonicalKey of `text[from, to)`, a piece at a time for long ones: a plain space is a boundary nothing crosses
 * (NFC composes nothing across it, case mapping looks no further, the key turns it into a word gap), so the key of
 * the whole is the keys of the pieces joined by single spaces. Pieces keep a 10 MB line from building its key as
 * one chain of millions of string slices.
 *
 * @example
 * keyOfBody(text, 0, text.length) === canonicalKey(text) // true, whatever the text
 */
export function keyOfBody(text: string, from: number, to: number): string {
  if (to - from <= KEY_PIECE) return canonicalKey(text.slice(from, to));
  const keys: string[] = [];
  let start = from;
  while (start < to) {
    let cut = Math.min(to, start + KEY_PIECE);
    while (cut < to && text.charCodeAt(cut) !== 32) cut++;
    const key = canonicalKey(text.slice(start, cut));
    if (key !== '') keys.push(key);
    start = cut + 1;
  }
  return keys.join(' ');
}

/**
 * The canonical key of a body the scan hashed on its fast path (no SLOW unit, no tone to move): its key units, word
 * runs joined by single spaces. Equal to `canonicalKey(text.slice(from, to))` there, at a fraction of the cost.
 *
 * @example
 * fastKey('Hà Nội, 2024', 0, 12) // 'hà nội 2024'
 */
export function fastKey(text: string, from: number, to: number): string {
  const units: number[] = [];
  let gap = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const entry = SCAN_TABLE[code]!;
    if (entry & S_WORD) {
      if (gap && units.length > 0) units.push(32);
      gap = false;
      units.push(keyUnit(entry, code));
    } else if (!(entry & S_INVISIBLE)) {
      gap = true;
    }
  }
  let key = '';
  for (let i = 0; i < units.length; i += 4096) key += String.fromCharCode.apply(null, units.slice(i, i + 4096));
  return key;
}
