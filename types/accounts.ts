/**
 * Who may write: the shapes the account store (core/db) and the HTTP auth layer (api/src/auth)
 * share. Reading the atlas needs none of this; every write needs an editor or an admin.
 */
export const ROLES = ['editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A browser login. The password is kept only as a scrypt/argon2 hash string (with its parameters). */
export interface UserRecord {
  name: string;
  role: Role;
  passwordHash: string;
  createdAt: string;
}

/** A bearer token for scripts, kept only as the SHA-256 hash of its secret. */
export interface TokenRecord {
  name: string;
  role: Role;
  tokenHash: string;
  createdAt: string;
  revokedAt: string | null;
}

/** A signed-in browser session, kept by the hash of its cookie value. */
export interface SessionRecord {
  idHash: string;
  userName: string;
  role: Role;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

/** What GET/POST /api/session answer: who is signed in, and the token a cookie-borne write must echo. */
export interface SessionAnswer {
  user: string;
  role: Role;
  /** sent back as X-CSRF-Token on every write that rides on the session cookie */
  csrfToken: string;
  expiresAt: string;
}

/** Storage of accounts: the SQL store implements it; tests may use an in-memory one. */
export interface AccountStore {
  /** throws if the name is taken */
  addUser(user: UserRecord): Promise<void>;
  findUser(name: string): Promise<UserRecord | null>;
  /** throws if the name is taken by a live token */
  addToken(token: TokenRecord): Promise<void>;
  findTokenByHash(tokenHash: string): Promise<TokenRecord | null>;
  /** true when a live token of that name was revoked */
  revokeToken(name: string, at: string): Promise<boolean>;
  addSession(session: SessionRecord): Promise<void>;
  findSession(idHash: string): Promise<SessionRecord | null>;
  deleteSession(idHash: string): Promise<void>;
}

/** The author of a write, as the HTTP layer established it. */
export interface Editor {
  name: string;
  role: Role;
  via: 'token' | 'session';
}
