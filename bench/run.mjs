// `npm run bench`: runs every bench/cases/*.bench.mjs (or those named on the command line), prints a
// table of medians and ratios, and writes bench/results/<case>.json.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compare, machine } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(join(here, 'cases'))
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

const env = machine();
console.log(`node ${env.node} · ${env.cpu} · ${env.cores} cores · ${env.date}`);
console.log(
  `${'case'.padEnd(44)} ${'subject'.padStart(12)} ${'baseline'.padStart(12)} ${'ratio'.padStart(7)} ${'cpu'.padStart(7)}  memory`,
);
for (const file of files) {
  const mod = await import(pathToFileURL(join(here, 'cases', file)).href);
  if (typeof mod.report === 'function') {
    // A case without a baseline to race reports its own rows (e.g. stacking: medians and undetermined counts).
    const rows = await mod.report();
    for (const r of rows) {
      // A row may carry its own printed line (e.g. bundle sizes beside their baselines).
      const line =
        r.line ??
        `${r.name.padEnd(44)} ${`${r.medianMs.toFixed(2)} ms`.padStart(12)}  undetermined ${r.undetermined}/${r.instances}  nodes ${r.medianNodes}  ${JSON.stringify(r.statuses)}`;
      console.log(line);
    }
    mkdirSync(join(here, 'results'), { recursive: true });
    const out = join(here, 'results', file.replace('.bench.mjs', '.json'));
    writeFileSync(out, `${JSON.stringify({ machine: env, results: rows }, null, 2)}\n`);
    continue;
  }
  const cases = await mod.cases();
  const results = [];
  for (const c of cases) {
    const r = await compare(c);
    if (c.tokens !== undefined) {
      // A batch case: each call handles `tokens` tokens; report throughput beside the times.
      r.subject.tokensPerSec = Math.round((c.tokens * 1e9) / r.subject.medianNs);
      r.baseline.tokensPerSec = Math.round((c.tokens * 1e9) / r.baseline.medianNs);
    }
    results.push(r);
    const mem =
      r.memory === undefined ? '' : `${r.memory.ratio}x (${r.memory.subjectBytes} B vs ${r.memory.baselineBytes} B)`;
    console.log(
      `${r.name.padEnd(44)} ${`${(r.subject.medianNs / 1000).toFixed(1)} µs`.padStart(12)} ${`${(r.baseline.medianNs / 1000).toFixed(1)} µs`.padStart(12)} ${`${r.timeRatio}x`.padStart(7)} ${`${r.cpuRatio}x`.padStart(7)}  ${mem}`,
    );
    if (r.subject.tokensPerSec !== undefined) {
      console.log(
        `${''.padEnd(44)} ${r.subject.tokensPerSec} tokens/s (${r.subject.label}) vs ${r.baseline.tokensPerSec} tokens/s (${r.baseline.label})`,
      );
    }
  }
  mkdirSync(join(here, 'results'), { recursive: true });
  const out = join(here, 'results', file.replace('.bench.mjs', '.json'));
  writeFileSync(out, `${JSON.stringify({ machine: env, results }, null, 2)}\n`);
}
