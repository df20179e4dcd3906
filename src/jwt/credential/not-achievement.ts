import { fail } from '../jwt-error.js';

/**
 * Refuses a verified credential that awards no achievement of its own, so is no micro-credential: an Open Badges
 * EndorsementCredential, or a CLR bundle of credentials. `verifyAny` verifies both for what they are.
 */
export function refuseNotAchievement(kind: 'endorsement' | 'clr'): never {
  return fail(
    'ERR_INTEROP_NOT_ACHIEVEMENT',
    kind === 'endorsement'
      ? 'An EndorsementCredential is not a micro-credential: it awards no achievement (verifyAny verifies it as an endorsement)'
      : 'A ClrCredential is a bundle of credentials, not one micro-credential (verifyAny verifies and splits it)',
    ['credential', 'type'],
  );
}
