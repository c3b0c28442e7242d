import { describe, expect, it } from 'vitest';
import { MemoryAccountStore } from './memory-account-store';
import { verifyPassword } from './password-hash';
import { addUser } from './users';

const fast = { hashParameters: { logCost: 10 } };

describe('addUser', () => {
  it('keeps the password only as a scrypt hash that verifies', async () => {
    const accounts = new MemoryAccountStore();
    const record = await addUser(accounts, { name: 'ana', role: 'editor', password: 'lantern-canal-7' }, fast);
    expect(record.passwordHash).toMatch(/^\$scrypt\$/);
    expect(await accounts.findUser('ana')).toEqual(record);
    expect(await verifyPassword('lantern-canal-7', record.passwordHash)).toBe(true);
    expect(JSON.stringify(accounts.contents())).not.toContain('lantern-canal-7');
  });

  it.each([
    ['an empty password', '', /empty/],
    ['a short password', 'seven77', /shorter than 8/],
    ['a very long password', 'x'.repeat(257), /longer than 256/],
  ])('refuses %s and stores nothing', async (_name, password, message) => {
    const accounts = new MemoryAccountStore();
    await expect(addUser(accounts, { name: 'ana', role: 'editor', password }, fast)).rejects.toThrow(message);
    expect(accounts.contents().users).toEqual([]);
  });

  it('counts characters, not bytes: an eight-character Chinese passphrase is long enough', async () => {
    const accounts = new MemoryAccountStore();
    await addUser(accounts, { name: '张伟', role: 'admin', password: '乌镇互联网大会会场' }, fast);
    expect((await accounts.findUser('张伟'))?.role).toBe('admin');
  });

  it('refuses a name that is taken', async () => {
    const accounts = new MemoryAccountStore();
    await addUser(accounts, { name: 'ana', role: 'editor', password: 'lantern-canal-7' }, fast);
    await expect(addUser(accounts, { name: 'ana', role: 'admin', password: 'other-password' }, fast)).rejects.toThrow(/exists/);
  });
});
