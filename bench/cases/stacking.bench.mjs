// Stacking at scale: seeded portfolios of five classes (bench/stacking-generators.mjs) at 30×10, 200×20 and
// 1,000×50. There is no outside engine to race, so the figures are the median time per decision and how
// many instances end "undetermined" (the budget ran out before a proof either way); the node counts are
// exact and the same on every machine. The engine is warmed up first (every small instance decided a few times),
// so the medians are its steady state, as in a service deciding many portfolios; the first decision of a fresh
// process, before the JIT has compiled anything, is reported on its own row.
import { performance } from 'node:perf_hooks';
import { evaluateStacking } from '../../dist/index.js';
import { CLASSES, generate } from '../stacking-generators.mjs';

const SIZES = [
  [30, 10],
  [200, 20],
  [1000, 50],
];
const SEEDS = 10;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The time of the very first decision in this process (nothing of the engine compiled yet). */
function firstDecision() {
  const { credentials, target, policy } = generate('easy', 30, 10, 1);
  const start = performance.now();
  const decision = evaluateStacking(credentials, target, policy);
  const ms = performance.now() - start;
  return {
    name: 'stacking easy 30x10, first decision (cold)',
    kind: 'easy',
    size: '30x10',
    instances: 1,
    medianMs: Number(ms.toFixed(2)),
    undetermined: decision.status === 'undetermined' ? 1 : 0,
    statuses: { [decision.status]: 1 },
    medianNodes: decision.search?.nodes ?? 0,
  };
}

/** Decides every instance of the two smaller sizes a few times, so the timed runs see compiled code. */
function warmUp() {
  for (const [n, g] of SIZES.slice(0, 2)) {
    for (const kind of CLASSES) {
      for (let seed = 1; seed <= SEEDS; seed += 1) {
        const { credentials, target, policy } = generate(kind, n, g, seed);
        for (let r = 0; r < 5; r += 1) evaluateStacking(credentials, target, policy);
      }
    }
  }
}

export async function report() {
  const rows = [firstDecision()];
  warmUp();
  for (const [n, g] of SIZES) {
    for (const kind of CLASSES) {
      const times = [];
      const statuses = {};
      const nodes = [];
      for (let seed = 1; seed <= SEEDS; seed += 1) {
        const { credentials, target, policy } = generate(kind, n, g, seed);
        evaluateStacking(credentials, target, policy); // warm
        const runs = [];
        let decision;
        for (let r = 0; r < 5; r += 1) {
          const start = performance.now();
          decision = evaluateStacking(credentials, target, policy);
          runs.push(performance.now() - start);
        }
        times.push(median(runs));
        statuses[decision.status] = (statuses[decision.status] ?? 0) + 1;
        nodes.push(decision.search?.nodes ?? 0);
      }
      rows.push({
        name: `stacking ${kind} ${n}x${g}`,
        kind,
        size: `${n}x${g}`,
        instances: SEEDS,
        medianMs: Number(median(times).toFixed(2)),
        undetermined: statuses.undetermined ?? 0,
        statuses,
        medianNodes: median(nodes),
      });
    }
  }
  return rows;
}
