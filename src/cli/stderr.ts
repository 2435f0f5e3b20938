/** Every user-facing problem goes to stderr as "cronaca: <document>: <problem>", never as a stack trace. */
export function reportProblem(document: string | undefined, problem: string): void {
  process.stderr.write(`cronaca: ${document ? `${document}: ` : ''}${problem}\n`);
}

export function debugEnabled(): boolean {
  const v = process.env.CRONACA_DEBUG;
  return v !== undefined && v !== '' && v !== '0';
}

/** Internal failures: one line for the user, the stack only with CRONACA_DEBUG=1. */
export function reportInternal(document: string | undefined, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  reportProblem(document, `internal error: ${message}${debugEnabled() ? '' : ' (set CRONACA_DEBUG=1 for details)'}`);
  if (debugEnabled() && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
}
