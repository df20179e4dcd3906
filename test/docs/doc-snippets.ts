/**
 * Finds the ```ts and ```js code blocks of README.md and docs/**\/*.md (not the generated docs/api), with the
 * marker that may stand on the line before a fence: `<!-- snippet: skip — reason -->` (not checked),
 * `<!-- snippet: typecheck-only — reason -->` (type-checked, not run) or `<!-- snippet: continues — reason -->`
 * (runs after the last block before it that runs, in the same file, as one program, as a reader follows a
 * guide). Every other
 * block is type-checked and run on its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './doc-examples.js';

export type SnippetMode = 'run' | 'typecheck-only' | 'skip' | 'continues';

export interface DocSnippet {
  /** The Markdown file, relative to the project root. */
  readonly file: string;
  /** The 1-based line of the opening fence. */
  readonly line: number;
  readonly language: 'ts' | 'js';
  /** The block's code; for a `continues` block, the code of the blocks it continues, then its own. */
  readonly code: string;
  readonly mode: SnippetMode;
  /** The reason a marker gives; undefined for a block without marker. */
  readonly reason?: string;
}

/** A marker line: `<!-- snippet: <mode> — <reason> -->` (an en dash, a hyphen or a colon may separate them). */
export const MARKER = /^<!--\s*snippet:\s*(?<mode>[\w-]+)\s*(?:(?:—|–|-|:)\s*(?<reason>.*?))?\s*-->$/;
const FENCE = /^```(?<lang>ts|typescript|js|javascript)\s*$/;
const MODES: ReadonlySet<string> = new Set(['skip', 'typecheck-only', 'continues']);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return relative(ROOT, path) === join('docs', 'api') ? [] : markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** The Markdown files whose code blocks are documentation: README.md and docs/** without docs/api. */
export function documentationFiles(): string[] {
  return [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))].map((p) => relative(ROOT, p)).sort();
}

/** Parses the code blocks of one Markdown text; throws on a marker without a known mode or without a reason. */
export function snippetsOf(file: string, text: string): DocSnippet[] {
  const lines = text.split('\n');
  const snippets: DocSnippet[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const fence = FENCE.exec(lines[i] ?? '');
    if (fence?.groups === undefined) {
      if (/^```/.test(lines[i] ?? '')) i = closingFence(lines, i);
      continue;
    }
    const end = closingFence(lines, i);
    let before = i - 1;
    while (before >= 0 && (lines[before] ?? '').trim() === '') before -= 1;
    const marker = MARKER.exec((lines[before] ?? '').trim());
    const where = `${file}:${i + 1}`;
    if (marker === null && /^<!--\s*snippet/.test((lines[before] ?? '').trim()))
      throw new Error(`${where}: malformed snippet marker "${lines[before]}"`);
    const mode = marker?.groups?.['mode'];
    const reason = marker?.groups?.['reason'];
    if (mode !== undefined && !MODES.has(mode)) throw new Error(`${where}: unknown snippet mode "${mode}"`);
    if (mode !== undefined && (reason === undefined || reason.trim() === ''))
      throw new Error(`${where}: a "${mode}" marker needs a reason`);
    const own = lines.slice(i + 1, end).join('\n');
    const previous = [...snippets].reverse().find((s) => s.mode === 'run' || s.mode === 'continues');
    if (mode === 'continues' && previous === undefined)
      throw new Error(`${where}: a "continues" block needs a block that runs before it`);
    snippets.push({
      file,
      line: i + 1,
      language: fence.groups['lang']?.startsWith('t') === true ? 'ts' : 'js',
      code: mode === 'continues' ? `${previous?.code}\n${own}` : own,
      mode: (mode as SnippetMode | undefined) ?? 'run',
      ...(reason === undefined ? {} : { reason }),
    });
    i = end;
  }
  return snippets;
}

function closingFence(lines: readonly string[], open: number): number {
  for (let j = open + 1; j < lines.length; j += 1) if (/^```\s*$/.test(lines[j] ?? '')) return j;
  throw new Error(`unclosed code block at line ${open + 1}`);
}

/** Every ts/js code block of the documentation. */
export function docSnippets(): DocSnippet[] {
  return documentationFiles().flatMap((file) => snippetsOf(file, readFileSync(join(ROOT, file), 'utf8')));
}
