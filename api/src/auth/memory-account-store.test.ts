import { describe, expect, it } from 'vitest';
import type { SessionRecord, TokenRecord, UserRecord } from '../../../types/accounts';
import { MemoryAccountStore } from './memory-account-store';

const at = '2026-12-01T08:00:00.000Z';
const user: UserRecord = { name: 'ana', role: 'editor', passwordHash: '$scrypt$…', createdAt: at };
const token: TokenRecord = { name: 'ci', role: 'editor', tokenHash: 'a'.repeat(64), createdAt: at, revokedAt: null };
const session: SessionRecord = { idHash: 'b'.repeat(64), userName: 'ana', role: 'editor', csrfToken: 'c', createdAt: at, expiresAt: at };

describe('MemoryAccountStore (the AccountStore rules)', () => {
  it('keeps users by unique name', async () => {
    const store = new MemoryAccountStore();
    await store.addUser(user);
    expect(await store.findUser('ana')).toEqual(user);
    expect(await store.findUser('bo')).toBeNull();
    await expect(store.addUser({ ...user, role: 'admin' })).rejects.toThrow(/exists/);
  });

  it('keeps tokens by hash; a name is taken only while its token lives', async () => {
    const store = new MemoryAccountStore();
    await store.addToken(token);
    expect(await store.findTokenByHash(token.tokenHash)).toEqual(token);
    await expect(store.addToken({ ...token, tokenHash: 'd'.repeat(64) })).rejects.toThrow(/exists/);
    expect(await store.revokeToken('ci', at)).toBe(true);
    expect(await store.revokeToken('ci', at)).toBe(false);
    expect(await store.revokeToken('nobody', at)).toBe(false);
    expect((await store.findTokenByHash(token.tokenHash))?.revokedAt).toBe(at);
    await store.addToken({ ...token, tokenHash: 'd'.repeat(64) });
    expect((await store.findTokenByHash('d'.repeat(64)))?.revokedAt).toBeNull();
  });

  it('keeps sessions by id hash until deleted', async () => {
    const store = new MemoryAccountStore();
    await store.addSession(session);
    expect(await store.findSession(session.idHash)).toEqual(session);
    await store.deleteSession(session.idHash);
    expect(await store.findSession(session.idHash)).toBeNull();
  });

  it('hands out copies, so a caller cannot change what is stored', async () => {
    const store = new MemoryAccountStore();
    await store.addUser(user);
    const found = await store.findUser('ana');
    found!.role = 'admin';
    expect((await store.findUser('ana'))?.role).toBe('editor');
  });
});
