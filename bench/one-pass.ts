/*
 * A floor for any cleaner written in JavaScript: one pass over the same strings doing the least a cleaner must
 * (a class lookup per code unit, an FNV hash per word, a count per line). What clean() costs above this is the
 * rules; what this costs above NFC is the language.
 */
const WORD_UNIT: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (/[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

export function onePass(text: string): number {
  let hash = 0x811c9dc5 | 0;
  let words = 0;
  let lines = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (WORD_UNIT[code] === 1) {
      hash = Math.imul(hash ^ code, 0x01000193);
      inWord = true;
    } else {
      if (inWord) words++;
      inWord = false;
      if (code === 10) lines++;
    }
  }
  return hash + words + lines;
}
