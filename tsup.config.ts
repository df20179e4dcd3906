import { defineConfig, type Options } from 'tsup';

const ENTRIES = {
  index: 'src/index.ts',
  'jwt/index': 'src/jwt/index.ts',
  'data-integrity/index': 'src/data-integrity/index.ts',
  'eudi/index': 'src/eudi/index.ts',
  'interop/index': 'src/interop/index.ts',
  'verify/index': 'src/verify/index.ts',
  'json-schema/index': 'src/json-schema/index.ts',
  'locales/index': 'src/locales/index.ts',
};

/**
 * The CommonJS build and the CLI. The ES module build is scripts/build-esm.mjs (one file per source module) and its
 * declarations scripts/write-esm-declarations.mjs (one line per entry over the CJS ones).
 *
 * No source maps in the package: the code is not minified and each CJS module is headed by a `// src/…` comment,
 * so a stack trace points at a readable line in dist/. Maps with the sources embedded were 4 MB of the package's
 * 7 MB; test/package/size.test.ts keeps the package in budget.
 */
const LIBRARY: Options = {
  sourcemap: false,
  clean: false,
  splitting: true,
  // Shorter forms of the same statements, as in the ESM build; names, lines and `// src/…` headers are kept.
  minifySyntax: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['zod', 'jose', 'date-fns', /^@sd-jwt\//, 'jsonld', 'rdf-canonize', 'canonicalize'],
};

export default defineConfig([
  // The library as CJS: the public entry points with shared chunks (Node loads it; nothing tree-shakes it).
  { ...LIBRARY, entry: ENTRIES, format: ['cjs'], dts: { entry: ENTRIES }, treeshake: true },
  // The CLI: imports the library by its package name, so it runs the built entry points, not a copy.
  {
    entry: { 'cli/bin': 'src/cli/bin.ts' },
    format: ['esm'],
    tsconfig: 'tsconfig.cli.json',
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: [
      'microcred',
      /^microcred\//,
      'zod',
      'jose',
      'date-fns',
      /^@sd-jwt\//,
      'jsonld',
      'rdf-canonize',
      'canonicalize',
    ],
  },
]);
