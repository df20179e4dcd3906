import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  isMicrocredError,
  MICROCRED_ERROR_CODES,
  MicrocredCreditError,
  MicrocredError,
  MicrocredOptionsError,
  MicrocredValidationError,
  VALIDATION_ISSUE_CODES,
} from '../src/errors.js';
import { enErrorMessages } from '../src/locales/en/errors.js';
import { enIssueMessages } from '../src/locales/en/issues.js';

describe('error codes', () => {
  it('every error code has an English message, and every message a code', () => {
    for (const code of MICROCRED_ERROR_CODES) expect(enErrorMessages[code], code).toMatch(/\S/);
    expect(Object.keys(enErrorMessages).sort()).toEqual([...MICROCRED_ERROR_CODES].sort());
  });

  it('every validation issue code has an English template, and every template a code', () => {
    for (const code of VALIDATION_ISSUE_CODES) expect(enIssueMessages[code], code).toMatch(/\S/);
    expect(Object.keys(enIssueMessages).sort()).toEqual([...VALIDATION_ISSUE_CODES].sort());
  });

  it('codes are unique', () => {
    expect(new Set(MICROCRED_ERROR_CODES).size).toBe(MICROCRED_ERROR_CODES.length);
    expect(new Set(VALIDATION_ISSUE_CODES).size).toBe(VALIDATION_ISSUE_CODES.length);
  });
});

describe('MicrocredError and subclasses', () => {
  it('carries its code, name and cause', () => {
    const cause = new TypeError('boom');
    const err = new MicrocredError('ERR_KEY_RESOLUTION', 'no key', { cause });
    expect(err).toBeInstanceOf(Error);
    expect(err.code).toBe('ERR_KEY_RESOLUTION');
    expect(err.name).toBe('MicrocredError');
    expect(err.cause).toBe(cause);
    expect(new MicrocredError('ERR_JWT_INVALID', 'x').cause).toBeUndefined();
  });

  it('a validation error summarises the first issue and counts the others', () => {
    const one = new MicrocredValidationError([{ code: 'required', path: ['title'], message: 'Required', params: {} }]);
    expect(one.message).toBe('Invalid input at title: Required');
    expect(one.code).toBe('ERR_VALIDATION');
    const issues = [
      { code: 'required' as const, path: [], message: 'Required', params: {} },
      { code: 'required' as const, path: ['a'], message: 'Required', params: {} },
      { code: 'required' as const, path: ['b'], message: 'Required', params: {} },
    ];
    const three = new MicrocredValidationError(issues, 'ERR_INPUT_TOO_LARGE');
    expect(three.message).toBe('Invalid input at (root): Required (and 2 more issues)');
    expect(three.code).toBe('ERR_INPUT_TOO_LARGE');
    expect(three.issues).toHaveLength(3);
    expect(new MicrocredValidationError([]).message).toBe('Invalid input');
  });

  it('credit and options errors carry their context', () => {
    const c = new MicrocredCreditError('ERR_CREDIT_UNIT_MISMATCH', 'ECTS vs ECVET', { left: 'ECTS', right: 'ECVET' });
    expect(c.params).toEqual({ left: 'ECTS', right: 'ECVET' });
    expect(new MicrocredCreditError('ERR_CREDIT_INVALID', 'x').params).toEqual({});
    const o = new MicrocredOptionsError('limits.maxDepth', 'must be a positive integer');
    expect(o.code).toBe('ERR_OPTIONS_INVALID');
    expect(o.option).toBe('limits.maxDepth');
    expect(o.message).toBe('Invalid option limits.maxDepth: must be a positive integer');
  });
});

describe('isMicrocredError', () => {
  it('recognises microcred errors, optionally by code', () => {
    const err = new MicrocredOptionsError('x', 'y');
    expect(isMicrocredError(err)).toBe(true);
    expect(isMicrocredError(err, 'ERR_OPTIONS_INVALID')).toBe(true);
    expect(isMicrocredError(err, 'ERR_VALIDATION')).toBe(false);
  });

  it('rejects everything else', () => {
    for (const value of [null, undefined, 0, 'ERR_VALIDATION', new Error('x'), { code: 'ERR_VALIDATION' }]) {
      expect(isMicrocredError(value)).toBe(false);
    }
  });

  it('recognises an error thrown by the CJS build when checked from the ESM source (another copy)', () => {
    const cjsPath = new URL('../dist/index.cjs', import.meta.url);
    if (!existsSync(cjsPath))
      throw new Error('dist/index.cjs is missing: run `npm run build` (npm test does it first)');
    const cjs = createRequire(import.meta.url)(cjsPath.pathname) as { parseLearner: (x: unknown) => unknown };
    let caught: unknown;
    try {
      cjs.parseLearner({});
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeDefined();
    expect(caught instanceof MicrocredError).toBe(false);
    expect(isMicrocredError(caught, 'ERR_VALIDATION')).toBe(true);
  });
});
