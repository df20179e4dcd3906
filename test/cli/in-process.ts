import { main } from '../../src/cli/run.js';
import type { Terminal } from '../../src/cli/terminal.js';

export interface CapturedRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/**
 * Runs the CLI's entry (`main`, what the binary calls) in this process with a terminal that records what it
 * prints: for properties that run the CLI hundreds of times. Colour off, not interactive.
 */
export async function runMain(
  args: readonly string[],
  options: { readonly quiet?: boolean } = {},
): Promise<CapturedRun> {
  const out: string[] = [];
  const err: string[] = [];
  const terminal: Terminal = {
    out: (text) => out.push(`${text}\n`),
    err: (text) => err.push(`${text}\n`),
    color: false,
    quiet: options.quiet === true,
    interactive: false,
  };
  const code = await main([...args], terminal);
  return { code, out: out.join(''), err: err.join('') };
}
