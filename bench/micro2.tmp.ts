import { CHAR_CLASS } from '../src/text/chars.js';
import { devDocs, cleanArticles } from './corpus.js';
const docs = [...devDocs(), ...cleanArticles()];
function t(name: string, fn: () => unknown, n = 40) {
  fn(); fn();
  const xs: number[] = [];
  let sink = 0;
  for (let i = 0; i < n; i++) { const a = process.cpuUsage(); sink += Number(fn()); const u = process.cpuUsage(a); xs.push((u.user + u.system) / 1000); }
  xs.sort((a, b) => a - b); console.log(name.padEnd(20), xs[xs.length >> 1]!.toFixed(2), 'ms', sink > 0 ? '' : ' ');
}
const table = CHAR_CLASS;
t('scan+hash', () => {
  let acc = 0;
  for (const d of docs) {
    let h = 0x811c9dc5 | 0; let letters = 0; let words = 0;
    for (let i = 0; i < d.length; i++) {
      const c = d.charCodeAt(i);
      const f = table[c]!;
      if (f & 1) { h = Math.imul(h ^ c, 0x01000193); letters += (f >> 1) & 1; }
      else if (c === 10) { acc ^= h; h = 0x811c9dc5 | 0; words++; }
    }
    acc += letters + words;
  }
  return acc;
});
t('nfc-whole', () => { let a = 0; for (const d of docs) a += d.normalize('NFC') === d ? 1 : 0; return a; });
t('lower-whole', () => { let a = 0; for (const d of docs) a += d.toLowerCase().length; return a; });
t('split-lines', () => { let a = 0; for (const d of docs) a += d.split('\n').length; return a; });
t('indexOf-lines', () => { let a = 0; for (const d of docs) { let s = 0; for (;;) { const nl = d.indexOf('\n', s); if (nl < 0) break; a++; s = nl + 1; } } return a; });
t('scan-sum', () => { let a = 0; for (const d of docs) { for (let i = 0; i < d.length; i++) a += table[d.charCodeAt(i)]!; } return a; });
t('scan-only', () => { let a = 0; for (const d of docs) { for (let i = 0; i < d.length; i++) a += d.charCodeAt(i); } return a; });
const big = docs.join('\n');
t('scan-only-big', () => { let a = 0; const d = big; for (let i = 0; i < d.length; i++) a += d.charCodeAt(i); return a; });
t('nfc-big', () => big.normalize('NFC') === big);
