import { createReadStream, fstatSync } from 'node:fs';
import { access, constants, stat } from 'node:fs/promises';
import { UsageError } from './settings.js';

/** One input of the command line: a named file, or stdin (`name` is `-`). */
export interface InputSource {
  readonly name: string;
  /** Size in bytes when known (regular files), for the progress bar's ETA. */
  readonly size: number | undefined;
  /** The bytes, in chunks, read on demand (streamed, never the whole input at once). */
  chunks(): AsyncIterable<Uint8Array>;
}

const READ_CHUNK = 1 << 20;

function stdinSize(): number | undefined {
  // stdin redirected from a file (`< in.jsonl`) has a size; a pipe or a terminal has none.
  try {
    const info = fstatSync(0);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks that every named input can be read and learns its size, before anything is read: an unreadable
 * file is a usage error (exit 2) with nothing written.
 *
 * @throws UsageError naming the file.
 */
export async function openInputs(files: readonly string[], stdin: NodeJS.ReadableStream): Promise<InputSource[]> {
  const names = files.length === 0 ? ['-'] : files;
  const sources: InputSource[] = [];
  for (const name of names) {
    if (name === '-') {
      sources.push({ name, size: stdinSize(), chunks: () => stdin as AsyncIterable<Uint8Array> });
      continue;
    }
    let info;
    try {
      info = await stat(name);
      await access(name, constants.R_OK);
    } catch (error) {
      throw new UsageError(`cannot read ${name} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    if (info.isDirectory()) throw new UsageError(`cannot read ${name} (it is a directory)`);
    sources.push({
      name,
      size: info.isFile() ? info.size : undefined,
      chunks: () => createReadStream(name, { highWaterMark: READ_CHUNK }),
    });
  }
  return sources;
}

/** Reads a whole input (plain-text mode: one input is one document). */
export async function readAll(source: InputSource): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of source.chunks()) parts.push(chunk);
  return Buffer.concat(parts);
}
