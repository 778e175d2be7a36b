/** Counters the progress bar shows. */
export interface ProgressCounts {
  documents: number;
  bytes: number;
}

const REDRAW_MS = 250;

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mmss = `${String(m).padStart(h > 0 ? 2 : 1, '0')}:${String(s % 60).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

/**
 * One line of progress: documents, MB, docs/s, and the ETA and a bar when the input size is known.
 *
 * @example
 * formatProgress({ documents: 1200, bytes: 5e6 }, 2, 10e6) // '[#####     ]  50%  1,200 docs  5.0 MB  600 docs/s  ETA 0:02'
 */
export function formatProgress(counts: ProgressCounts, elapsedSeconds: number, totalBytes: number | undefined): string {
  const rate = elapsedSeconds > 0 ? counts.documents / elapsedSeconds : 0;
  const parts = [
    `${counts.documents.toLocaleString('en-US')} docs`,
    `${(counts.bytes / 1e6).toFixed(1)} MB`,
    `${Math.round(rate).toLocaleString('en-US')} docs/s`,
  ];
  if (totalBytes === undefined || totalBytes <= 0) return parts.join('  ');
  const done = Math.min(1, counts.bytes / totalBytes);
  const width = 20;
  const filled = Math.round(done * width);
  const eta = done > 0 ? (elapsedSeconds * (1 - done)) / done : undefined;
  const bar = `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(Math.floor(done * 100)).padStart(3)}%`;
  return [bar, ...parts, ...(eta === undefined ? [] : [`ETA ${clock(eta)}`])].join('  ');
}

/**
 * A progress bar on a terminal; does nothing when the stream is not a TTY (a log file, a pipe, Hadoop), so
 * `--progress` is safe to leave on in scripts.
 */
export class Progress {
  readonly #stream: NodeJS.WriteStream;
  readonly #active: boolean;
  readonly #totalBytes: number | undefined;
  readonly #started = performance.now();
  #lastDraw = 0;

  constructor(stream: NodeJS.WriteStream, wanted: boolean, totalBytes: number | undefined) {
    this.#stream = stream;
    this.#active = wanted && stream.isTTY === true;
    this.#totalBytes = totalBytes;
  }

  update(counts: ProgressCounts, force = false): void {
    if (!this.#active) return;
    const now = performance.now();
    if (!force && now - this.#lastDraw < REDRAW_MS) return;
    this.#lastDraw = now;
    const line = formatProgress(counts, (now - this.#started) / 1000, this.#totalBytes);
    this.#stream.write(`\r${line}\u001b[K`);
  }

  /** Draws the final state and ends the line, so later stderr output starts on a fresh one. */
  finish(counts: ProgressCounts): void {
    if (!this.#active) return;
    this.update(counts, true);
    this.#stream.write('\n');
  }
}
