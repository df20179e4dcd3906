// Completes package-lock.json with the platform-specific optional packages (esbuild, rollup, Biome
// binaries for other systems) that `npm install` leaves out when the registry it reaches does not serve
// them. Without those entries `npm ci` refuses the lockfile as out of sync. Each entry is recorded as an
// optional package for its own os/cpu (read from its name), so npm skips it on every other platform.
// Run after any `npm install` that changes the lockfile: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const OS = [
  'android',
  'darwin',
  'freebsd',
  'linux',
  'openbsd',
  'netbsd',
  'sunos',
  'win32',
  'aix',
  'openharmony',
  'cygwin',
];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'loong64', 'mips64el', 'ppc64', 'riscv64', 's390x', 'wasm32'];

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const base = path === '' ? '' : `${path}/`;
    const candidates = [`${base}node_modules/${name}`, `node_modules/${name}`];
    if (candidates.some((c) => c in packages)) continue;
    const parts = name.split('/').pop().split('-');
    const os = parts.find((p) => OS.includes(p) || p === 'win32');
    const cpu = parts.find((p) => CPU.includes(p));
    if (os === undefined && cpu === undefined) continue; // not a platform binary: leave it to npm
    packages[`node_modules/${name}`] = {
      version: version.replace(/^[\^~=]/, ''),
      ...(meta.dev ? { dev: true } : {}),
      optional: true,
      ...(os === undefined ? {} : { os: [os === 'android' ? 'android' : os] }),
      ...(cpu === undefined ? {} : { cpu: [cpu] }),
    };
    added += 1;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
lock.packages = sorted;
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} platform-specific optional entries`);
