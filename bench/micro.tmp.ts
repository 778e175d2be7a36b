import { parseDocument } from '../src/document.ts';
import { canonicalKey } from '../src/vi/key.ts';
import { devDocs, cleanArticles } from '../bench/corpus.ts';
const docs = [...devDocs(), ...cleanArticles()];
const lines = docs.flatMap((d) => d.split('\n'));
function t(name: string, fn: () => void, n = 30) {
  fn(); fn();
  const xs: number[] = [];
  for (let i = 0; i < n; i++) { const a = process.cpuUsage(); fn(); const u = process.cpuUsage(a); xs.push((u.user + u.system) / 1000); }
  xs.sort((a, b) => a - b); console.log(name.padEnd(20), xs[xs.length >> 1]!.toFixed(2), 'ms');
}
t('parseDocument', () => { for (const d of docs) parseDocument(d); });
t('canonicalKey', () => { for (const l of lines) canonicalKey(l); });
t('nfc', () => { for (const l of lines) l.normalize('NFC'); });
t('lower', () => { for (const l of lines) l.toLowerCase(); });
t('trim', () => { for (const l of lines) l.trim(); });
t('split', () => { for (const d of docs) d.split('\n'); });
