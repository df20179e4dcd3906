/** The JSON type name of a value, as used in messages: `null`, `array`, or its `typeof`. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
