import { describe, expect, it } from 'vitest';
import { AttemptWindow, loginLimiter, userKey } from './login-limiter';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

const MINUTE = 60_000;

describe('login limiter', () => {
  it('allows five attempts on a name in 15 minutes, then says when to retry', () => {
    const c = clock();
    const limiter = loginLimiter({ now: c.now, perUser: 5, perAddress: 100 });
    for (let i = 0; i < 5; i++) {
      expect(limiter.attempt(`10.0.0.${i}`, 'ana').allowed).toBe(true);
      c.advance(MINUTE);
    }
    // the first attempt was 5 minutes ago: it leaves the window in 10 more
    expect(limiter.attempt('10.0.0.9', 'ana')).toEqual({ allowed: false, retryAfter: 600 });
    expect(limiter.attempt('10.0.0.9', 'bo').allowed).toBe(true);
    c.advance(10 * MINUTE);
    expect(limiter.attempt('10.0.0.9', 'ana').allowed).toBe(true);
  });

  it('counts a name however it is typed', () => {
    const limiter = loginLimiter({ now: clock().now, perUser: 2, perAddress: 100 });
    expect(limiter.attempt('a', 'Ana').allowed).toBe(true);
    expect(limiter.attempt('b', 'ANA').allowed).toBe(true);
    expect(limiter.attempt('c', 'ａｎａ').allowed).toBe(false);
    expect(userKey('ＡＮＡ')).toBe('ana');
  });

  it('limits an address spraying many names', () => {
    const limiter = loginLimiter({ now: clock().now, perUser: 5, perAddress: 10 });
    for (let i = 0; i < 10; i++) expect(limiter.attempt('10.0.0.1', `user${i}`).allowed).toBe(true);
    const refused = limiter.attempt('10.0.0.1', 'user99');
    expect(refused.allowed).toBe(false);
    expect(limiter.attempt('10.0.0.2', 'user99').allowed).toBe(true);
  });

  it('counts attempts still in flight, so parallel guesses cannot exceed the limit', () => {
    const limiter = loginLimiter({ now: clock().now, perUser: 5, perAddress: 100 });
    const results = Array.from({ length: 20 }, () => limiter.attempt('10.0.0.1', 'ana'));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });

  it('gives back a successful attempt and clears the misses on that name', () => {
    const limiter = loginLimiter({ now: clock().now, perUser: 3, perAddress: 3 });
    limiter.attempt('10.0.0.1', 'ana');
    limiter.attempt('10.0.0.1', 'ana');
    const right = limiter.attempt('10.0.0.1', 'ana');
    if (!right.allowed) throw new Error('the third attempt should be allowed');
    right.succeeded();
    // the address still carries its two misses, the name none
    expect(limiter.attempt('10.0.0.2', 'ana').allowed).toBe(true);
    expect(limiter.attempt('10.0.0.1', 'bo').allowed).toBe(true);
    expect(limiter.attempt('10.0.0.1', 'bo').allowed).toBe(false);
  });

  it('remembers a bounded number of keys', () => {
    const window = new AttemptWindow(5, 15 * MINUTE, 100);
    for (let i = 0; i < 1000; i++) window.record(`k${i}`, i);
    expect(window.size).toBeLessThanOrEqual(100);
  });
});
