import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionRecord, TokenRecord, UserRecord } from '../../types/accounts';
import { ConflictError } from './storage-errors';
import { ENGINES, openTestStorage } from './testing/test-databases';

const at = '2026-03-01T08:00:00.000Z';

describe.each(ENGINES)('SqlAccountStore on %s', (engine) => {
  let storage: Awaited<ReturnType<typeof openTestStorage>>;
  beforeAll(async () => {
    storage = await openTestStorage(engine, { seed: false });
  });
  afterAll(() => storage?.dispose());

  it('adds and finds users; a taken name throws', async () => {
    const user: UserRecord = { name: '李编辑', role: 'editor', passwordHash: '$scrypt$n=16384$salt$hash', createdAt: at };
    await storage.accounts.addUser(user);
    expect(await storage.accounts.findUser('李编辑')).toEqual(user);
    expect(await storage.accounts.findUser('nobody')).toBeNull();
    await expect(storage.accounts.addUser({ ...user, role: 'admin' })).rejects.toBeInstanceOf(ConflictError);
  });

  it('keeps tokens by hash, one live token per name, and revokes by name', async () => {
    const token: TokenRecord = { name: 'import-script', role: 'admin', tokenHash: 'a'.repeat(64), createdAt: at, revokedAt: null };
    await storage.accounts.addToken(token);
    expect(await storage.accounts.findTokenByHash(token.tokenHash)).toEqual(token);
    await expect(storage.accounts.addToken({ ...token, tokenHash: 'b'.repeat(64) })).rejects.toBeInstanceOf(ConflictError);

    expect(await storage.accounts.revokeToken('import-script', '2026-03-02T00:00:00.000Z')).toBe(true);
    expect(await storage.accounts.revokeToken('import-script', '2026-03-03T00:00:00.000Z')).toBe(false);
    expect((await storage.accounts.findTokenByHash(token.tokenHash))!.revokedAt).toBe('2026-03-02T00:00:00.000Z');
    // the name is free again once its token is revoked
    await storage.accounts.addToken({ ...token, tokenHash: 'c'.repeat(64) });
    expect(await storage.accounts.findTokenByHash('c'.repeat(64))).toMatchObject({ name: 'import-script', revokedAt: null });
  });

  it('adds, finds and deletes sessions of a known user', async () => {
    const session: SessionRecord = { idHash: 'd'.repeat(64), userName: '李编辑', role: 'editor', csrfToken: 'csrf-1', createdAt: at, expiresAt: '2026-03-01T20:00:00.000Z' };
    await storage.accounts.addSession(session);
    expect(await storage.accounts.findSession(session.idHash)).toEqual(session);
    await storage.accounts.deleteSession(session.idHash);
    expect(await storage.accounts.findSession(session.idHash)).toBeNull();
    await expect(storage.accounts.addSession({ ...session, userName: 'nobody' })).rejects.toThrow();
  });
});
