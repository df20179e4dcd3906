import { describe, expect, it } from 'vitest';
import { safeParseMicroCredential } from '../../../src/index.js';
import { allocateStatusEntry, createStatusList } from '../../../src/jwt/index.js';
import { completeExample } from '../../support/examples.js';

/** What the entry types promise (status-types.test-d.ts), checked against what the model accepts at run time. */
const MESSAGES = [
  { status: '0x0', message: 'valid' },
  { status: '0x1', message: 'on hold' },
];

describe('an allocated entry in a MicroCredential', () => {
  it.each(['revocation', 'suspension'] as const)('a %s entry is accepted as credentialStatus', (purpose) => {
    const { entry } = allocateStatusEntry(createStatusList({ purpose, url: 'https://uni.example/status/1' }));
    const parsed = safeParseMicroCredential({ ...completeExample(), credentialStatus: [entry] });
    expect(parsed.success).toBe(true);
  });

  it('a message entry is refused, as its type says', () => {
    const list = createStatusList({
      purpose: 'message',
      url: 'https://uni.example/status/m',
      statusSize: 1,
      statusMessages: MESSAGES,
    });
    const { entry } = allocateStatusEntry(list);
    const parsed = safeParseMicroCredential({ ...completeExample(), credentialStatus: [entry] });
    expect(parsed.success).toBe(false);
  });
});
