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
