/** Browser logins: a name, a role and a password kept only as its scrypt hash. */
import type { AccountStore, Role, UserRecord } from '../../../types/accounts';
import { AccountInputError, checkAccountName, checkRole } from './account-name';
import { hashPassword, type ScryptParameters } from './password-hash';

export const PASSWORD_RULES = {
  // NIST SP 800-63B: at least 8 characters, and allow long passphrases
  minLength: 8,
  maxLength: 256,
};

export function checkPassword(password: string): string {
  const length = [...password].length;
  if (length === 0) throw new AccountInputError('The password is empty.');
  if (length < PASSWORD_RULES.minLength) throw new AccountInputError(`The password is shorter than ${PASSWORD_RULES.minLength} characters.`);
  if (length > PASSWORD_RULES.maxLength) throw new AccountInputError(`The password is longer than ${PASSWORD_RULES.maxLength} characters.`);
  return password;
}

export async function addUser(
  accounts: AccountStore,
  spec: { name: string; role: Role; password: string },
  options: { now?: Date; hashParameters?: Partial<ScryptParameters> } = {},
): Promise<UserRecord> {
  const record: UserRecord = {
    name: checkAccountName(spec.name),
    role: checkRole(spec.role),
    passwordHash: await hashPassword(checkPassword(spec.password), options.hashParameters),
    createdAt: (options.now ?? new Date()).toISOString(),
  };
  await accounts.addUser(record);
  return record;
}
