import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface GeneratorModule {
  generateLabels(): Record<string, string>;
  translateIsced(label: string, t: unknown): string;
}

const generator: GeneratorModule = await import(new URL('../../scripts/generate-labels.mjs', import.meta.url).href);
const files = generator.generateLabels();

describe('scripts/generate-labels.mjs', () => {
  it('generates the German and French label data', () => {
    expect(Object.keys(files).sort()).toEqual(['src/vocab/data/labels-de.ts', 'src/vocab/data/labels-fr.ts']);
  });

  it.each(Object.keys(files))('%s matches the committed file byte for byte (run `npm run vocab`)', (path) => {
    const committed = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    expect(committed).toBe(files[path]);
  });

  it('is deterministic', () => {
    expect(generator.generateLabels()).toEqual(files);
  });

  it('derives residual ISCED-F names by pattern and fails loudly on a name it cannot translate', () => {
    const t = {
      patterns: {
        notFurtherDefined: '{name} (nfd)',
        notElsewhereClassified: '{name} (nec)',
        interdisciplinary: 'ID {field}',
      },
      involving: { education: 'EDU' },
      names: { Education: 'Bildung' },
    };
    expect(generator.translateIsced('Education not further defined', t)).toBe('Bildung (nfd)');
    expect(generator.translateIsced('Education not elsewhere classified', t)).toBe('Bildung (nec)');
    expect(generator.translateIsced('Inter-disciplinary programmes and qualifications involving education', t)).toBe(
      'ID EDU',
    );
    expect(() => generator.translateIsced('Astrology', t)).toThrow(/no translation/);
    expect(() =>
      generator.translateIsced('Inter-disciplinary programmes and qualifications involving magic', t),
    ).toThrow(/no translation/);
  });
});
