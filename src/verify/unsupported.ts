import { MicrocredUnsupportedInputError } from '../errors.js';
import type { DetectedFormat } from './types.js';

/** The error for an input `verifyAny` cannot verify: what it is, why not, and what was recognised. */
export function unsupported(detected: DetectedFormat, reason: string): MicrocredUnsupportedInputError {
  return new MicrocredUnsupportedInputError(`${reason} (recognised: ${detected.recognised.join(' › ')})`, [
    ...detected.recognised,
  ]);
}
