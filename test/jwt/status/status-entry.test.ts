import { describe, expect, it } from 'vitest';
import { parseStatusEntry } from '../../../src/jwt/status/status-entry.js';

const base = {
  type: 'BitstringStatusListEntry',
  statusPurpose: 'revocation',
  statusListIndex: '94567',
  statusListCredential: 'https://uni.example/status/r1',
};

describe('parseStatusEntry', () => {
  it('reads the index as a bigint and normalises leading zeros', () => {
    const r = parseStatusEntry({ ...base, statusListIndex: '000042' });
    expect(r).toMatchObject({ ok: true, entry: { index: 42n, indexText: '42', statusSize: 1 } });
  });

  it('reads multi-bit entries with their messages', () => {
    const statusMessage = [
      { status: '0x0', message: 'valid' },
      { status: '0x1', message: 'pending' },
      { status: '0x2', message: 'held' },
      { status: '0x3', message: 'other' },
    ];
    const r = parseStatusEntry({ ...base, statusPurpose: 'message', statusSize: 2, statusMessage });
    expect(r.ok && r.entry.messages?.get(2)).toBe('held');
  });

  it('refuses every malformed index, size, message list or id', () => {
    const bad = [
      null,
      [],
      { ...base, statusListIndex: 94567 },
      { ...base, statusListIndex: '-1' },
      { ...base, statusListIndex: ' 1' },
      { ...base, statusListIndex: '1e3' },
      { ...base, statusListIndex: '0x10' },
      { ...base, statusListIndex: '' },
      { ...base, statusListIndex: '123456789012345678901' },
      { ...base, statusPurpose: '' },
      { ...base, statusListCredential: 5 },
      { ...base, id: base.statusListCredential },
      { ...base, statusSize: 0 },
      { ...base, statusSize: 9 },
      { ...base, statusSize: 1.5 },
      { ...base, statusSize: 2 },
      { ...base, statusSize: 1, statusMessage: 'x', statusPurpose: 'message', extra: 1, statusListIndex: 'x' },
      { ...base, statusSize: 2, statusMessage: [{ status: '0x0', message: 'a' }] },
      { ...base, statusSize: 1 + 1, statusMessage: Array.from({ length: 4 }, () => ({ status: '0x0', message: 'a' })) },
      {
        ...base,
        statusSize: 2,
        statusMessage: Array.from({ length: 4 }, (_, i) => ({ status: `0x${i + 4}`, message: 'a' })),
      },
      {
        ...base,
        statusSize: 2,
        statusMessage: Array.from({ length: 4 }, (_, i) => ({ status: `${i}`, message: 'a' })),
      },
      { ...base, statusSize: 2, statusMessage: Array.from({ length: 4 }, (_, i) => ({ status: `0x${i}` })) },
    ];
    for (const entry of bad) expect(parseStatusEntry(entry).ok, JSON.stringify(entry)).toBe(false);
  });
});
