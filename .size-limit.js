// Budgets per user story for our own code (kB = 1,000 bytes, minified + gzip, zod, jose and date-fns left
// out): what one import line adds to an application that already has those packages. A budget on everything
// an entry point exports would measure nothing a user pays: with one ESM file per module and
// `sideEffects: false`, a bundler keeps only what the import line reaches. scripts/check-browser-bundle.mjs
// budgets the same stories with zod bundled, and what a browser verifier loads at start. size-limit does not
// split code, so the verifier's figure here includes what loads on demand (the status-list reader and the
// explanation of a refused credential).
const own = { gzip: true, ignore: ['zod', 'jose', 'date-fns'] };
// esbuild's notice about bare chunk imports is noise here.
const quiet = (config) => ({ ...config, logLevel: 'error' });

export default [
  {
    name: 'badge image reader (extractBadgeImage)',
    path: 'dist/interop/index.js',
    limit: '6 kB',
    ...own,
    import: '{ extractBadgeImage }',
    modifyEsbuildConfig: quiet,
  },
  {
    name: 'Open Badges 2.0 import (fromOpenBadge2, matchesRecipient)',
    path: 'dist/interop/index.js',
    limit: '23.5 kB',
    ...own,
    import: '{ fromOpenBadge2, matchesRecipient }',
    modifyEsbuildConfig: quiet,
  },
  {
    name: 'browser verifier: verifyCredential + staticKeyResolver',
    path: 'dist/jwt/index.js',
    import: '{ verifyCredential, staticKeyResolver }',
    limit: '41.1 kB',
    ...own,
    modifyEsbuildConfig: quiet,
  },
  {
    name: 'LMS: checkCompleteness + formatReport + profiles + de',
    path: ['dist/index.js', 'dist/locales/index.js'],
    import: { 'dist/index.js': '{ checkCompleteness, formatReport, profiles }', 'dist/locales/index.js': '{ de }' },
    limit: '46.5 kB',
    ...own,
    modifyEsbuildConfig: quiet,
  },
  {
    name: 'LMS: checkCompleteness + formatCompletenessReport + profiles + de',
    path: ['dist/index.js', 'dist/locales/index.js'],
    import: {
      'dist/index.js': '{ checkCompleteness, formatCompletenessReport, profiles }',
      'dist/locales/index.js': '{ de }',
    },
    limit: '36 kB',
    ...own,
    modifyEsbuildConfig: quiet,
  },
  {
    name: 'parseMicroCredential',
    path: 'dist/index.js',
    import: '{ parseMicroCredential }',
    limit: '9.5 kB',
    ...own,
    modifyEsbuildConfig: quiet,
  },
  {
    name: 'evaluateStacking',
    path: 'dist/index.js',
    import: '{ evaluateStacking }',
    limit: '31.5 kB',
    ...own,
    modifyEsbuildConfig: quiet,
  },
  // Data Integrity: the verifier, the signer, every pinned JSON-LD context (about 65 % of it) and the converter
  // of pinned-context documents to RDF (about 4 kB); jsonld.js, rdf-canonize and canonicalize are dependencies,
  // outside this budget (bench/README.md has the whole bundle; jsonld.js loads only on demand).
  {
    name: 'microcred/data-integrity',
    path: 'dist/data-integrity/index.js',
    limit: '65.5 kB',
    ...own,
    ignore: [...own.ignore, 'jsonld', 'rdf-canonize', 'canonicalize'],
    modifyEsbuildConfig: quiet,
  },
];
