import { resolveConversionTable } from '../../credit/conversion-table.js';
import { formatRational } from '../../credit/format-rational.js';
import { mulRational } from '../../credit/rational-arithmetic.js';
import { roundCredit } from '../../credit/round-credit.js';
import type { CreditUnit } from '../../credit/units.js';
import { MicrocredPolicyError } from '../../errors.js';
import { issue } from '../../internal/issue.js';
import type { StackingConfig } from '../config/types.js';
import { exclude, type Ledger, STAGE } from './ledger.js';
import type { ReadCredential } from './validate-credentials.js';

/** A credential with its value in ECTS. */
export interface Converted {
  readonly read: ReadCredential;
  readonly ects: ReadCredential['value'];
}

/**
 * Step 2: converts every credit to ECTS exactly with the policy's factors (ECTS × 1, HOURS ÷ hoursPerEcts,
 * other units × `conversions[unit]`). A `null` factor excludes the credential (`UNIT_NOT_CONVERTIBLE`).
 * `perCredential` rounding applies here, to converted values only, with a `ROUNDED` warning.
 *
 * @throws MicrocredPolicyError `ERR_POLICY_INVALID` when a credential is in HOURS and the policy has no
 * `hoursPerEcts`
 */
export function convertCredentials(
  credentials: readonly ReadCredential[],
  config: StackingConfig,
  ledger: Ledger,
): Converted[] {
  if (!config.hoursPerEcts && credentials.some((c) => c.unit === 'HOURS')) {
    throw new MicrocredPolicyError('policy', [issue('required', ['hoursPerEcts'], {})]);
  }
  const factors = resolveConversionTable(config.conversion);
  const rounding = config.rounding?.stage === 'perCredential' ? config.rounding : null;
  const out: Converted[] = [];
  for (const c of credentials) {
    const id = c.source.id;
    if (c.unit === 'ECTS') {
      out.push({ read: c, ects: c.value });
      ledger.ects.set(id, c.value);
      continue;
    }
    const factor = factors.get(c.unit as CreditUnit);
    if (factor === null || factor === undefined) {
      exclude(ledger, STAGE.filter, id, 'UNIT_NOT_CONVERTIBLE', { unit: c.unit });
      ledger.ects.set(id, null);
      continue;
    }
    let ects = mulRational(c.value, factor);
    if (rounding !== null) {
      const r = roundCredit({ value: ects, unit: 'ECTS' }, { step: rounding.step, mode: rounding.mode });
      if (r.changed) {
        const params = { stage: 'perCredential', before: formatRational(ects), after: formatRational(r.amount.value) };
        ledger.warnings.push({ credentialId: id, code: 'ROUNDED', params });
      }
      ects = r.amount.value;
    }
    ledger.ects.set(id, ects);
    out.push({ read: c, ects });
  }
  return out;
}
