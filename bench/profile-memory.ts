/**
 * Learning a site profile over 1,000,000 documents in bounded memory: the dev documents repeated with variations
 * (each copy's longer lines get the copy's number, as articles differ while a site's chrome repeats; sites are
 * multiplied too), fed one at a time from a generator, so only the learner holds memory. Reports peak RSS and
 * documents per second.
 *
 *   npm run bench:profile                 # 1,000,000 documents
 *   npx tsx bench/profile-memory.ts 100000
 *
 * Before timing it checks correctness on a sample: shards merged equal one pass, and the profile decodes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createProfileLearner, learnProfile, mergeProfiles, trimProfile, type ProfileInput } from '../src/index.js';
import { checkProfile } from '../src/profile/format.js';
import { CORPUS_DIR } from '../tests/corpus.js';

const total = Number(process.argv[2] ?? 1_000_000);
const SITE_VARIANTS = 20;

const dev = `${CORPUS_DIR}/dev`;
const siteOf = new Map(readFileSync(`${dev}/SOURCES.tsv`, 'utf8').trim().split('\n').slice(1)
  .map((row) => row.split('\t') as [string, string]));
const base = readdirSync(`${dev}/docs`).filter((f) => f.endsWith('.txt')).sort().map((f) => ({
  lines: readFileSync(`${dev}/docs/${f}`, 'utf8').split('\n'),
  site: siteOf.get(f.slice(0, -4)) ?? '',
}));

/** Copy `i`: a dev document whose lines of more than 8 words (the article, mostly) carry the copy's number. */
function* documents(count: number): Generator<ProfileInput> {
  for (let i = 0; i < count; i++) {
    const d = base[i % base.length]!;
    const copy = Math.floor(i / base.length);
    const text = d.lines.map((line) => (line.split(' ').length > 8 && (copy + line.length) % 4 !== 0 ? `${line} (${copy})` : line)).join('\n');
    yield { text, site: `${d.site}.${i % SITE_VARIANTS}` };
  }
}

// Correctness first: a sample learned in one pass equals its shards merged, also once sampling has started.
const sample = [...documents(4000)];
for (const capacity of [2 ** 21, 5000]) {
  const one = JSON.stringify(learnProfile(sample, { capacity }));
  const merged = JSON.stringify(mergeProfiles(...[0, 1, 2, 3].map((k) => learnProfile(sample.filter((_, i) => i % 4 === k), { capacity }))));
  if (one !== merged) throw new Error(`shards merged differ from one pass (capacity ${capacity})`);
}
console.log('check: 4 shards merged == one pass on 4,000 documents (exact and sampled)');

let peakRss = 0;
const sampleRss = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
};
const learner = createProfileLearner();
const started = performance.now();
const cpuStarted = process.cpuUsage();
let n = 0;
for (const d of documents(total)) {
  learner.add(d);
  if (++n % 50_000 === 0) {
    sampleRss();
    const c = process.cpuUsage(cpuStarted);
    console.log(`  ${n.toLocaleString('en')} documents, ${((performance.now() - started) / 1000).toFixed(0)} s, cpu ${((c.user + c.system) / 1e6).toFixed(0)} s, RSS ${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MB`);
  }
}
const profile = learner.toProfile();
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
sampleRss();
checkProfile(profile);
const size = JSON.stringify(profile).length;
const trimmed = JSON.stringify(trimProfile(profile)).length;
const maxRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
console.log(`documents:   ${total.toLocaleString('en')} (${profile.sites.length} sites)`);
console.log(`time:        ${seconds.toFixed(1)} s wall, ${(total / seconds).toFixed(0)} documents/s`);
// On a shared machine wall time measures the neighbours too; CPU time is the learner's own cost.
console.log(`cpu:         ${cpuSeconds.toFixed(1)} s, ${(total / cpuSeconds).toFixed(0)} documents per CPU-second`);
console.log(`peak RSS:    ${(maxRss / 2 ** 20).toFixed(0)} MB (process.resourceUsage().maxRSS)`);
console.log(`profile:     level ${profile.level}, ${profile.sites.reduce((a, s) => a + s.lines, 0).toLocaleString('en')} lines, ${(size / 2 ** 20).toFixed(1)} MB JSON; trimmed ${(trimmed / 1024).toFixed(1)} KB`);
if (maxRss > 512 * 2 ** 20) {
  console.error('FAIL: peak RSS above 512 MB');
  process.exitCode = 1;
}
