import type { ValidationIssueCode } from '../../errors.js';

/**
 * English message templates for validation issues. `{name}` is replaced by the issue's `params.name`.
 *
 * @example
 * ```ts
 * import { enIssueMessages } from 'microcred/locales';
 * enIssueMessages.too_small; // 'Too small: expected at least {minimum}'
 * ```
 * @category Locales
 */
export const enIssueMessages: Readonly<Record<ValidationIssueCode, string>> = {
  required: 'Required',
  invalid_type: 'Expected {expected}, received {received}',
  invalid_value: 'Invalid value: expected one of {values}',
  invalid_format: 'Invalid {format}',
  invalid_union: 'Matches none of the allowed shapes',
  unknown_key: 'Unknown key "{key}"',
  forbidden_key: 'Forbidden key "{key}" (it could reach an object prototype)',
  duplicate_key: 'Duplicate key "{key}"',
  too_small: 'Too small: expected at least {minimum}',
  too_big: 'Too big: expected at most {maximum}',
  not_json: 'Not a JSON value ({received})',
  not_finite: 'Number is not finite ({value})',
  circular: 'Circular reference',
  lone_surrogate: 'String contains a lone UTF-16 surrogate',
  invalid_json: 'Invalid JSON: {reason}',
  too_deep: 'Nested deeper than {maximum} levels',
  too_many_keys: 'Object has {actual} keys; at most {maximum} allowed',
  too_many_items: 'Array has {actual} items; at most {maximum} allowed',
  string_too_long: 'String has {actual} characters; at most {maximum} allowed',
  too_many_nodes: 'Input has more than {maximum} values',
  input_too_large: 'Input is larger than {maximum} bytes',
  at_least_one: 'At least one of {fields} is required',
  offset_out_of_range: 'Time zone offset must be within -14:00 and +14:00',
  precision_too_high: 'Too many fractional digits: at most {maximum}',
  invalid_combination: 'Invalid combination: {reason}',
};
