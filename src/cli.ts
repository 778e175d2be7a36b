/**
 * The `vnclean` bin entry (built to dist/cli.js). The command lives in src/cli/: argument parsing, plain-text
 * and JSONL modes, the worker pool and reporting, one file each.
 */
import { runCli } from './cli/main.js';

runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`vnclean: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
