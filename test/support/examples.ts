import { readFileSync } from 'node:fs';

/** Reads a JSON file from examples/data/ as a fresh object (tests may mutate it). */
export function exampleData(name: string): Record<string, unknown> {
  const url = new URL(`../../examples/data/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

/** The complete example credential with every mandatory and optional element. */
export const completeExample = (): Record<string, unknown> => exampleData('micro-credential.json');
