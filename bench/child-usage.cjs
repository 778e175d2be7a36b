// Preloaded into a benchmarked child process (`node -r ./bench/child-usage.cjs …`): at exit it writes the
// process's CPU time (user + system, all threads) and peak resident set size to the file named by
// VNCLEAN_BENCH_USAGE, so the parent can report figures of the child alone.
'use strict';
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.VNCLEAN_BENCH_USAGE;
  if (!file) return;
  const u = process.resourceUsage();
  writeFileSync(file, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS }));
});
