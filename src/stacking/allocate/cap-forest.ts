import type { Rational } from '../../credit/rational.js';
import { MicrocredPolicyError } from '../../errors.js';
import { issue } from '../../internal/issue.js';
import type { ResolvedCap } from '../config/types.js';
import type { Eligible } from '../pipeline/eligibility.js';

/** A cap with the items it holds, in application order, with its parent in the nesting. */
export interface CapNode {
  readonly id: string;
  readonly configIndex: number;
  readonly mode: 'truncate' | 'wholeCredentials';
  readonly limit: Rational;
  readonly items: readonly number[];
  readonly parent: number;
}

function matches(cap: ResolvedCap, item: Eligible): boolean {
  if (cap.all) return true;
  if (cap.qaTypes !== null && !item.qaTypes.some((t) => cap.qaTypes?.has(t))) return false;
  return cap.providerIds === null || (item.providerId !== undefined && cap.providerIds.has(item.providerId));
}

function isSubset(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * Matches each cap (plus `totalEcts.max`, outermost) to the counted items and nests them: sorted by size, then
 * by declaration, each cap's parent is the first later cap that contains it. Caps must be nested or disjoint
 * over the credentials in play.
 *
 * @throws MicrocredPolicyError `ERR_POLICY_INVALID` (issue `invalid_combination` at `caps.i`) for two caps
 * whose credentials overlap with neither containing the other
 */
export function buildCapForest(
  caps: readonly ResolvedCap[],
  totalMax: Rational | null,
  items: readonly Eligible[],
): CapNode[] {
  const all: { cap: ResolvedCap; configIndex: number }[] = caps.map((cap, configIndex) => ({ cap, configIndex }));
  if (totalMax !== null) {
    const cap: ResolvedCap = {
      id: 'totalEcts.max',
      mode: 'truncate',
      limit: totalMax,
      qaTypes: null,
      providerIds: null,
      all: true,
    };
    all.push({ cap, configIndex: caps.length });
  }
  const sets = all.map(({ cap }) => new Set(items.flatMap((item, i) => (matches(cap, item) ? [i] : []))));
  const issues = [];
  for (let a = 0; a < caps.length; a += 1) {
    for (let b = a + 1; b < caps.length; b += 1) {
      const [sa, sb] = [sets[a] as Set<number>, sets[b] as Set<number>];
      const overlap = [...sa].some((x) => sb.has(x));
      if (overlap && !isSubset(sa, sb) && !isSubset(sb, sa)) {
        issues.push(
          issue('invalid_combination', ['caps', b], {
            fields: [caps[a]?.id ?? '', caps[b]?.id ?? ''],
            expected: 'nested or disjoint',
            reason: `caps "${caps[a]?.id ?? ''}" and "${caps[b]?.id ?? ''}" overlap; they must be nested or disjoint`,
          }),
        );
      }
    }
  }
  if (issues.length > 0) throw new MicrocredPolicyError('policy', issues);
  const order = all
    .map((_, k) => k)
    .sort((x, y) => {
      const size = (sets[x] as Set<number>).size - (sets[y] as Set<number>).size;
      return (all[x]?.cap.all ? 1 : 0) - (all[y]?.cap.all ? 1 : 0) || size || x - y;
    });
  return order.map((k, position) => {
    const set = sets[k] as Set<number>;
    const parentAt = order.findIndex((other, p) => p > position && isSubset(set, sets[other] as Set<number>));
    const { cap, configIndex } = all[k] as { cap: ResolvedCap; configIndex: number };
    return {
      id: cap.id,
      configIndex,
      mode: cap.mode,
      limit: cap.limit,
      items: [...set].sort((a, b) => a - b),
      parent: parentAt,
    };
  });
}
