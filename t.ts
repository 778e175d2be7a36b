import { readdirSync, readFileSync } from 'node:fs';
import { normalizeVietnamese } from './src/vi/normalize.js';
const dir = '../shared/corpus/vi-text';
const clean = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(`${dir}/${f}`, 'utf8')).join('\n');
const normal = normalizeVietnamese(clean).text;
const a: number[] = [], b: number[] = [];
for (let i = 0; i < 25; i++) {
  let t = performance.now(); normal.normalize('NFC'); a.push(performance.now() - t);
  t = performance.now(); normalizeVietnamese(normal); b.push(performance.now() - t);
}
const med = (x: number[]) => x.sort((p, q) => p - q)[Math.floor(x.length / 2)]!;
console.log('nfc', med(a).toFixed(1), 'vn', med(b).toFixed(1));
