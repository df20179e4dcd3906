import type { IssuerKey } from '../../../src/jwt/issuer-key.js';
import { signStatusListCredential } from '../../../src/jwt/sign/sign-status-list-credential.js';
import { createStatusList, type StatusList, writeEntry } from '../../../src/jwt/status/status-list.js';
import { fakeFetch, type Route } from '../fake-fetch.js';
import { ISSUER, NOW } from '../fixtures.js';

export const LIST_URL = 'https://uni.example/status/1';

/** A list with the given entries set (index → value). */
export function listWith(
  values: Record<number, number>,
  options: Partial<Parameters<typeof createStatusList>[0]> = {},
): StatusList {
  const list = createStatusList({ purpose: 'revocation', url: LIST_URL, ...options });
  const bits = list.bits.slice();
  for (const [i, v] of Object.entries(values)) writeEntry(bits, Number(i), list.statusSize, v);
  return { ...list, bits };
}

/** Serves the signed list credential of `list` at its URL; returns the fetch double. */
export async function serveList(
  list: StatusList,
  key: IssuerKey,
  issuer = ISSUER,
  extra: Record<string, Route> = {},
  at: Date = NOW,
) {
  const { token } = await signStatusListCredential(list, key, { issuer, now: new Date(at.getTime() - 3_600_000) });
  return fakeFetch({ [list.url]: { body: token, headers: { 'content-type': 'application/vc+jwt' } }, ...extra });
}

/** A credentialStatus entry pointing at `index` of the list. */
export function entry(index: number | string, purpose = 'revocation', url = LIST_URL): Record<string, unknown> {
  return {
    type: 'BitstringStatusListEntry',
    statusPurpose: purpose,
    statusListIndex: String(index),
    statusListCredential: url,
  };
}
