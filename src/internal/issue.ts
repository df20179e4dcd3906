import type { ValidationIssue, ValidationIssueCode } from '../errors.js';
import { enIssueMessages } from '../locales/en/issues.js';
import { formatMessage } from './format-message.js';

/** Builds a validation issue with its English message. */
export function issue(
  code: ValidationIssueCode,
  path: readonly (string | number)[],
  params: Readonly<Record<string, unknown>>,
): ValidationIssue {
  return { code, path, message: formatMessage(enIssueMessages[code], params), params };
}

/**
 * Tells whether a value is a validation issue code. The English templates have exactly one entry per code (their
 * type says so, and a locale test checks it), and they are loaded anyway to write the messages, so they serve as
 * the list.
 */
export function isIssueCode(value: unknown): value is ValidationIssueCode {
  return typeof value === 'string' && Object.hasOwn(enIssueMessages, value);
}
