import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from './in-process.js';

/** A status list file holds revocations and allocations: nothing may lose them. */
const fresh = () => mkdtempSync(join(tmpdir(), 'microcred-cli-status-'));
const URL = 'https://uni.example/status/1';

describe('microcred status keeps its list file safe', () => {
  it('create refuses an existing list (exit 2, naming the file and --force) and leaves it unchanged', async () => {
    const dir = fresh();
    const list = join(dir, 'list.json');
    expect((await runMain(['status', 'create', list, '--url', URL])).code).toBe(0);
    expect((await runMain(['status', 'allocate', list])).code).toBe(0);
    const before = readFileSync(list, 'utf8');
    const again = await runMain(['status', 'create', list, '--url', URL]);
    expect(again.code).toBe(2);
    expect(again.err).toContain(`${list} already exists`);
    expect(again.err).toMatch(/revocation and allocation .*--force/);
    expect(readFileSync(list, 'utf8')).toBe(before);
    expect((JSON.parse(before) as { allocatedCount: number }).allocatedCount).toBe(1);
  });

  it('create --force replaces the list with a new, empty one', async () => {
    const dir = fresh();
    const list = join(dir, 'list.json');
    await runMain(['status', 'create', list, '--url', URL]);
    await runMain(['status', 'allocate', list]);
    const forced = await runMain(['status', 'create', list, '--url', URL, '--force']);
    expect(forced.code, forced.err).toBe(0);
    expect((JSON.parse(readFileSync(list, 'utf8')) as { allocatedCount: number }).allocatedCount).toBe(0);
    expect((await runMain(['status', 'allocate', list, '--force'])).err).toMatch(
      /--force applies to "status create" only/,
    );
  });

  it('every change replaces the file by rename (a new inode, the same mode) and leaves no temporary or lock file', async () => {
    const dir = fresh();
    const list = join(dir, 'list.json');
    await runMain(['status', 'create', list, '--url', URL]);
    chmodSync(list, 0o640);
    const created = statSync(list);
    const entry = JSON.parse((await runMain(['status', 'allocate', list])).out) as { statusListIndex: string };
    const allocated = statSync(list);
    // The new file is written while the old one still exists, so it cannot have the old one's inode.
    expect(allocated.ino).not.toBe(created.ino);
    const revoked = await runMain(['status', 'revoke', list, '--index', entry.statusListIndex]);
    expect(revoked.code, revoked.err).toBe(0);
    expect(statSync(list).ino).not.toBe(allocated.ino);
    expect(statSync(list).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['list.json']);
  });

  it('a change while another holds the lock is refused, naming the lock file, and the list is unchanged', async () => {
    const dir = fresh();
    const list = join(dir, 'list.json');
    await runMain(['status', 'create', list, '--url', URL]);
    const before = readFileSync(list, 'utf8');
    writeFileSync(`${list}.lock`, '12345\n');
    const r = await runMain(['status', 'allocate', list]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${list}.lock exists`);
    expect(readFileSync(list, 'utf8')).toBe(before);
  });

  it('an unknown or missing subcommand is named, with the valid ones', async () => {
    const unknown = await runMain(['status', 'frobnicate', 'x.json']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(
      /unknown subcommand "frobnicate"; one of: create, allocate, revoke, suspend, reinstate, publish/,
    );
    expect(unknown.err).not.toMatch(/--action/);
    expect((await runMain(['status'])).err).toMatch(/missing subcommand; one of: create/);
    expect((await runMain(['status', 'allocate', '-'])).err).toMatch(/give its path, not -/);
  });
});
