import { defineConfig } from 'tsup';

export default defineConfig([
  // The library: every public entry point as ESM + CJS, with declarations for both.
  {
    entry: {
      index: 'src/index.ts',
      'jwt/index': 'src/jwt/index.ts',
      'eudi/index': 'src/eudi/index.ts',
      'interop/index': 'src/interop/index.ts',
      'json-schema/index': 'src/json-schema/index.ts',
      'locales/index': 'src/locales/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['zod', 'jose', 'date-fns', /^@sd-jwt\//],
  },
  // The CLI: imports the library by its package name, so it runs the built entry points, not a copy.
  {
    entry: { 'cli/bin': 'src/cli/bin.ts' },
    format: ['esm'],
    tsconfig: 'tsconfig.cli.json',
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['microcred', /^microcred\//, 'zod', 'jose', 'date-fns', /^@sd-jwt\//],
  },
]);
