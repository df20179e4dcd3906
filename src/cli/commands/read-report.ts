import type { ReadAnyResult } from 'microcred/verify';
import { paint, type Terminal } from '../terminal.js';

const FORMAT_NAMES: Readonly<Record<ReadAnyResult['format'], string>> = {
  jwt: 'compact JWS',
  'sd-jwt': 'SD-JWT VC',
  'data-integrity': 'Data Integrity document',
  'open-badge-2': 'Open Badges 2.0 assertion',
  png: 'PNG badge image',
  svg: 'SVG badge image',
};

/** What was read, in words: "compact JWS (ob30-jwt) baked in a PNG badge image". */
export function describeFormat(r: ReadAnyResult): string {
  const inner = r.baked?.format ?? r.format;
  const name = `${FORMAT_NAMES[inner]}${r.profile === undefined ? '' : ` (${r.profile})`}`;
  return r.baked === undefined ? name : `${name} baked in ${r.format === 'svg' ? 'an' : 'a'} ${FORMAT_NAMES[r.format]}`;
}

/** Whether a reading is a complete micro-credential (a CLR bundle: every credential in it). */
export function isComplete(r: ReadAnyResult): boolean {
  if (r.kind === 'clr') return (r.items ?? []).every((i) => 'result' in i && isComplete(i.result));
  return r.kind !== 'endorsement' && r.credential !== undefined;
}

/** The title of a read credential or draft, in its first language. */
function titleOf(r: ReadAnyResult): string | undefined {
  const title: unknown = r.credential?.title ?? r.draft?.['title'];
  if (typeof title === 'string') return title;
  if (typeof title === 'object' && title !== null) {
    const first = Object.values(title)[0];
    return typeof first === 'string' ? first : undefined;
  }
  return undefined;
}

/**
 * The lines that say a reading was not a verification, and how to verify: printed with every result of a
 * read input, on stdout, because they are part of what the result means.
 */
export function unverifiedLines(terminal: Terminal, r: ReadAnyResult, source: string): string[] {
  const file = source === '-' ? '<file>' : source;
  return [
    `${paint(terminal, 'yellow', 'NOT verified')}: ${r.unchecked.join(', ')} not checked. ` +
      `Run "microcred verify ${file} --did" (or --key/--jwks) before trusting it`,
    ...r.unresolved.map((url) => `  not read (linked, nothing is fetched): ${url}`),
  ];
}

/** The human report of `validate` on a read input; returns the exit code (0 complete, 1 not). */
export function printReadValidation(terminal: Terminal, r: ReadAnyResult, source: string): number {
  const complete = isComplete(r);
  const what = describeFormat(r);
  const issuer = r.claimedIssuer === undefined ? '' : `, issuer ${r.claimedIssuer} (claimed)`;
  if (r.kind === 'endorsement') {
    terminal.out(
      `${paint(terminal, 'red', 'not a micro-credential')} ${source}: an endorsement of ${r.endorsed ?? '(no id)'} (${what}${issuer})`,
    );
  } else if (r.kind === 'clr') {
    terminal.out(
      `${paint(terminal, complete ? 'green' : 'red', complete ? 'valid' : 'incomplete')} ${source}: CLR bundle (${what}${issuer})`,
    );
    for (const item of r.items ?? []) {
      if ('error' in item) terminal.out(`  #${item.index + 1} unreadable: ${item.error.code}: ${item.error.message}`);
      else if (isComplete(item.result))
        terminal.out(`  #${item.index + 1} valid: ${titleOf(item.result) ?? '(untitled)'}`);
      else
        terminal.out(
          `  #${item.index + 1} incomplete: missing ${item.result.missing.join(', ') || '(not a micro-credential)'}`,
        );
    }
  } else if (complete) {
    terminal.out(`${paint(terminal, 'green', 'valid')} ${source}: ${titleOf(r) ?? '(untitled)'} (${what}${issuer})`);
  } else {
    terminal.out(
      `${paint(terminal, 'red', 'incomplete')} ${source} (${what}${issuer}): missing ${r.missing.join(', ') || 'nothing'}`,
    );
    const missing = new Set(r.missing);
    for (const issue of r.issues) {
      if (issue.code === 'required' && issue.path.length === 1 && missing.has(String(issue.path[0]))) continue;
      terminal.out(`  ${issue.path.length === 0 ? '(root)' : issue.path.join('.')}: ${issue.message} [${issue.code}]`);
    }
  }
  for (const line of unverifiedLines(terminal, r, source)) terminal.out(line);
  printReadWarnings(terminal, r);
  return complete ? 0 : 1;
}

/**
 * What the reading could not carry over natively (a part kept in `extensions`, a community term read, a value
 * it could not map), on stderr as `convert` prints it; a missing element is already in the "missing" line.
 * Silenced by --quiet.
 */
function printReadWarnings(terminal: Terminal, r: ReadAnyResult): void {
  if (terminal.quiet) return;
  const missing = new Set(r.missing);
  for (const w of r.warnings) {
    if (w.code === 'element-missing' && missing.has(String(w.path[0]))) continue;
    terminal.err(`${paint(terminal, 'yellow', 'warning')} ${w.code} at ${w.path.join('.') || '(root)'}: ${w.message}`);
  }
}
