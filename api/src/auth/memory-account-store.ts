/**
 * An AccountStore in memory, for unit tests only: the server keeps accounts in the database
 * (core/db). It follows the interface's rules (names unique, a revoked token's name free again)
 * so tests of the HTTP layer hold for the SQL store too.
 */
import type { AccountStore, SessionRecord, TokenRecord, UserRecord } from '../../../types/accounts';

export class MemoryAccountStore implements AccountStore {
  private readonly users = new Map<string, UserRecord>();
  private readonly tokens: TokenRecord[] = [];
  private readonly sessions = new Map<string, SessionRecord>();

  async addUser(user: UserRecord): Promise<void> {
    if (this.users.has(user.name)) throw new Error(`A user named "${user.name}" exists already.`);
    this.users.set(user.name, { ...user });
  }

  async findUser(name: string): Promise<UserRecord | null> {
    const user = this.users.get(name);
    return user ? { ...user } : null;
  }

  async addToken(token: TokenRecord): Promise<void> {
    if (this.tokens.some((t) => t.name === token.name && t.revokedAt === null)) throw new Error(`A live token named "${token.name}" exists already.`);
    this.tokens.push({ ...token });
  }

  async findTokenByHash(tokenHash: string): Promise<TokenRecord | null> {
    const token = this.tokens.find((t) => t.tokenHash === tokenHash);
    return token ? { ...token } : null;
  }

  async revokeToken(name: string, at: string): Promise<boolean> {
    const token = this.tokens.find((t) => t.name === name && t.revokedAt === null);
    if (!token) return false;
    token.revokedAt = at;
    return true;
  }

  async addSession(session: SessionRecord): Promise<void> {
    this.sessions.set(session.idHash, { ...session });
  }

  async findSession(idHash: string): Promise<SessionRecord | null> {
    const session = this.sessions.get(idHash);
    return session ? { ...session } : null;
  }

  async deleteSession(idHash: string): Promise<void> {
    this.sessions.delete(idHash);
  }

  /** Everything stored, as a test would find it in a database dump. */
  contents(): { users: UserRecord[]; tokens: TokenRecord[]; sessions: SessionRecord[] } {
    return { users: [...this.users.values()], tokens: [...this.tokens], sessions: [...this.sessions.values()] };
  }
}
