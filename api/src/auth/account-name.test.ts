import { describe, expect, it } from 'vitest';
import { AccountInputError, checkAccountName, checkRole, isAccountName, roleAllows } from './account-name';

describe('account names and roles', () => {
  it.each(['ana', 'ci-bot', 'zhang.wei_2', '张伟', 'a'.repeat(64)])('accepts %s', (name) => {
    expect(isAccountName(name)).toBe(true);
    expect(checkAccountName(name)).toBe(name);
  });

  it.each(['', ' ana', 'ana bot', '-ana', 'a'.repeat(65), 'ana\n', 'a/b', 'ana\u0000', 42, null])('refuses %j', (name) => {
    expect(isAccountName(name)).toBe(false);
    expect(() => checkAccountName(name)).toThrow(AccountInputError);
  });

  it('knows the two roles, and an admin may do what an editor may', () => {
    expect(checkRole('editor')).toBe('editor');
    expect(checkRole('admin')).toBe('admin');
    expect(() => checkRole('root')).toThrow(/editor, admin/);
    expect(roleAllows('admin', 'editor')).toBe(true);
    expect(roleAllows('editor', 'editor')).toBe(true);
    expect(roleAllows('editor', 'admin')).toBe(false);
  });
});
