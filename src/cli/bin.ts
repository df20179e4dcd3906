import { main } from './run.js';
import { processTerminal } from './terminal.js';

// A reader that stops early (`microcred check dir | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

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
