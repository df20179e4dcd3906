import { describe, expect, it } from 'vitest';
import { deStackingMessages } from '../../src/locales/de/stacking.js';
import { en } from '../../src/locales/en/index.js';
import { enStackingMessages } from '../../src/locales/en/stacking.js';
import { frStackingMessages } from '../../src/locales/fr/stacking.js';
import type { StackingMessages } from '../../src/locales/stacking-messages.js';
import { STACKING_INPUT_ERROR_CODES, STACKING_REASON_CODES, STACKING_WARNING_CODES } from '../../src/stacking/codes.js';

const placeholders = (text: string) => [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();

function flatten(m: StackingMessages): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (prefix: string, value: unknown) => {
    if (typeof value === 'string') out.set(prefix, value);
    else for (const [k, v] of Object.entries(value as object)) walk(prefix === '' ? k : `${prefix}.${k}`, v);
  };
  walk('', m);
  return out;
}

describe('the stacking texts of every locale', () => {
  it('the English catalogue carries the stacking section', () => {
    expect(en.stacking).toBe(enStackingMessages);
  });

  it.each([
    ['en', enStackingMessages],
    ['de', deStackingMessages],
    ['fr', frStackingMessages],
  ] as const)('%s has a template for every code', (_, m) => {
    expect(Object.keys(m.reasons).sort()).toEqual([...STACKING_REASON_CODES].sort());
    expect(Object.keys(m.warnings).sort()).toEqual([...STACKING_WARNING_CODES].sort());
    expect(Object.keys(m.inputErrors).sort()).toEqual([...STACKING_INPUT_ERROR_CODES].sort());
  });

  it.each([
    ['de', deStackingMessages],
    ['fr', frStackingMessages],
  ] as const)('%s has every English key, with the same placeholders and no leftover English', (_, m) => {
    const english = flatten(enStackingMessages);
    const other = flatten(m);
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      expect(placeholders(other.get(key) ?? ''), key).toEqual(placeholders(text));
      if (text.length > 12 && !/^[{}A-Z.—\s-]+$/.test(text)) expect(other.get(key), key).not.toBe(text);
    }
  });

  it('no status says that anything is awarded, granted or an entitlement', () => {
    for (const m of [enStackingMessages, deStackingMessages, frStackingMessages]) {
      for (const label of Object.values(m.status))
        expect(label).not.toMatch(/award|grant|entitle|verliehen|anspruch|délivr|droit/i);
    }
  });
});
