import { describe, expect, it } from 'vitest';
import { allocateStatusEntry } from '../../../src/jwt/status/allocate-status-entry.js';
import { setStatus } from '../../../src/jwt/status/set-status.js';
import {
  createStatusList,
  MIN_STATUS_LIST_ENTRIES,
  readEntry,
  type StatusList,
  type StatusMessage,
  writeEntry,
} from '../../../src/jwt/status/status-list.js';

const URL_R = 'https://uni.example/status/r1';
const messages = (size: number): StatusMessage[] =>
  Array.from({ length: 2 ** size }, (_, i) => ({ status: `0x${i.toString(16)}`, message: `value ${i}` }));
const invalid = expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' });

describe('createStatusList', () => {
  it('creates an all-zero list of the minimum size by default', () => {
    const list = createStatusList({ purpose: 'revocation', url: URL_R });
    expect(list).toMatchObject({
      purpose: 'revocation',
      url: URL_R,
      statusSize: 1,
      length: MIN_STATUS_LIST_ENTRIES,
      allocatedCount: 0,
    });
    expect(list.bits.length).toBe(16 * 1024);
    expect(list.bits.every((b) => b === 0)).toBe(true);
  });

  it('sizes multi-bit lists and keeps their messages', () => {
    const list = createStatusList({ purpose: 'message', url: URL_R, statusSize: 2, statusMessages: messages(2) });
    expect(list.bits.length).toBe(32 * 1024);
    expect(list.statusMessages).toHaveLength(4);
  });

  it('refuses short lists, bad sizes, missing messages and URLs verifiers would not fetch', () => {
    const bad = [
      { purpose: 'revocation', url: URL_R, length: MIN_STATUS_LIST_ENTRIES - 1 },
      { purpose: 'revocation', url: URL_R, length: 1.5e5 + 0.5 },
      { purpose: 'revocation', url: URL_R, statusSize: 0 },
      { purpose: 'revocation', url: URL_R, statusSize: 9 },
      { purpose: 'message', url: URL_R, statusSize: 2 },
      { purpose: 'message', url: URL_R, statusSize: 2, statusMessages: messages(1) },
      {
        purpose: 'message',
        url: URL_R,
        statusSize: 1,
        statusMessages: [
          { status: '0x0', message: 'a' },
          { status: '0x0', message: 'b' },
        ],
      },
      {
        purpose: 'message',
        url: URL_R,
        statusSize: 1,
        statusMessages: [
          { status: '0x0', message: 'a' },
          { status: '0x2', message: 'b' },
        ],
      },
      {
        purpose: 'message',
        url: URL_R,
        statusSize: 1,
        statusMessages: [
          { status: '1', message: 'a' },
          { status: '0x0', message: 'b' },
        ],
      },
      { purpose: 'refresh', url: URL_R },
      { purpose: 'revocation', url: 'http://uni.example/status' },
      { purpose: 'revocation', url: 'https://10.0.0.1/status' },
    ];
    for (const options of bad)
      expect(() => createStatusList(options as never), JSON.stringify(options)).toThrow(invalid);
    expect(() => createStatusList(null as never)).toThrow(invalid);
  });
});

describe('readEntry / writeEntry', () => {
  it('puts entry 0 in the high bit of byte 0 and multi-bit values high bit first', () => {
    const bits = new Uint8Array(4);
    writeEntry(bits, 0, 1, 1);
    expect(bits[0]).toBe(0b1000_0000);
    writeEntry(bits, 3, 3, 0b101);
    // entry 3 of size 3 covers bits 9, 10, 11
    expect(bits[1]).toBe(0b0101_0000);
    expect(readEntry(bits, 3, 3)).toBe(0b101);
    writeEntry(bits, 3, 3, 0);
    expect(readEntry(bits, 3, 3)).toBe(0);
  });
});

describe('allocateStatusEntry', () => {
  it('hands out distinct random indexes and entries pointing at the list', () => {
    let list: StatusList = createStatusList({ purpose: 'suspension', url: URL_R });
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i += 1) {
      const next = allocateStatusEntry(list);
      expect(next.entry).toMatchObject({
        type: 'BitstringStatusListEntry',
        statusPurpose: 'suspension',
        statusListCredential: URL_R,
      });
      seen.add(next.entry.statusListIndex);
      list = next.list;
    }
    expect(seen.size).toBe(2000);
    expect(list.allocatedCount).toBe(2000);
    const indexes = [...seen].map(Number);
    // Not sequential: a uniform draw over 131,072 entries lands in every eighth of the range.
    const eighths = new Set(indexes.map((i) => Math.floor((i * 8) / MIN_STATUS_LIST_ENTRIES)));
    expect(eighths.size).toBe(8);
  });

  it('still finds the last free index uniformly, then reports a full list', () => {
    const base = createStatusList({ purpose: 'revocation', url: URL_R });
    const allocated = new Uint8Array(base.allocated.length).fill(0xff);
    allocated[1000] = 0b1111_1011; // index 8005 free
    let list: StatusList = { ...base, allocated, allocatedCount: base.length - 1 };
    const last = allocateStatusEntry(list);
    expect(last.entry.statusListIndex).toBe('8005');
    list = last.list;
    expect(() => allocateStatusEntry(list)).toThrow(expect.objectContaining({ code: 'ERR_STATUS_LIST_FULL' }));
  });

  it('copies multi-bit settings into the entry', () => {
    const list = createStatusList({ purpose: 'message', url: URL_R, statusSize: 2, statusMessages: messages(2) });
    expect(allocateStatusEntry(list).entry).toMatchObject({ statusSize: 2, statusMessage: messages(2) });
  });
});

describe('setStatus', () => {
  it('revokes for good, suspends and lifts a suspension, without touching the old list', () => {
    const allocated = allocateStatusEntry(createStatusList({ purpose: 'revocation', url: URL_R }));
    const index = allocated.entry.statusListIndex;
    const revoked = setStatus(allocated.list, index, true);
    expect(readEntry(revoked.bits, Number(index), 1)).toBe(1);
    expect(readEntry(allocated.list.bits, Number(index), 1)).toBe(0);
    expect(setStatus(revoked, index, true)).toBe(revoked);
    expect(() => setStatus(revoked, index, false)).toThrow(invalid);

    const s = allocateStatusEntry(createStatusList({ purpose: 'suspension', url: URL_R }));
    const i = Number(s.entry.statusListIndex);
    const suspended = setStatus(s.list, i, true);
    expect(readEntry(setStatus(suspended, i, false).bits, i, 1)).toBe(0);
  });

  it('sets multi-bit values and refuses bad indexes and values', () => {
    const { list, entry } = allocateStatusEntry(
      createStatusList({ purpose: 'message', url: URL_R, statusSize: 2, statusMessages: messages(2) }),
    );
    const i = Number(entry.statusListIndex);
    expect(readEntry(setStatus(list, i, 3).bits, i, 2)).toBe(3);
    for (const [index, value] of [
      [i, 4],
      [i, -1],
      [i, 1.5],
      [i, 'x'],
      [-1, 1],
      [list.length, 1],
      ['0x10', 1],
      [(i + 1) % list.length, 1],
    ] as const) {
      expect(() => setStatus(list, index as never, value as never), `${index}/${value}`).toThrow(invalid);
    }
  });
});
