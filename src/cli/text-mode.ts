import { isUtf8 } from 'node:buffer';
import { explain } from '../explain.js';
import { createItemCleaner } from '../stream.js';
import type { RunContext } from './context.js';
import { readAll } from './input.js';

/**
 * Plain text: each input (file or stdin) is one document; prints the article alone, and with `--explain`
 * every removed span and edit on stderr after it, then the input as a diff marking what each rule removed. An empty input gives empty output. Returns the exit code.
 */
export async function runText(ctx: RunContext): Promise<number> {
  const { settings, output, report, progress } = ctx;
  const cleanOne = createItemCleaner(ctx.options);
  for (const [index, source] of ctx.sources.entries()) {
    const file = source.name === '-' ? undefined : source.name;
    const bytes = await readAll(source);
    if (!isUtf8(bytes)) {
      report.addIssue({ kind: 'invalid-utf8', message: 'invalid UTF-8 bytes replaced with U+FFFD' }, file ?? 'stdin');
      if (settings.strict) {
        ctx.io.stderr.write('vnclean: stopped at the first bad input (--strict)\n');
        return 1;
      }
    }
    const input = bytes.toString('utf8');
    const item = cleanOne(input, index);
    report.addStats(item.stats);
    report.counts.bytes += bytes.length;
    if (item.ok) {
      const { text } = item.result;
      await output.write(text === '' || text.endsWith('\n') ? text : `${text}\n`);
      if (settings.explain) ctx.io.stderr.write(`\n${explain(item.result, input)}\n`);
    }
    progress.update({ documents: index + 1, bytes: report.counts.bytes });
    if (!output.open) return 0;
  }
  progress.finish({ documents: ctx.sources.length, bytes: report.counts.bytes });
  return 0;
}
