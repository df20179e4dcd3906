import type { JWK as JoseJwk } from 'jose';
import { describe, expectTypeOf, it } from 'vitest';
import type { CredentialStatus, MicroCredential } from '../../../src/index.js';
import {
  allocateStatusEntry,
  type BitstringStatusListEntry,
  createStatusList,
  type IssuerKey,
  type JWK,
  loadStatusList,
  type SavedStatusList,
  type StatusList,
  saveStatusList,
  setStatus,
  signCredential,
} from '../../../src/jwt/index.js';

describe('status list types carry the purpose from the list to the entry', () => {
  it('a revocation list hands out revocation entries, and keeps its purpose through updates', () => {
    let list = createStatusList({ purpose: 'revocation', url: 'https://uni.example/status/r1' });
    expectTypeOf(list).toEqualTypeOf<StatusList<'revocation'>>();
    const allocated = allocateStatusEntry(list);
    list = allocated.list;
    expectTypeOf(allocated.entry.statusPurpose).toEqualTypeOf<'revocation'>();
    list = setStatus(list, allocated.entry.statusListIndex, true);
    expectTypeOf(list.purpose).toEqualTypeOf<'revocation'>();
  });

  it('a revocation or suspension entry goes into a MicroCredential as it is (the README flow)', () => {
    const mc = {} as MicroCredential;
    const { entry } = allocateStatusEntry(createStatusList({ purpose: 'suspension', url: 'https://u.example/s' }));
    const withStatus = { ...mc, credentialStatus: [entry] };
    expectTypeOf(withStatus).toExtend<MicroCredential>();
    expectTypeOf(signCredential).toBeCallableWith(withStatus, {} as IssuerKey, { kid: 'k' });
    expectTypeOf<BitstringStatusListEntry<'revocation'>>().toExtend<CredentialStatus>();
  });

  it('a message entry does not, as the model refuses it at run time', () => {
    expectTypeOf<BitstringStatusListEntry<'message'>>().not.toExtend<CredentialStatus>();
    expectTypeOf<BitstringStatusListEntry>().not.toExtend<CredentialStatus>();
  });

  it('the purpose of an unknown list stays the union of the three', () => {
    expectTypeOf<StatusList['purpose']>().toEqualTypeOf<'revocation' | 'suspension' | 'message'>();
    expectTypeOf<BitstringStatusListEntry['statusPurpose']>().toEqualTypeOf<'revocation' | 'suspension' | 'message'>();
  });
});

describe('JWK is declared by microcred and interchangeable with jose keys', () => {
  it('jose keys are accepted and microcred keys can be handed to jose', () => {
    expectTypeOf<JoseJwk>().toExtend<JWK>();
    expectTypeOf<JWK>().toExtend<JoseJwk>();
    expectTypeOf<IssuerKey['publicJwk']>().toEqualTypeOf<JWK>();
  });
});

describe('a saved list keeps its purpose', () => {
  it('saving and loading a revocation list gives a revocation list back', async () => {
    let list = createStatusList({ purpose: 'revocation', url: 'https://uni.example/status/r1' });
    const saved = await saveStatusList(list);
    expectTypeOf(saved.purpose).toEqualTypeOf<'revocation'>();
    list = await loadStatusList(saved);
    // Read from storage without a type: the list comes back as a list of any purpose, assignable to any.
    const stored: unknown = JSON.parse('{}');
    expectTypeOf(await loadStatusList(stored as SavedStatusList)).toEqualTypeOf<StatusList>();
    expectTypeOf(list).toEqualTypeOf<StatusList<'revocation'>>();
  });
});
