import { describe, expectTypeOf, it } from 'vitest';
import {
  isMicrocredError,
  type MicrocredError,
  type MicrocredErrorCode,
  type MicrocredValidationError,
  type ValidationIssue,
} from '../src/errors.js';
import type { MicroCredential } from '../src/model/micro-credential.js';
import { parseMicroCredential, safeParseMicroCredential } from '../src/model/parse-micro-credential.js';

describe('types', () => {
  it('isMicrocredError narrows by code; validation codes expose issues', () => {
    const e: unknown = undefined;
    if (isMicrocredError(e, 'ERR_VALIDATION')) expectTypeOf(e.issues).toEqualTypeOf<readonly ValidationIssue[]>();
    if (isMicrocredError(e, 'ERR_INPUT_TOO_LARGE')) expectTypeOf(e).toMatchTypeOf<MicrocredValidationError>();
    if (isMicrocredError(e, 'ERR_JWT_EXPIRED')) expectTypeOf(e.code).toEqualTypeOf<'ERR_JWT_EXPIRED'>();
    if (isMicrocredError(e)) {
      expectTypeOf(e).toMatchTypeOf<MicrocredError>();
      expectTypeOf(e.code).toEqualTypeOf<MicrocredErrorCode>();
    }
  });

  it('parse returns the model type; safeParse a discriminated result', () => {
    expectTypeOf(parseMicroCredential).returns.toEqualTypeOf<MicroCredential>();
    const r = safeParseMicroCredential({});
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<MicroCredential>();
    else expectTypeOf(r.error).toEqualTypeOf<MicrocredValidationError>();
  });

  it('the model is JSON-native: dates and credits are strings, no Date or bigint', () => {
    expectTypeOf<MicroCredential['issued']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<MicroCredential['workload']['credits']>[number]['value']>().toEqualTypeOf<string>();
    expectTypeOf<MicroCredential['awardingBodies']>().toBeArray();
  });
});
