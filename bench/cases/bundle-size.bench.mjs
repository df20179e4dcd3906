// What a user pays per user story, beside the baselines measured the same way in the same run: each story
// bundled for the browser with esbuild (minified, code splitting, gzip level 9, KB = 1,024 bytes) by
// scripts/check-browser-bundle.mjs, own code (zod left out) and with zod, what loads at start and what loads on
// demand; jose's jwtVerify and did-jwt-vc's verifyCredential are the baselines. Sizes do not depend on the
// machine, so a row is one measurement, not a median. The same script enforces the budgets in CI.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/check-browser-bundle.mjs', import.meta.url));

export async function report() {
  // The figures are printed even when a story is over its budget (the script then exits non-zero).
  let stdout;
  try {
    stdout = execFileSync(process.execPath, [script, '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    stdout = error.stdout;
  }
  const { stories, comparisons } = JSON.parse(stdout);
  const baseline = comparisons.map((c) => `${c.name} ${c.gzipKB} KB`).join(', ');
  const demand = (kb) => (kb > 0 ? ` (+${kb} on demand)` : '');
  return [
    ...stories.map((s) => ({
      ...s,
      line: `${`size: ${s.name}`.padEnd(44)} own ${s.ownKB}${demand(s.ownOnDemandKB)} KB · with zod ${s.withZodKB}${demand(s.withZodOnDemandKB)} KB gzip at start (budget ${s.budgetOwnKB ?? '—'} / ${s.budgetWithZodKB} KB)`,
    })),
    { name: 'baselines', comparisons, line: `${'size: baselines'.padEnd(44)} ${baseline} (gzip at start)` },
  ];
}
