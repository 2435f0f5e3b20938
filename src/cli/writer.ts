/** Writes to stdout, waiting for the pipe to drain; a closed pipe (`| head`) just stops output. */
export class StdoutWriter {
  closed = false;

  constructor(private readonly out: NodeJS.WriteStream = process.stdout) {
    out.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') this.closed = true;
      else throw e;
    });
  }

  async write(chunk: string): Promise<void> {
    if (this.closed || chunk === '') return;
    if (!this.out.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.out.off('drain', done);
          this.out.off('error', done);
          this.out.off('close', done);
          resolve();
        };
        this.out.once('drain', done);
        this.out.once('error', done);
        this.out.once('close', done);
      });
    }
  }

  /** Resolves once everything written so far has been flushed. */
  async end(): Promise<void> {
    if (this.closed) return;
    await new Promise<void>((resolve) => this.out.write('', () => resolve()));
  }
}
