import { describe, expect, it } from 'vitest';
import { hashPassword, parsePasswordHash, PasswordHashFormatError, SCRYPT_DEFAULTS, verifyAgainstNobody, verifyPassword } from './password-hash';

describe('password hashes', () => {
  it('carry algorithm, parameters, salt and hash in one PHC string, and verify', async () => {
    const encoded = await hashPassword('correct horse battery staple');
    expect(encoded).toMatch(/^\$scrypt\$ln=15,r=8,p=3\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(encoded).not.toContain('correct horse');
    expect(parsePasswordHash(encoded).parameters).toEqual(SCRYPT_DEFAULTS);
    expect(await verifyPassword('correct horse battery staple', encoded)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', encoded)).toBe(false);
    expect(await verifyPassword('', encoded)).toBe(false);
  });

  it('salt every hash, so one password never hashes alike twice', async () => {
    const [a, b] = await Promise.all([hashPassword('乌镇之光'), hashPassword('乌镇之光')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('乌镇之光', a)).toBe(true);
    expect(await verifyPassword('乌镇之光', b)).toBe(true);
  });

  it('verify hashes made with other parameters, read from the string', async () => {
    const weaker = await hashPassword('planner', { logCost: 12, blockSize: 8, parallelization: 1 });
    expect(weaker).toMatch(/^\$scrypt\$ln=12,r=8,p=1\$/);
    expect(await verifyPassword('planner', weaker)).toBe(true);
    expect(await verifyPassword('Planner', weaker)).toBe(false);
  });

  it('match the same password however its characters are composed (NFKC)', async () => {
    const composed = 'caf\u00e9-乌镇';
    const decomposed = 'cafe\u0301-乌镇';
    expect(await verifyPassword(decomposed, await hashPassword(composed, { logCost: 10 }))).toBe(true);
  });

  it.each([
    ['not a PHC string', 'plain-text-password'],
    ['another algorithm', '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$aGFzaA'],
    ['a cost that would take minutes', '$scrypt$ln=30,r=8,p=1$c2FsdHNhbHRzYWx0c2FsdA$YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWE'],
    ['a short salt', '$scrypt$ln=15,r=8,p=1$c2FsdA$YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWE'],
  ])('refuse %s with a named error', async (_name, encoded) => {
    await expect(verifyPassword('x', encoded)).rejects.toBeInstanceOf(PasswordHashFormatError);
  });

  it('answer false for nobody, after doing the same work', async () => {
    expect(await verifyAgainstNobody('anything')).toBe(false);
    expect(await verifyAgainstNobody('')).toBe(false);
  });
});
