import { constants } from 'node:fs';
import { open, unlink } from 'node:fs/promises';
import { CliError } from '../cli-error.js';

const LOCK_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/**
 * Runs `change` while holding `<path>.lock`, created exclusively, so that two commands changing the same
 * file at once cannot both read it and one silently drop the other's change. The lock holds the process id
 * and is removed afterwards, whatever the outcome.
 *
 * @throws CliError when the lock is held (naming the lock file to remove if no other command runs)
 */
export async function withFileLock<T>(path: string, change: () => Promise<T>): Promise<T> {
  const lock = `${path}.lock`;
  try {
    const handle = await open(lock, LOCK_FLAGS, 0o600);
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? String(cause);
    if (code === 'EEXIST') {
      throw new CliError(
        `${path} is being changed by another command (${lock} exists); try again, or remove ${lock} if no other microcred command is running`,
      );
    }
    throw new CliError(`cannot lock ${path}: ${code}`);
  }
  try {
    return await change();
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}
