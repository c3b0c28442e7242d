import { describe, expect, it } from 'vitest';
import { hashSecret } from './secrets';
import { bearerTokenOf, createToken, editorForToken, revokeToken } from './bearer-tokens';
import { MemoryAccountStore } from './memory-account-store';

describe('bearer tokens', () => {
  it('are shown once and stored only as their SHA-256', async () => {
    const accounts = new MemoryAccountStore();
    const now = new Date('2026-12-01T08:00:00Z');
    const { token, record } = await createToken(accounts, { name: 'ci-bot', role: 'editor' }, now);
    expect(token).toMatch(/^atlas_[A-Za-z0-9_-]{43}$/);
    expect(record).toEqual({ name: 'ci-bot', role: 'editor', tokenHash: hashSecret(token), createdAt: '2026-12-01T08:00:00.000Z', revokedAt: null });
    expect(JSON.stringify(accounts.contents())).not.toContain(token.slice(6));
  });

  it('stand for their editor until revoked', async () => {
    const accounts = new MemoryAccountStore();
    const { token } = await createToken(accounts, { name: 'ci-bot', role: 'admin' });
    expect(await editorForToken(accounts, token)).toEqual({ name: 'ci-bot', role: 'admin', via: 'token' });
    expect(await editorForToken(accounts, `${token}x`)).toBeNull();
    expect(await revokeToken(accounts, 'ci-bot')).toBe(true);
    expect(await editorForToken(accounts, token)).toBeNull();
    expect(await revokeToken(accounts, 'ci-bot')).toBe(false);
  });

  it('refuse a bad name or role before storing anything', async () => {
    const accounts = new MemoryAccountStore();
    await expect(createToken(accounts, { name: 'ci bot', role: 'editor' })).rejects.toThrow(/not a name/);
    await expect(createToken(accounts, { name: 'ci', role: 'root' as never })).rejects.toThrow(/not a role/);
    expect(accounts.contents().tokens).toEqual([]);
  });

  it.each([
    [undefined, undefined],
    ['Bearer atlas_abc-_DEF', 'atlas_abc-_DEF'],
    ['bearer  abc', 'abc'],
    ['Bearer', null],
    ['Bearer ', null],
    ['Basic dXNlcjpwYXNz', null],
    ['Bearer a b', null],
    ['Bearer 乌镇', null],
    [`Bearer ${'a'.repeat(300)}`, null],
  ])('read %j from Authorization as %j', (header, token) => {
    expect(bearerTokenOf(header)).toBe(token);
  });
});
