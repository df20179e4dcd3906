/**
 * Finds the ```ts examples in the TSDoc of src/** and the public exports of every entry point, for the
 * doc tests. Examples import the package by its name; the tests map those imports to the source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

/** The package's entry points, by import specifier, as package.json exports them. */
export const ENTRY_POINTS: Readonly<Record<string, string>> = {
  microcred: 'src/index.ts',
  'microcred/jwt': 'src/jwt/index.ts',
  'microcred/interop': 'src/interop/index.ts',
  'microcred/json-schema': 'src/json-schema/index.ts',
  'microcred/locales': 'src/locales/index.ts',
  'microcred/eudi': 'src/eudi/index.ts',
  'microcred/verify': 'src/verify/index.ts',
  'microcred/data-integrity': 'src/data-integrity/index.ts',
};

export interface DocExample {
  /** The source file, relative to the project root. */
  readonly file: string;
  /** The 1-based line of the opening fence. */
  readonly line: number;
  /** The example's code, without the comment's leading stars. */
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every ```ts example in the TSDoc of src/**. */
export function docExamples(): DocExample[] {
  return sourceFiles(SRC).flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((block) => ({
      file: relative(ROOT, path),
      line: text.slice(0, block.index).split('\n').length,
      code: (block[1] ?? '')
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, ''))
        .join('\n')
        .trimEnd(),
    }));
  });
}

/** Compiler options of the library, with the package name mapped to the source (as tsconfig.test.json does). */
export function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return {
    ...parsed.options,
    noEmit: true,
    // Examples show a result as a bare expression statement, and may leave a name unused.
    noUnusedLocals: false,
    paths: { microcred: [join(SRC, 'index.ts')], 'microcred/*': [join(SRC, '*', 'index.ts')] },
  };
}

/**
 * Compiler options of the library for code that imports the BUILT package: no paths, so 'microcred' and
 * 'microcred/<entry>' resolve through the package's own `exports` to dist/*.d.ts (the files must sit beside a
 * node_modules/microcred link to the project), with Node's types for snippets that read files.
 */
export function packageCompilerOptions(): ts.CompilerOptions {
  const { paths: _paths, ...options } = compilerOptions();
  return { ...options, types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')] };
}

/** Type-checks files with the library's options (or those given); returns the diagnostics, one per line. */
export function typeCheck(files: readonly string[], options: ts.CompilerOptions = compilerOptions()): string[] {
  const program = ts.createProgram(files, options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where =
      d.file === undefined || d.start === undefined
        ? ''
        : `${relative(ROOT, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: `;
    return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

export interface PublicExport {
  readonly entry: string;
  readonly name: string;
  readonly hasExample: boolean;
}

/** Every public export of every entry point, and whether its declaration's TSDoc has an `@example`. */
export function publicExports(): PublicExport[] {
  const program = ts.createProgram(
    Object.values(ENTRY_POINTS).map((p) => join(ROOT, p)),
    compilerOptions(),
  );
  const checker = program.getTypeChecker();
  return Object.entries(ENTRY_POINTS).flatMap(([entry, path]) => {
    const file = program.getSourceFile(join(ROOT, path));
    const module = file === undefined ? undefined : checker.getSymbolAtLocation(file);
    if (module === undefined) throw new Error(`no module symbol for ${path}`);
    return checker.getExportsOfModule(module).map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return {
        entry,
        name: symbol.name,
        hasExample: target.getJsDocTags(checker).some((tag) => tag.name === 'example'),
      };
    });
  });
}
