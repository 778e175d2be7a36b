/**
 * `npm run bench`: every benchmark of bench/ in turn (each checks its output before it times anything), then the
 * record in bench/records/ and the README's Performance tables.
 *   tsx bench/run.ts [--only throughput,cli,scaling,hostile,memory] [--no-readme]
 */
import { formatCli, runCli } from './cli.js';
import { formatThroughput, NFC_TASK, runThroughput, TASKS, type ThroughputRow } from './clean.js';
import { formatHostile, runHostile, type Hostile } from './hostile.js';
import { formatMemory, runMemory } from './memory.js';
import { newRecord, writeRecord, type BenchRecord, type Target } from './record.js';
import { updateReadme } from './readme.js';
import { formatScaling, runScaling, type Scaling } from './scaling.js';

const PARTS = ['throughput', 'cli', 'scaling', 'hostile', 'memory'] as const;
const args = process.argv.slice(2);
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = new Set(onlyArg ? (onlyArg.split('=')[1] ?? args[args.indexOf(onlyArg) + 1] ?? '').split(',') : PARTS);
const want = (part: (typeof PARTS)[number]): boolean => only.has(part);

function section<T>(title: string, value: T, format: (v: T) => string): T {
  console.log(`\n## ${title}\n${format(value)}`);
  return value;
}

function targets(throughput?: readonly ThroughputRow[], scaling?: Scaling, hostile?: Hostile): Target[] {
  const out: Target[] = [];
  const row = (workload: string, task: string) => throughput?.find((r) => r.workload === workload && r.task === task);
  if (throughput) {
    const withNorm = row('articles', TASKS[1]);
    out.push({ name: 'clean() with normalisation, real articles', goal: '≥ 0.2× NFC MB/s',
      measured: withNorm?.ratioToNfc == null ? 'not available (normaliser not in this build)' : `${withNorm.ratioToNfc}× (${withNorm.mbPerSecond} MB/s vs ${row('articles', NFC_TASK)?.mbPerSecond} MB/s)`,
      holds: withNorm?.ratioToNfc == null ? null : withNorm.ratioToNfc >= 0.2 });
    const normOnly = row('vi-text', TASKS[2]);
    out.push({ name: 'normalizeVietnamese() alone, real text (vi-text)', goal: '≥ 1.0× NFC MB/s',
      measured: normOnly?.ratioToNfc == null ? 'not available (normaliser not in this build)' : `${normOnly.ratioToNfc}× (${normOnly.mbPerSecond} MB/s vs ${row('vi-text', NFC_TASK)?.mbPerSecond} MB/s)`,
      holds: normOnly?.ratioToNfc == null ? null : normOnly.ratioToNfc >= 1 });
    const plain = row('articles', TASKS[0])!;
    out.push({ name: 'clean() without normalisation, real articles (for reference: no target of its own)', goal: '≥ 0.2× NFC MB/s',
      measured: `${plain.ratioToNfc}× (${plain.mbPerSecond} MB/s)`, holds: plain.ratioToNfc! >= 0.2 });
  }
  if (scaling) {
    out.push({ name: 'scaling with document size', goal: 'exponent ≤ 1.1', measured: String(scaling.bySize.exponent), holds: scaling.bySize.exponent <= 1.1 });
    out.push({ name: 'scaling with line count', goal: 'exponent ≤ 1.1', measured: String(scaling.byLines.exponent), holds: scaling.byLines.exponent <= 1.1 });
  }
  if (hostile) {
    const worst = hostile.rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    out.push({ name: 'hostile inputs', goal: `each ≤ ${hostile.maxRatio}× real text per MB`, measured: `worst ${worst.ratio}× (${worst.input})`, holds: worst.ratio <= hostile.maxRatio });
  }
  return out;
}

const throughput = want('throughput') ? section('Throughput (CPU time)', await runThroughput(), formatThroughput) : undefined;
const cli = want('cli') ? section('CLI end to end', await runCli(), formatCli) : undefined;
const scaling = want('scaling') ? section('Scaling', runScaling(), formatScaling) : undefined;
const hostile = want('hostile') ? section('Hostile inputs', await runHostile(), formatHostile) : undefined;
const memory = want('memory') ? section('Peak memory', await runMemory(), formatMemory) : undefined;
const goals = targets(throughput, scaling, hostile);
console.log(`\n## Targets\n${goals.map((t) => `${t.holds === null ? 'n/a ' : t.holds ? 'yes ' : 'NO  '} ${t.name}: ${t.measured} (goal ${t.goal})`).join('\n')}`);

const record: BenchRecord = newRecord({ throughput, cli, scaling, hostile, memory, targets: goals });
console.log(`\nrecord: ${writeRecord(record)}`);
if (!args.includes('--no-readme') && PARTS.every(want)) {
  updateReadme(record);
  console.log('README.md Performance section updated');
}
