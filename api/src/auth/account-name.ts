/** Names of users and tokens: what the CLI accepts and what a login may carry. */
import { ROLES, type Role } from '../../../types/accounts';

// letters and digits of any script (editors may be 张伟), then also . _ -; no spaces or controls,
// so a name prints unambiguously in history and logs
const NAME = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u;

export class AccountInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccountInputError';
  }
}

export function isAccountName(name: unknown): name is string {
  return typeof name === 'string' && NAME.test(name);
}

export function checkAccountName(name: unknown): string {
  if (!isAccountName(name)) {
    throw new AccountInputError(`"${String(name).slice(0, 80)}" is not a name: 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit.`);
  }
  return name;
}

export function checkRole(role: unknown): Role {
  if (!ROLES.includes(role as Role)) throw new AccountInputError(`"${String(role).slice(0, 40)}" is not a role: one of ${ROLES.join(', ')}.`);
  return role as Role;
}

/** An admin may do whatever an editor may. */
export function roleAllows(held: Role, required: Role): boolean {
  return held === 'admin' || held === required;
}
