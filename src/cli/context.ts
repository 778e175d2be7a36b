import type { CleanManyOptions } from '../stream.js';
import type { InputSource } from './input.js';
import type { Output } from './output.js';
import type { Progress } from './progress.js';
import type { RunReport } from './report.js';
import type { CliSettings } from './settings.js';

/** The process's streams, passed in so that the modes never reach for globals. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WriteStream;
}

/** Everything a mode needs for one run, validated before any input is read. */
export interface RunContext {
  readonly settings: CliSettings;
  readonly options: CleanManyOptions;
  readonly sources: readonly InputSource[];
  readonly io: CliIo;
  readonly output: Output;
  readonly report: RunReport;
  readonly progress: Progress;
}
