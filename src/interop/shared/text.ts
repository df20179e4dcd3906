import { isLanguageTag } from '../../vocab/index.js';
import { isObject } from './json.js';

/** Multilingual text as the model holds it: a string, or a map from language tag to text. */
export type Text = string | Readonly<Record<string, string>>;

/** The first text of a value and its language: `'x'` → `{ text: 'x' }`; `{ nl: 'y' }` → `{ text: 'y', language: 'nl' }`. */
export function firstText(value: Text): { readonly text: string; readonly language?: string } {
  if (typeof value === 'string') return { text: value };
  const [language, text] = Object.entries(value)[0] ?? ['', ''];
  return { text, language };
}

/** A language map for formats that require one (ELM): a plain string is written in `language`. */
export function toLanguageMap(value: Text, language: string): Record<string, string> {
  return typeof value === 'string' ? { [language]: value } : { ...value };
}

/**
 * The model's text from a JSON-LD language map or string: a string stays a string; a map whose keys are
 * all language tags the model accepts stays a map. Anything else is undefined (the caller keeps it).
 */
export function fromLanguageMap(value: unknown): Text | undefined {
  if (typeof value === 'string') return /\S/.test(value) ? value : undefined;
  if (!isObject(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length === 0) return undefined;
  const ok = entries.every(([k, v]) => isLanguageTag(k) && typeof v === 'string' && /\S/.test(v));
  return ok ? (Object.fromEntries(entries) as Record<string, string>) : undefined;
}

/** A plain string from a language map with exactly one entry (ELM person names), or the string itself. */
export function singleText(value: unknown): string | undefined {
  if (typeof value === 'string') return /\S/.test(value) ? value : undefined;
  if (!isObject(value)) return undefined;
  const values = Object.values(value);
  return values.length === 1 && typeof values[0] === 'string' && /\S/.test(values[0]) ? values[0] : undefined;
}
