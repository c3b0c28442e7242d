/**
 * Random secrets (bearer tokens, session ids, CSRF tokens) and how they are kept: only the
 * SHA-256 of a token or session id is stored, so a copy of the database grants nothing.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes (256 bits), base64url: unguessable, and safe in headers, cookies and URLs. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/**
 * The stored form of a high-entropy secret. A plain hash is enough here (no salt, no stretching):
 * the secret has 256 random bits, so there is nothing to guess, and a lookup by hash stays an
 * index lookup.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Equality that takes the same time wherever the first difference is. */
export function secretsEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  // timingSafeEqual needs equal lengths; comparing y with itself keeps the time independent of where a and b differ
  return x.length === y.length ? timingSafeEqual(x, y) : !timingSafeEqual(y, y);
}
