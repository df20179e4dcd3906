import type { ValidationIssue } from '../../errors.js';
import type { InputLimits } from '../../internal/input-limits.js';
import { prescan } from '../../internal/prescan.js';
import { MicrocredJwtError } from '../../jwt/jwt-error.js';

type Path = readonly (string | number)[];

/**
 * The JWT verifier's input pre-scan, applied to one decoded part of a presentation (a header, the issuer
 * payload, a disclosure, the key-binding payload) before anything walks it: an iterative check of depth,
 * size, member and item counts and string lengths, prototype keys, lone surrogates and non-finite numbers.
 * A limit → `ERR_INPUT_TOO_LARGE`; anything else → `ERR_VALIDATION`; both with the path inside the
 * presentation (`at` followed by the path inside the part).
 */
export function scanPart(value: unknown, limits: InputLimits, at: Path): void {
  const scan = prescan(value, limits);
  if (scan.tooLarge !== undefined) throw refused('ERR_INPUT_TOO_LARGE', [scan.tooLarge], at);
  if (scan.issues.length > 0) throw refused('ERR_VALIDATION', scan.issues, at);
}

function refused(
  code: 'ERR_INPUT_TOO_LARGE' | 'ERR_VALIDATION',
  found: readonly ValidationIssue[],
  at: Path,
): MicrocredJwtError {
  const issues = found.map((i) => ({ ...i, path: [...at, ...i.path] }));
  const first = issues[0] as ValidationIssue;
  return new MicrocredJwtError(code, `The presentation is refused at ${first.path.join('.')}: ${first.message}`, {
    path: first.path,
    issues,
  });
}
