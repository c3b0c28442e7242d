/**
 * Browser sign-in: `POST /api/session` `{user, password}` → cookie and `{user, role, csrfToken,
 * expiresAt}`; `GET /api/session` → the same, or 401; `DELETE /api/session` → signed out.
 * Returns the `Auth` that write routes put in front of their handlers.
 */
import express, { type Express, type RequestHandler, type Response } from 'express';
import type { AccountStore, SessionAnswer, SessionRecord } from '../../../types/accounts';
import { ProblemError } from '../http/problem';
import type { WriteRoute } from '../http/read-only';
import { clientKey } from '../http/rate-limit';
import { isAccountName } from './account-name';
import { AUTH_REALM, createAuth, CSRF_HEADER, type Auth } from './authenticate';
import { loginLimiter, type LoginLimitOptions } from './login-limiter';
import { prepareNobody, verifyAgainstNobody, verifyPassword } from './password-hash';
import { secretsEqual } from './secrets';
import { clearSessionCookie, sessionIdOf, setSessionCookie } from './session-cookie';
import { endSession, findLiveSession, SESSION_DEFAULTS, startSession } from './sessions';

export const SESSION_PATH = '/api/session';

/** The writes this module answers, for the method guard (http/read-only.ts). */
export const SESSION_WRITE_ROUTES: WriteRoute[] = [{ path: SESSION_PATH, methods: ['POST', 'DELETE'] }];

export interface SessionSetupOptions {
  accounts: AccountStore;
  /** session lifetime, ms (sessions.ts SESSION_DEFAULTS) */
  lifetimeMs?: number;
  /** login budgets (login-limiter.ts LOGIN_LIMIT_DEFAULTS) */
  loginLimit?: Partial<LoginLimitOptions>;
  /** injectable so tests can let sessions expire without waiting */
  now?: () => Date;
}

const answerOf = (s: SessionRecord): SessionAnswer => ({ user: s.userName, role: s.role, csrfToken: s.csrfToken, expiresAt: s.expiresAt });

// one answer for an unknown name and a wrong password, so neither tells which names exist
const WRONG_CREDENTIALS = 'The user name or the password is wrong.';

export function setupSession(app: Express, options: SessionSetupOptions): Auth {
  const { accounts } = options;
  const now = options.now ?? (() => new Date());
  const lifetimeMs = options.lifetimeMs ?? SESSION_DEFAULTS.lifetimeMs;
  const limiter = loginLimiter(options.loginLimit);
  const auth = createAuth({ accounts, now });
  void prepareNobody();

  // what a session answer carries must never be cached, nor shared between cookies
  const personal = (res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Vary', 'Cookie');
  };
  const onlyJson: RequestHandler = (req, res, next) => {
    personal(res);
    // a cross-site HTML form cannot send JSON, so nobody can sign a visitor in as someone else
    if (!req.is('application/json')) throw new ProblemError(415, 'Send the sign-in as application/json: {"user": "…", "password": "…"}.', 'unsupported-media-type');
    next();
  };
  const readBody = express.json({ limit: '1kb', strict: true });

  app.post(SESSION_PATH, onlyJson, readBody, async (req, res) => {
    const { user: name, password } = (req.body ?? {}) as { user?: unknown; password?: unknown };
    if (typeof name !== 'string' || typeof password !== 'string') {
      throw new ProblemError(400, 'The body must be {"user": "…", "password": "…"}, both strings.', 'bad-sign-in');
    }

    const attempt = limiter.attempt(clientKey(req), name);
    if (!attempt.allowed) {
      res.setHeader('Retry-After', String(attempt.retryAfter));
      throw new ProblemError(429, `Too many sign-in attempts from this address or for this name. Retry in ${attempt.retryAfter} s.`, 'too-many-sign-ins', {
        retryAfter: attempt.retryAfter,
      });
    }
    const user = isAccountName(name) ? await accounts.findUser(name) : null;
    const right = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstNobody(password);
    if (!user || !right) {
      res.setHeader('WWW-Authenticate', `Bearer realm="${AUTH_REALM}"`);
      throw new ProblemError(401, WRONG_CREDENTIALS, 'wrong-credentials');
    }
    attempt.succeeded();

    // a new id at every sign-in, and the one the browser came with is gone: no session fixation
    await endSession(accounts, sessionIdOf(req));
    const { id, record } = await startSession(accounts, user, now(), lifetimeMs);
    setSessionCookie(req, res, id, Math.floor(lifetimeMs / 1000));
    res.status(200).json(answerOf(record));
  });

  app.get(SESSION_PATH, async (req, res) => {
    personal(res);
    const session = await findLiveSession(accounts, sessionIdOf(req), now());
    if (!session) {
      res.setHeader('WWW-Authenticate', `Bearer realm="${AUTH_REALM}"`);
      throw new ProblemError(401, 'Not signed in: POST /api/session {"user", "password"}.', 'unauthenticated');
    }
    res.json(answerOf(session));
  });

  app.delete(SESSION_PATH, async (req, res) => {
    personal(res);
    const id = sessionIdOf(req);
    const session = await findLiveSession(accounts, id, now());
    // signing out is a write too: without the token another page could end the session at will
    if (session && !secretsEqual(req.get(CSRF_HEADER) ?? '', session.csrfToken)) {
      throw new ProblemError(403, `Signing out needs the session's CSRF token as ${CSRF_HEADER}.`, 'csrf-token-mismatch');
    }
    await endSession(accounts, id);
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  return auth;
}

