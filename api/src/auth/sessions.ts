/**
 * Browser sessions. The cookie holds a random id; the store keeps only its SHA-256, with the
 * user, role, CSRF token and an absolute expiry. Every login makes a new id (no fixation).
 */
import type { AccountStore, Role, SessionRecord } from '../../../types/accounts';
import { hashSecret, newSecret } from './secrets';

export const SESSION_DEFAULTS = {
  // a working day: long enough that an editor signs in once a morning, short enough that a
  // forgotten browser on a shared machine stops writing by evening; no sliding renewal
  lifetimeMs: 8 * 60 * 60 * 1000,
};

// what newSecret() makes; anything else in a cookie is not ours and needs no lookup
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

export async function startSession(
  accounts: AccountStore,
  user: { name: string; role: Role },
  now = new Date(),
  lifetimeMs = SESSION_DEFAULTS.lifetimeMs,
): Promise<{ id: string; record: SessionRecord }> {
  const id = newSecret();
  const record: SessionRecord = {
    idHash: hashSecret(id),
    userName: user.name,
    role: user.role,
    csrfToken: newSecret(),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + lifetimeMs).toISOString(),
  };
  await accounts.addSession(record);
  return { id, record };
}

/** The live session a cookie id names; an expired one is deleted on sight and counts as none. */
export async function findLiveSession(accounts: AccountStore, id: string | undefined, now = new Date()): Promise<SessionRecord | null> {
  if (id === undefined || !SESSION_ID.test(id)) return null;
  const record = await accounts.findSession(hashSecret(id));
  if (!record) return null;
  if (Date.parse(record.expiresAt) <= now.getTime()) {
    await accounts.deleteSession(record.idHash);
    return null;
  }
  return record;
}

export async function endSession(accounts: AccountStore, id: string | undefined): Promise<void> {
  if (id !== undefined && SESSION_ID.test(id)) await accounts.deleteSession(hashSecret(id));
}
