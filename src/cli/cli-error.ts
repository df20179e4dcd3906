/** A usage or input problem: printed on stderr, exit code 2. */
export class CliError extends Error {
  override name = 'CliError';
}
