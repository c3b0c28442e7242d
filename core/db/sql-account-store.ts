/**
 * AccountStore (types/accounts.ts) over the users, tokens and sessions tables. Secrets arrive
 * hashed; this store never sees a password or a token.
 */
import type { AccountStore, Role, SessionRecord, TokenRecord, UserRecord } from '../../types/accounts';
import type { SqlClient } from './sql-client';
import { ConflictError } from './storage-errors';
import { isoTime } from './write-command';

export class SqlAccountStore implements AccountStore {
  constructor(private readonly db: SqlClient) {}

  async addUser(user: UserRecord): Promise<void> {
    const rows = await this.db.query('INSERT INTO users (name, role, password_hash, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING name', [
      user.name,
      user.role,
      user.passwordHash,
      user.createdAt,
    ]);
    if (rows.length === 0) throw new ConflictError(`user "${user.name}"`, 'the name is taken');
  }

  async findUser(name: string): Promise<UserRecord | null> {
    const [row] = await this.db.query<{ name: string; role: Role; password_hash: string; created_at: Date }>(
      'SELECT name, role, password_hash, created_at FROM users WHERE name = $1',
      [name],
    );
    return row ? { name: row.name, role: row.role, passwordHash: row.password_hash, createdAt: isoTime(row.created_at) } : null;
  }

  async addToken(token: TokenRecord): Promise<void> {
    const rows = await this.db.query(
      'INSERT INTO tokens (token_hash, name, role, created_at, revoked_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING name',
      [token.tokenHash, token.name, token.role, token.createdAt, token.revokedAt],
    );
    if (rows.length === 0) throw new ConflictError(`token "${token.name}"`, 'a live token has that name');
  }

  async findTokenByHash(tokenHash: string): Promise<TokenRecord | null> {
    const [row] = await this.db.query<{ token_hash: string; name: string; role: Role; created_at: Date; revoked_at: Date | null }>(
      'SELECT token_hash, name, role, created_at, revoked_at FROM tokens WHERE token_hash = $1',
      [tokenHash],
    );
    if (!row) return null;
    return { name: row.name, role: row.role, tokenHash: row.token_hash, createdAt: isoTime(row.created_at), revokedAt: row.revoked_at ? isoTime(row.revoked_at) : null };
  }

  async revokeToken(name: string, at: string): Promise<boolean> {
    const rows = await this.db.query('UPDATE tokens SET revoked_at = $2 WHERE name = $1 AND revoked_at IS NULL RETURNING name', [name, at]);
    return rows.length > 0;
  }

  async addSession(session: SessionRecord): Promise<void> {
    await this.db.query('INSERT INTO sessions (id_hash, user_name, role, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      session.idHash,
      session.userName,
      session.role,
      session.csrfToken,
      session.createdAt,
      session.expiresAt,
    ]);
  }

  async findSession(idHash: string): Promise<SessionRecord | null> {
    const [row] = await this.db.query<{ id_hash: string; user_name: string; role: Role; csrf_token: string; created_at: Date; expires_at: Date }>(
      'SELECT id_hash, user_name, role, csrf_token, created_at, expires_at FROM sessions WHERE id_hash = $1',
      [idHash],
    );
    if (!row) return null;
    return {
      idHash: row.id_hash,
      userName: row.user_name,
      role: row.role,
      csrfToken: row.csrf_token,
      createdAt: isoTime(row.created_at),
      expiresAt: isoTime(row.expires_at),
    };
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
  }
}
