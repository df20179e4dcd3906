import { de, en, fr, type LocaleCatalogue } from 'microcred/locales';
import { oneOf } from './args.js';

const LOCALES: Readonly<Record<string, LocaleCatalogue>> = { en, de, fr };

/** The catalogue for `--locale` (en, de, fr; English by default). */
export function localeOption(value: string | undefined): LocaleCatalogue {
  return LOCALES[oneOf('locale', value, Object.keys(LOCALES)) ?? 'en'] as LocaleCatalogue;
}
