import { readFile } from 'node:fs/promises';
import { clean } from './clean.js';
import { explain } from './explain.js';

const USAGE = `usage: vnclean [--explain] [FILE ...]
Cleans scraped Vietnamese news text: prints the article alone (stdin when no FILE is given).
  --explain   after the text, print every removed span with its rule and reason, then the input as a
              diff marking each removed line and span with its rule (on stderr)
  --help      show this help`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: readonly string[]): Promise<number> {
  const files: string[] = [];
  let wantExplain = false;
  for (const arg of argv) {
    if (arg === '--explain') wantExplain = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (arg.startsWith('-') && arg !== '-') {
      process.stderr.write(`vnclean: unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else files.push(arg);
  }
  const inputs = files.length === 0 ? ['-'] : files;
  for (const file of inputs) {
    const text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
    const result = clean(text);
    process.stdout.write(result.text.endsWith('\n') ? result.text : `${result.text}\n`);
    if (wantExplain) process.stderr.write(`\n${explain(result, text)}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`vnclean: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
