import { formatRational } from '../../credit/format-rational.js';
import type { StackingConfig } from '../config/types.js';
import type { StackingCredentialOutcome } from '../decision-outcomes.js';
import type { Ledger } from '../pipeline/ledger.js';
import type { StackingCredential } from '../stacking-credential.js';
import { type AllocationView, groupsHolding } from './allocation-view.js';

/** The fate of every input credential, sorted by id: its value in ECTS and the groups holding it. */
export function describeCredentials(
  config: StackingConfig,
  credentials: readonly StackingCredential[],
  ledger: Ledger,
  view: AllocationView,
): StackingCredentialOutcome[] {
  const position = new Map<string, number>();
  view.items.forEach((item, i) => {
    if (!item.manual) position.set(item.id, i);
  });
  return [...credentials]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => {
      const ects = ledger.ects.get(c.id);
      const i = position.get(c.id);
      const groupIds = i === undefined ? [] : groupsHolding(config, view, i);
      return {
        id: c.id,
        ...(c.title === undefined ? {} : { title: c.title }),
        ects: ects === undefined || ects === null ? null : formatRational(ects),
        status: groupIds.length > 0 ? 'allocated' : 'excluded',
        groupIds,
      };
    });
}
