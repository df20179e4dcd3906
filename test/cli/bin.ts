import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built binary: the CLI tests run it as users do, in a child process. */
export const BIN = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));
export const EXAMPLE = fileURLToPath(new URL('../../examples/data/micro-credential.json', import.meta.url));
export const EXAMPLES = fileURLToPath(new URL('../../examples/data/', import.meta.url));

export interface RunResult {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** Runs `microcred ...args` with optional stdin and environment; returns the exit code, stdout and stderr. */
export function run(args: readonly string[], input?: string, env: Record<string, string> = {}): RunResult {
  if (!existsSync(BIN)) throw new Error('dist/cli/bin.js is missing: run `npm run build` (npm test does it first)');
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
