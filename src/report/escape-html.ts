/**
 * Escaping for HTML text and attribute values.
 *
 * @module
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes a string for HTML text or a quoted attribute value: `&`, `<`, `>`, `"` and `'` become entities, so the
 * result can never open a tag, close an attribute or start an entity of its own. Other characters (including
 * non-Latin scripts) are kept as they are; the page is UTF-8.
 *
 * @param value - any string, possibly hostile
 * @returns the escaped string
 * @throws Never for a string argument.
 * @example
 * ```ts
 * import { escapeHtml } from 'microcred';
 * escapeHtml('<img src=x onerror="alert(1)">'); // '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
 * ```
 * @category Reports
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
