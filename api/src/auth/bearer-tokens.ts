/**
 * Bearer tokens for scripts. The secret is shown once, when it is made; the store keeps only
 * its SHA-256, so a leaked database grants no access. A revoked token stays on record.
 */
import type { AccountStore, Editor, Role, TokenRecord } from '../../../types/accounts';
import { checkAccountName, checkRole } from './account-name';
import { hashSecret, newSecret } from './secrets';

/** Tells a reader (and secret scanners) what a leaked string is. */
export const TOKEN_PREFIX = 'atlas_';

// RFC 6750's b64token, bounded: anything else cannot be one of ours and needs no lookup
const TOKEN_SYNTAX = /^[A-Za-z0-9._~+/-]{1,256}=*$/;

export async function createToken(accounts: AccountStore, spec: { name: string; role: Role }, now = new Date()): Promise<{ token: string; record: TokenRecord }> {
  const record: TokenRecord = {
    name: checkAccountName(spec.name),
    role: checkRole(spec.role),
    tokenHash: '',
    createdAt: now.toISOString(),
    revokedAt: null,
  };
  const token = newSecret(TOKEN_PREFIX);
  record.tokenHash = hashSecret(token);
  await accounts.addToken(record);
  return { token, record };
}

/** True when a live token of that name was revoked; false when there was none. */
export function revokeToken(accounts: AccountStore, name: string, now = new Date()): Promise<boolean> {
  return accounts.revokeToken(name, now.toISOString());
}

/**
 * The token an `Authorization` header carries: undefined without the header, null when the
 * header is there but is not `Bearer <token>` (a client that tried and failed).
 */
export function bearerTokenOf(authorization: string | undefined): string | null | undefined {
  if (authorization === undefined) return undefined;
  const match = /^Bearer +(\S+) *$/i.exec(authorization);
  return match && TOKEN_SYNTAX.test(match[1]) ? match[1] : null;
}

/** The editor a token stands for, or null when it is unknown or revoked. */
export async function editorForToken(accounts: AccountStore, token: string): Promise<Editor | null> {
  const record = await accounts.findTokenByHash(hashSecret(token));
  if (!record || record.revokedAt !== null) return null;
  return { name: record.name, role: record.role, via: 'token' };
}
