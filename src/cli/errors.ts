// Typed errors that main() maps to exit codes. Everything else thrown is a programmer error.
export const ExitCode = { ok: 0, findings: 1, failure: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The command line or config asks for something impossible: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** No input could be read, or the output could not be written: exit 2. */
export class InputError extends Error {
  override name = 'InputError';
}
