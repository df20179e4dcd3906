import { describe, expect, it } from 'vitest';
import { fromOpenBadge, toOpenBadge } from '../../src/interop/index.js';
import { parseMicroCredential } from '../../src/model/parse-micro-credential.js';
import { completeExample } from '../support/examples.js';

const entry = (purpose: 'revocation' | 'suspension', index: string) => ({
  type: 'BitstringStatusListEntry' as const,
  statusPurpose: purpose,
  statusListIndex: index,
  statusListCredential: `https://uni.example/status/${purpose}`,
});

/** What an import read, complete or not. */
const readOf = (result: ReturnType<typeof fromOpenBadge>): Record<string, unknown> =>
  (result.complete ? result.credential : result.draft) as Record<string, unknown>;

/** The badge as another platform would write it: only its native members, no microcred extension terms. */
function nativeOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nativeOnly);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !k.startsWith('microcred:'))
      .map(([k, v]) => [k, k === '@context' ? (v as string[]).filter((c) => !c.includes('microcred')) : nativeOnly(v)]),
  );
}

describe('status entries in Open Badges 3.0', () => {
  it('reads one status object, or several entries as an array, from a badge without the extension terms', () => {
    for (const statuses of [[entry('revocation', '7')], [entry('revocation', '7'), entry('suspension', '12')]]) {
      const mc = parseMicroCredential({ ...completeExample(), credentialStatus: statuses });
      const badge = toOpenBadge(mc, { achievementId: 'https://uni.example/achievements/dl' });
      const result = fromOpenBadge(nativeOnly(badge) as Record<string, unknown>);
      // The native entries carry the id OB 3.0 requires; the reading keeps each entry as the badge states it.
      expect(readOf(result)['credentialStatus']).toEqual(
        statuses.map((s) => ({ ...s, id: `${s.statusListCredential}#${s.statusListIndex}` })),
      );
      expect(result.warnings.filter((w) => w.path[0] === 'credentialStatus')).toEqual([]);
    }
  });

  it('reports a status method other than a Bitstring Status List entry instead of reading it', () => {
    const mc = parseMicroCredential(completeExample());
    const badge = nativeOnly(toOpenBadge(mc, { achievementId: 'https://uni.example/achievements/dl' })) as Record<
      string,
      unknown
    >;
    for (const status of [
      { id: 'https://uni.example/revocations', type: '1EdTechRevocationList' },
      [entry('revocation', '7'), { id: 'https://uni.example/revocations', type: '1EdTechRevocationList' }],
      [],
    ]) {
      const result = fromOpenBadge({ ...badge, credentialStatus: status });
      expect(readOf(result)['credentialStatus']).toBeUndefined();
      expect(result.warnings.some((w) => w.path[0] === 'credentialStatus')).toBe(true);
    }
  });
});
