// The benchmark harness: runs a case's subject beside its baseline in the same process, alternating
// batches so both see the same machine state, and reports medians and the ratio subject/baseline.
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';

/**
 * Times `iterations` calls of fn (awaiting promises) and returns nanoseconds per call: wall time, and the
 * process CPU time (user + system), which a loaded machine distorts less than wall time. CPU time includes
 * work on other threads (WebCrypto's thread pool), so it is comparable between subject and baseline.
 */
async function timeBatch(fn, iterations) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) {
    const r = fn();
    if (r !== null && typeof r === 'object' && typeof r.then === 'function') await r;
  }
  const used = process.cpuUsage(cpu);
  return {
    wall: ((performance.now() - start) * 1e6) / iterations,
    cpu: ((used.user + used.system) * 1e3) / iterations,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Bytes of heap retained by keeping `count` results of fn alive (needs --expose-gc; undefined otherwise). */
async function retainedBytes(fn, count) {
  if (typeof globalThis.gc !== 'function') return undefined;
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const kept = [];
  for (let i = 0; i < count; i += 1) kept.push(await fn());
  globalThis.gc();
  const after = process.memoryUsage().heapUsed;
  return kept.length > 0 ? Math.max(0, (after - before) / count) : undefined;
}

/**
 * Runs one comparison. `subject` and `baseline` are { label, fn }. Returns the result record.
 * `rounds` alternating batches of `iterations` calls each; the first `warmup` rounds are discarded.
 */
export async function compare({ name, subject, baseline, iterations = 200, rounds = 15, warmup = 3, memory = true }) {
  const subjectTimes = [];
  const baselineTimes = [];
  const subjectCpu = [];
  const baselineCpu = [];
  for (let round = 0; round < rounds + warmup; round += 1) {
    const order = round % 2 === 0 ? ['b', 's'] : ['s', 'b'];
    for (const which of order) {
      const t = await timeBatch(which === 's' ? subject.fn : baseline.fn, iterations);
      if (round >= warmup) {
        (which === 's' ? subjectTimes : baselineTimes).push(t.wall);
        (which === 's' ? subjectCpu : baselineCpu).push(t.cpu);
      }
    }
  }
  const s = median(subjectTimes);
  const b = median(baselineTimes);
  const record = {
    name,
    subject: { label: subject.label, medianNs: Math.round(s), opsPerSec: Math.round(1e9 / s) },
    baseline: { label: baseline.label, medianNs: Math.round(b), opsPerSec: Math.round(1e9 / b) },
    timeRatio: Number((s / b).toFixed(3)),
    cpuRatio: Number((median(subjectCpu) / median(baselineCpu)).toFixed(3)),
    iterations,
    rounds,
  };
  if (memory) {
    const sm = await retainedBytes(subject.fn, 500);
    const bm = await retainedBytes(baseline.fn, 500);
    if (sm !== undefined && bm !== undefined && bm > 0) {
      record.memory = {
        subjectBytes: Math.round(sm),
        baselineBytes: Math.round(bm),
        ratio: Number((sm / bm).toFixed(3)),
      };
    }
  }
  return record;
}

/** Describes the machine for the results file. */
export function machine() {
  return {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    date: new Date().toISOString(),
  };
}
