/** Where a command writes, and whether it may use colour: only on a TTY and without NO_COLOR. */
export interface Terminal {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly color: boolean;
  readonly quiet: boolean;
}

/** The process's terminal. */
export function processTerminal(quiet: boolean): Terminal {
  const color = process.stdout.isTTY === true && !('NO_COLOR' in process.env);
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    color,
    quiet,
  };
}

/** Wraps text in an ANSI colour when colour is on. */
export function paint(terminal: Terminal, code: 'red' | 'green' | 'yellow' | 'bold', text: string): string {
  if (!terminal.color) return text;
  const codes = { red: 31, green: 32, yellow: 33, bold: 1 } as const;
  return `\u001b[${codes[code]}m${text}\u001b[0m`;
}
