/**
 * A real bearer-token authenticator over an AccountStore, for the write-route tests: the token's
 * SHA-256 hash is looked up, a revoked or unknown token is nobody. (The auth layer in api/src/auth
 * is the one the server uses.)
 */
import crypto from 'node:crypto';
import type { AccountStore, Editor, Role } from '../../../types/accounts';
import type { Authenticate } from '../routes/write-deps';

export function hashToken(secret: string): string {
  return crypto.createHash('sha256').update(secret).digest('hex');
}

export function bearerAuthenticator(accounts: AccountStore): Authenticate {
  return async (req) => {
    const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(req.headers.authorization ?? '');
    if (!match) return null;
    const token = await accounts.findTokenByHash(hashToken(match[1]));
    if (!token || token.revokedAt) return null;
    return { name: token.name, role: token.role, via: 'token' } satisfies Editor;
  };
}

/** Stores a new token and returns its secret (shown once, kept only as a hash). */
export async function issueToken(accounts: AccountStore, name: string, role: Role = 'editor'): Promise<string> {
  const secret = crypto.randomBytes(24).toString('base64url');
  await accounts.addToken({ name, role, tokenHash: hashToken(secret), createdAt: new Date().toISOString(), revokedAt: null });
  return secret;
}
