import { describe, expect, it } from 'vitest';
import { allocateStatusEntry } from '../../../src/jwt/status/allocate-status-entry.js';
import { loadStatusList, saveStatusList } from '../../../src/jwt/status/save-status-list.js';
import { setStatus } from '../../../src/jwt/status/set-status.js';
import { createStatusList } from '../../../src/jwt/status/status-list.js';

describe('saveStatusList / loadStatusList', () => {
  it('round trips bits, allocation and messages through JSON', async () => {
    let list = createStatusList({ purpose: 'revocation', url: 'https://uni.example/status/r1' });
    const a = allocateStatusEntry(list);
    list = setStatus(a.list, a.entry.statusListIndex, true);
    list = allocateStatusEntry(list).list;
    const restored = await loadStatusList(JSON.parse(JSON.stringify(await saveStatusList(list))));
    expect(restored).toEqual(list);
    const m = createStatusList({
      purpose: 'message',
      url: 'https://uni.example/status/m1',
      statusSize: 1,
      statusMessages: [
        { status: '0x0', message: 'ok' },
        { status: '0x1', message: 'check' },
      ],
    });
    expect(await loadStatusList(await saveStatusList(m))).toEqual(m);
  });

  it('refuses inconsistent or unreadable saved lists', async () => {
    const saved = await saveStatusList(
      allocateStatusEntry(createStatusList({ purpose: 'revocation', url: 'https://uni.example/s' })).list,
    );
    for (const bad of [
      { ...saved, allocatedCount: 5 },
      { ...saved, encodedList: 'uAAAA' },
      { ...saved, length: saved.length + 8 },
    ]) {
      await expect(loadStatusList(bad)).rejects.toMatchObject({ code: 'ERR_OPTIONS_INVALID' });
    }
    await expect(loadStatusList(null as never)).rejects.toMatchObject({ code: 'ERR_OPTIONS_INVALID' });
  });
});
