import type { ValidationIssueCode } from '../../errors.js';

/**
 * German message templates for validation issues. `{name}` is replaced by the issue's `params.name`.
 *
 * @example
 * ```ts
 * import { deIssueMessages } from 'microcred/locales';
 * deIssueMessages.too_small; // 'Zu klein: mindestens {minimum} erwartet'
 * ```
 * @category Locales
 */
export const deIssueMessages: Readonly<Record<ValidationIssueCode, string>> = {
  required: 'Pflichtangabe',
  invalid_type: '{expected} erwartet, {received} erhalten',
  invalid_value: 'Ungültiger Wert: einer von {values} erwartet',
  invalid_format: 'Ungültiges Format ({format})',
  invalid_union: 'Entspricht keiner der erlaubten Formen',
  unknown_key: 'Unbekannter Schlüssel „{key}“',
  forbidden_key: 'Verbotener Schlüssel „{key}“ (er könnte einen Objekt-Prototyp erreichen)',
  duplicate_key: 'Doppelter Schlüssel „{key}“',
  too_small: 'Zu klein: mindestens {minimum} erwartet',
  too_big: 'Zu groß: höchstens {maximum} erwartet',
  not_json: 'Kein JSON-Wert ({received})',
  not_finite: 'Zahl ist nicht endlich ({value})',
  circular: 'Zirkulärer Verweis',
  lone_surrogate: 'Zeichenkette enthält ein einzelnes UTF-16-Surrogat',
  invalid_json: 'Ungültiges JSON: {reason}',
  too_deep: 'Tiefer als {maximum} Ebenen verschachtelt',
  too_many_keys: 'Objekt hat {actual} Schlüssel; höchstens {maximum} erlaubt',
  too_many_items: 'Array hat {actual} Einträge; höchstens {maximum} erlaubt',
  string_too_long: 'Zeichenkette hat {actual} Zeichen; höchstens {maximum} erlaubt',
  too_many_nodes: 'Eingabe hat mehr als {maximum} Werte',
  input_too_large: 'Eingabe ist größer als {maximum} Bytes',
  at_least_one: 'Mindestens eines von {fields} ist erforderlich',
  offset_out_of_range: 'Die Zeitzonenverschiebung muss zwischen -14:00 und +14:00 liegen',
  precision_too_high: 'Zu viele Nachkommastellen: höchstens {maximum}',
  invalid_combination: 'Ungültige Kombination: {reason}',
};
