import { describe, expect, it } from 'vitest';
import { MemoryAccountStore } from './memory-account-store';
import { hashSecret } from './secrets';
import { endSession, findLiveSession, SESSION_DEFAULTS, startSession } from './sessions';

const t0 = new Date('2026-12-01T08:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

describe('sessions', () => {
  it('are kept by the hash of their id, with a CSRF token and an expiry', async () => {
    const accounts = new MemoryAccountStore();
    const { id, record } = await startSession(accounts, { name: 'ana', role: 'editor' }, t0);
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(record.idHash).toBe(hashSecret(id));
    expect(record.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(record.csrfToken).not.toBe(id);
    expect(record.expiresAt).toBe('2026-12-01T16:00:00.000Z');
    expect(JSON.stringify(accounts.contents())).not.toContain(id);
  });

  it('are found until they expire, then deleted', async () => {
    const accounts = new MemoryAccountStore();
    const { id } = await startSession(accounts, { name: 'ana', role: 'editor' }, t0);
    expect((await findLiveSession(accounts, id, later(SESSION_DEFAULTS.lifetimeMs - 1)))?.userName).toBe('ana');
    expect(await findLiveSession(accounts, id, later(SESSION_DEFAULTS.lifetimeMs))).toBeNull();
    expect(accounts.contents().sessions).toEqual([]);
  });

  it('are new at every start, and gone when ended', async () => {
    const accounts = new MemoryAccountStore();
    const a = await startSession(accounts, { name: 'ana', role: 'editor' }, t0);
    const b = await startSession(accounts, { name: 'ana', role: 'editor' }, t0);
    expect(a.id).not.toBe(b.id);
    expect(a.record.csrfToken).not.toBe(b.record.csrfToken);
    await endSession(accounts, a.id);
    expect(await findLiveSession(accounts, a.id, t0)).toBeNull();
    expect(await findLiveSession(accounts, b.id, t0)).not.toBeNull();
  });

  it('ignore ids that are not ours', async () => {
    const accounts = new MemoryAccountStore();
    for (const id of [undefined, '', 'x', 'a'.repeat(44), '../../etc/passwd']) expect(await findLiveSession(accounts, id, t0)).toBeNull();
  });
});
