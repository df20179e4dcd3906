/**
 * Where a command writes: results on stdout, diagnostics and progress on stderr. Colour only on a TTY and
 * without NO_COLOR; progress only when not silenced by --quiet.
 */
export interface Terminal {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly color: boolean;
  readonly quiet: boolean;
  /** Whether stderr is a TTY: progress then rewrites one line instead of printing one line per step. */
  readonly interactive: boolean;
}

/** The process's terminal. */
export function processTerminal(quiet: boolean): Terminal {
  const color = process.stdout.isTTY === true && !('NO_COLOR' in process.env);
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    color,
    quiet,
    interactive: process.stderr.isTTY === true,
  };
}

/** Wraps text in an ANSI colour when colour is on. */
export function paint(terminal: Terminal, code: 'red' | 'green' | 'yellow' | 'bold', text: string): string {
  if (!terminal.color) return text;
  const codes = { red: 31, green: 32, yellow: 33, bold: 1 } as const;
  return `\u001b[${codes[code]}m${text}\u001b[0m`;
}

/** Prints a value as indented JSON on stdout: what `--json` prints, unchanged. */
export function printJson(terminal: Terminal, value: unknown): void {
  terminal.out(JSON.stringify(value, null, 2));
}

/** Progress of a batch on stderr: silent with --quiet, with --json, or for a single item. */
export interface Progress {
  readonly step: (label: string) => void;
  readonly done: () => void;
}

/**
 * Reports `i/total label` on stderr for each step of a batch. On a TTY it rewrites one line; otherwise it
 * prints one line per step so logs stay readable.
 */
export function progress(terminal: Terminal, total: number, options: { readonly json?: boolean } = {}): Progress {
  const enabled = !terminal.quiet && options.json !== true && total > 1;
  let count = 0;
  return {
    step: (label) => {
      count += 1;
      if (!enabled) return;
      const line = `[${count}/${total}] ${label}`;
      if (terminal.interactive) process.stderr.write(`\r\u001b[K${line}`);
      else terminal.err(line);
    },
    done: () => {
      if (enabled && terminal.interactive) process.stderr.write('\r\u001b[K');
    },
  };
}
