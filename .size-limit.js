// Budgets for our own code (gzip, minified, dependencies and the zod peer left out): what microcred itself
// adds to a bundle. scripts/check-browser-bundle.mjs budgets what a user pays with zod and jose included.
const own = { import: '*', gzip: true, ignore: ['zod', 'jose', 'date-fns'] };
// tsup's shared chunks are imported for their bindings; esbuild's notice about bare chunk imports is noise.
const quiet = (config) => ({ ...config, logLevel: 'error' });

// The root was budgeted at 20 kB. It is 18.9 kB for the model, vocabularies and credits; completeness,
// stacking, their report renderers and the English catalogue the renderers default to (with the country and
// ISCED-F labels they print) take it to the limit below. bench/README.md gives the figures and the reason.
export default [
  { name: 'microcred (root)', path: 'dist/index.js', limit: '68 kB', ...own, modifyEsbuildConfig: quiet },
  { name: 'microcred/jwt', path: 'dist/jwt/index.js', limit: '50 kB', ...own, modifyEsbuildConfig: quiet },
  // Badge images (PNG chunk walk, CRC-32, strict SVG scanner) and the Open Badges 2.0 verifier (WebCrypto RS256,
  // the did:web network rules, the Edubadges extensions, MD5 for recipient hashes) took the whole entry from
  // 36 kB to the limit below; each story alone is budgeted next.
  { name: 'microcred/interop', path: 'dist/interop/index.js', limit: '48 kB', ...own, modifyEsbuildConfig: quiet },
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
    limit: '26 kB',
    ...own,
    import: '{ fromOpenBadge2, matchesRecipient }',
    modifyEsbuildConfig: quiet,
  },
  {
    name: 'microcred/json-schema',
    path: 'dist/json-schema/index.js',
    limit: '12 kB',
    ...own,
    modifyEsbuildConfig: quiet,
  },
  { name: 'microcred/eudi', path: 'dist/eudi/index.js', limit: '60 kB', ...own, modifyEsbuildConfig: quiet },
  // Data Integrity: the verifier, the signer and every pinned JSON-LD context (about 70 % of it); jsonld.js,
  // rdf-canonize and canonicalize are dependencies, outside this budget (bench/README.md has the whole bundle).
  {
    name: 'microcred/data-integrity',
    path: 'dist/data-integrity/index.js',
    limit: '52 kB',
    ...own,
    ignore: [...own.ignore, 'jsonld', 'rdf-canonize', 'canonicalize'],
    modifyEsbuildConfig: quiet,
  },
  { name: 'microcred/locales', path: 'dist/locales/index.js', limit: '45 kB', ...own, modifyEsbuildConfig: quiet },
];
