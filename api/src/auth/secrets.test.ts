import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashSecret, newSecret, secretsEqual } from './secrets';

describe('secrets', () => {
  it('are 256 random bits in base64url, never repeated', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => newSecret()));
    expect(seen.size).toBe(1000);
    for (const secret of seen) expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSecret('atlas_')).toMatch(/^atlas_[A-Za-z0-9_-]{43}$/);
  });

  it('are kept as their SHA-256, which does not contain them', () => {
    const secret = newSecret();
    expect(hashSecret(secret)).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(hashSecret(secret)).not.toContain(secret);
    expect(hashSecret(secret)).not.toBe(hashSecret(newSecret()));
  });

  it('compare equal only when identical, whatever the lengths', () => {
    expect(secretsEqual('abc', 'abc')).toBe(true);
    expect(secretsEqual('abc', 'abd')).toBe(false);
    expect(secretsEqual('abc', 'abcd')).toBe(false);
    expect(secretsEqual('', 'a')).toBe(false);
    expect(secretsEqual('镇', '镇')).toBe(true);
  });
});
