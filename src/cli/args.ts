import { CliError } from './cli-error.js';
import type { Terminal } from './terminal.js';

/**
 * Handles `--help` (prints the command's help on stdout) and checks the number of positional arguments
 * (a wrong count is a usage error, exit 2, with the help on stderr).
 *
 * @returns true when the help was printed and the command should exit 0
 */
export function handleHelp(
  terminal: Terminal,
  help: string,
  values: { readonly help?: boolean | undefined },
  positionals: readonly string[],
  count: { readonly min: number; readonly max: number },
): boolean {
  if (values.help === true) {
    terminal.out(help);
    return true;
  }
  if (positionals.length < count.min || positionals.length > count.max) {
    const expected =
      count.min === count.max
        ? `${count.min}`
        : count.max === Infinity
          ? `at least ${count.min}`
          : `${count.min}-${count.max}`;
    throw new CliError(`expected ${expected} argument(s), got ${positionals.length}\n\n${help}`);
  }
  return false;
}

/** Checks that an option's value is one of a closed list; a usage error otherwise. */
export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

/** Parses a non-negative integer option; a usage error otherwise. */
export function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value)) throw new CliError(`--${name} must be a non-negative integer (got "${value}")`);
  return Number(value);
}
