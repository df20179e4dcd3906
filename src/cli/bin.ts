import { main } from './run.js';
import { processTerminal } from './terminal.js';

const quiet = process.argv.includes('--quiet');
main(
  process.argv.slice(2).filter((a) => a !== '--quiet'),
  processTerminal(quiet),
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `microcred: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
