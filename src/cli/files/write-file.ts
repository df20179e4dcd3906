import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { type FileHandle, link, lstat, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError } from '../cli-error.js';

/** How a file is written. */
export interface WriteOptions {
  /** A secret (a private key): the file is created with mode 600 and never takes another file's mode. */
  readonly secret?: boolean;
  /**
   * Whether an existing file may be replaced. Without it, the write fails if anything exists at the path,
   * a symbolic link included, and the error says to give `--force`.
   */
  readonly replace?: boolean;
}

const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

function reason(cause: unknown): string {
  return (cause as NodeJS.ErrnoException).code ?? String(cause);
}

/** What is at the path now: nothing, a regular file (with its permission bits), or something else. */
async function existing(path: string): Promise<{ mode: number } | 'other' | undefined> {
  try {
    const info = await lstat(path);
    return info.isFile() ? { mode: info.mode & 0o777 } : 'other';
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError(`cannot write ${path}: ${reason(cause)}`);
  }
}

/** The message for a path that is taken and may not be replaced. */
export function existsMessage(path: string): string {
  return `${path} already exists; give --force to replace it`;
}

/**
 * Writes a file so that a reader or a crash never sees half of it and nothing is lost by accident. The text
 * (ending with a newline) or the bytes (unchanged) go to a new temporary file in the same folder (created exclusively, never through a symbolic link), is
 * flushed to disk, and then takes the path in one step: `rename` when replacing, or a hard link that fails if
 * the path exists when not. A replaced regular file keeps its permission bits (a secret always gets 600); a
 * path that is a folder, a symbolic link, a FIFO or a device is refused.
 *
 * @throws CliError naming the path: it exists (without `replace`), it is not a regular file, or the write failed
 */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  const before = await existing(path);
  if (before === 'other')
    throw new CliError(`${path} is not a regular file (a folder, a link or a device); not written`);
  if (before !== undefined && options.replace !== true) throw new CliError(existsMessage(path));
  const mode = options.secret === true ? 0o600 : (before?.mode ?? 0o644);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, CREATE_FLAGS, mode);
    // The umask may only remove bits; a secret or a replaced file gets exactly its mode.
    if (options.secret === true || before !== undefined) await handle.chmod(mode);
    if (typeof content === 'string') await handle.writeFile(content.endsWith('\n') ? content : `${content}\n`, 'utf8');
    else await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (options.replace === true) await rename(temp, path);
    else await linkExclusive(temp, path);
    await syncFolder(dirname(path));
  } catch (cause) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    if (cause instanceof CliError) throw cause;
    if ((cause as NodeJS.ErrnoException).code === 'EEXIST') throw new CliError(existsMessage(path));
    throw new CliError(`cannot write ${path}: ${reason(cause)}`);
  }
}

/**
 * Gives the finished temporary file the path only if the path is free (`link` fails with EEXIST otherwise,
 * without following a symbolic link there), then drops the temporary name. A file system without hard links
 * falls back to a check and a rename.
 */
async function linkExclusive(temp: string, path: string): Promise<void> {
  try {
    await link(temp, path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw cause;
    if ((await existing(path)) !== undefined) throw new CliError(existsMessage(path));
    await rename(temp, path);
    return;
  }
  await unlink(temp);
}

/** Flushes the folder entry of a renamed file, where the platform allows it (not on Windows). */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, constants.O_RDONLY).catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}
