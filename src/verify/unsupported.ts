import { MicrocredUnsupportedInputError } from '../errors.js';
import type { DetectedFormat } from './types.js';

/** The error for an input `verifyAny` cannot verify: what it is, why not, and what was recognised. */
export function unsupported(detected: DetectedFormat, reason: string): MicrocredUnsupportedInputError {
  return new MicrocredUnsupportedInputError(`${reason} (recognised: ${detected.recognised.join(' › ')})`, [
    ...detected.recognised,
  ]);
}

/**
 * The formats `verifyAny` recognises but this build cannot verify, with the reason. Wiring one in is one branch
 * in `verify-any.ts` and its removal from here.
 */
export const NOT_VERIFIABLE_HERE: Readonly<Record<string, string>> = {
  'data-integrity':
    'A credential with an embedded Data Integrity proof needs the Data Integrity verifier (microcred/data-integrity), which this build does not include',
  'open-badge-2':
    'An Open Badges 2.0 assertion needs the Open Badges 2.0 verifier (fromOpenBadge2 in microcred/interop), which this build does not include',
  png: 'A baked PNG badge needs the badge image reader (extractBadgeImage in microcred/interop), which this build does not include',
  svg: 'A baked SVG badge needs the badge image reader (extractBadgeImage in microcred/interop), which this build does not include',
};
