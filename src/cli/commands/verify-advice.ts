import { isMicrocredError } from 'microcred';
import type { StatusResult } from 'microcred/jwt';

const WHY: Readonly<Record<string, string>> = {
  STATUS_RETRIEVAL_ERROR: 'could not be fetched',
  STATUS_VERIFICATION_ERROR: 'could not be verified (its signature, issuer or validity period)',
  MALFORMED_VALUE_ERROR: 'is malformed',
  STATUS_LIST_LENGTH_ERROR: 'is too short',
  RANGE_ERROR: 'does not hold the entry’s index',
};

/**
 * What to do after `ERR_STATUS_UNAVAILABLE`: for each status list whose status could not be established
 * (named by its URL, with why), say how to give a copy of it (`--status-list`) or to skip the check
 * (`--no-status`). `served` holds the URLs the `--status-list` files answer for, when some were given.
 *
 * @returns one line per list, then the hint; nothing when no failure was about status
 */
export function statusAdvice(errors: readonly unknown[], served: readonly string[] | undefined): string[] {
  const unknown = new Map<string, StatusResult>();
  for (const error of errors) {
    if (!isMicrocredError(error, 'ERR_STATUS_UNAVAILABLE')) continue;
    const status = (error as { status?: readonly StatusResult[] }).status ?? [];
    for (const result of status) if (result.outcome === 'unknown') unknown.set(result.list, result);
  }
  if (unknown.size === 0) return [];
  const lines = [...unknown.values()].map((r) => {
    const why = WHY[r.reason ?? ''] ?? 'could not be read';
    const notGiven =
      served !== undefined && r.reason === 'STATUS_RETRIEVAL_ERROR' && !served.includes(r.list)
        ? ` (no --status-list file is for this URL; given: ${served.join(', ') || 'none'})`
        : '';
    return `the status list ${r.list} ${why}${notGiven}`;
  });
  lines.push(
    'give a copy of the signed list with --status-list [<url>=]<file>, or skip the status check with --no-status',
  );
  return lines;
}
