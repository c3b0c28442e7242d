/**
 * Login attempts, limited per client address and per user name over a sliding window. Every
 * attempt counts the moment it starts (so a burst of parallel guesses cannot slip in while the
 * first ones are still hashing); a successful login takes its own attempt back.
 *
 * Counts live in this process: with several API processes each keeps its own, so the real
 * budget is the limit times the number of processes.
 */

export const LOGIN_LIMIT_DEFAULTS = {
  windowMs: 15 * 60 * 1000,
  // per user name: five guesses a quarter of an hour (a name under attack is locked for a while,
  // an accepted cost; its owner can still sign in once the window moves on)
  perUser: 5,
  // per client address: a little more, since an office shares one address
  perAddress: 10,
  /** keys remembered per kind; past this the idlest are forgotten (memory stays bounded) */
  maxKeys: 10_000,
  /** milliseconds; injectable so tests need no sleeping */
  now: () => Date.now(),
};

export type LoginLimitOptions = typeof LOGIN_LIMIT_DEFAULTS;

/** Recent attempt times per key, least recently used key first (Map keeps insertion order). */
export class AttemptWindow {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys: number,
  ) {}

  /** Seconds until `key` may try again; 0 when it may now. Counts nothing. */
  wait(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.limit) return 0;
    return Math.max(1, Math.ceil((recent[recent.length - this.limit] + this.windowMs - now) / 1000));
  }

  record(key: string, now: number): void {
    const recent = this.recent(key, now);
    this.attempts.delete(key);
    if (this.attempts.size >= this.maxKeys) this.forgetIdlest();
    this.attempts.set(key, [...recent, now]);
  }

  /** Takes back the attempt recorded at `at`. */
  release(key: string, at: number): void {
    const times = this.attempts.get(key);
    const index = times?.lastIndexOf(at) ?? -1;
    if (index >= 0) times!.splice(index, 1);
  }

  forget(key: string): void {
    this.attempts.delete(key);
  }

  get size(): number {
    return this.attempts.size;
  }

  private recent(key: string, now: number): number[] {
    return (this.attempts.get(key) ?? []).filter((t) => t > now - this.windowMs);
  }

  private forgetIdlest(): void {
    let drop = Math.max(1, Math.floor(this.maxKeys / 10));
    for (const key of this.attempts.keys()) {
      if (drop-- <= 0) break;
      this.attempts.delete(key);
    }
  }
}

export type LoginAttempt = { allowed: true; succeeded(): void } | { allowed: false; retryAfter: number };

export interface LoginLimiter {
  attempt(address: string, userName: string): LoginAttempt;
}

/** One key per person however the name is typed: ａｎａ, ANA and ana count together. */
export function userKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().slice(0, 128);
}

export function loginLimiter(options: Partial<LoginLimitOptions> = {}): LoginLimiter {
  const o = { ...LOGIN_LIMIT_DEFAULTS, ...options };
  const byAddress = new AttemptWindow(o.perAddress, o.windowMs, o.maxKeys);
  const byUser = new AttemptWindow(o.perUser, o.windowMs, o.maxKeys);
  return {
    attempt(address, userName) {
      const now = o.now();
      const user = userKey(userName);
      const retryAfter = Math.max(byAddress.wait(address, now), byUser.wait(user, now));
      if (retryAfter > 0) return { allowed: false, retryAfter };
      byAddress.record(address, now);
      byUser.record(user, now);
      return {
        allowed: true,
        succeeded() {
          byAddress.release(address, now);
          // the password was right: earlier misses on this name were its owner's typos
          byUser.forget(user);
        },
      };
    },
  };
}
