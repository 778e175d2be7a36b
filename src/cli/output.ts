/**
 * Writes to stdout with backpressure, and notices when the reader has gone (`| head`): then `open` turns
 * false and the run stops quietly instead of dying on EPIPE.
 */
export class Output {
  #open = true;
  #failure: Error | undefined;
  #wake: (() => void) | undefined;
  readonly #stream: NodeJS.WritableStream;

  constructor(stream: NodeJS.WritableStream) {
    this.#stream = stream;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.#open = false;
      if (error.code !== 'EPIPE') this.#failure = error;
      this.#wake?.();
    });
  }

  /** False once the reader has closed the pipe or writing failed. */
  get open(): boolean {
    return this.#open;
  }

  /** A write error other than a closed pipe (a full disk, say): the run must not claim success. */
  get failure(): Error | undefined {
    return this.#failure;
  }

  /** Writes and waits while the stream's buffer is full. */
  async write(chunk: Uint8Array | string): Promise<void> {
    if (!this.#open || chunk.length === 0) return;
    if (this.#stream.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.#wake = undefined;
        this.#stream.removeListener('drain', done);
        resolve();
      };
      this.#wake = done;
      this.#stream.once('drain', done);
    });
  }
}
