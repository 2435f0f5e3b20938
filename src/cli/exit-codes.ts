/** Process exit codes; documented in README.md and `cronaca --help`. */
export const EXIT = {
  OK: 0,
  /** Bad command line: unknown option, invalid --published, unknown format... */
  USAGE: 1,
  /** Nothing analysable: missing, empty, binary, non-UTF-8 or oversized input, every record bad. */
  INPUT: 2,
  /** The document is in a language without a pack. */
  UNSUPPORTED_LANGUAGE: 3,
  /** A batch where some documents failed and the others were output. */
  PARTIAL: 4,
} as const;

export const EXIT_CODES_HELP = `
Exit codes:
  0  ok
  1  usage error (bad option or value)
  2  input error: nothing analysable (missing, empty, binary, non-UTF-8 or too large input)
  3  unsupported language (no document in a supported language)
  4  partial batch: some documents failed (reported on stderr), the others were output`;

/** A command-line mistake: reported as "cronaca: <message>", exit 1. */
export class UsageError extends Error {}
