import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared folder: `../shared` relative to the repository root. */
const SHARED_ROOT = fileURLToPath(new URL('../../../shared/', import.meta.url));

/**
 * The absolute path of a file or folder in the shared folder. Throws (never skips) when the shared folder or
 * the requested entry is missing, so a test that needs shared data fails loudly.
 *
 * @param segments - path segments below the shared folder, e.g. `('standards', 'elm', 'vocab', 'eqf.json')`
 * @returns the absolute path
 */
export function sharedPath(...segments: string[]): string {
  if (!existsSync(SHARED_ROOT)) {
    throw new Error(
      `The shared folder is missing: expected it at ${SHARED_ROOT} (../shared relative to the repository root). ` +
        'Tests that read shared standards or vectors cannot run without it.',
    );
  }
  const path = join(SHARED_ROOT, ...segments);
  if (!existsSync(path)) throw new Error(`Missing shared file: ${path}`);
  return path;
}
