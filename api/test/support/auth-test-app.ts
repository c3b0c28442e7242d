/**
 * TEST SCAFFOLDING, never served: the app's request pipeline as createApp() assembles it
 * (security headers, CORS, body limit, method guard, routes, central problem handler), with the
 * session routes and two test-only write routes that stand in for the real ones (places, links),
 * so the auth middleware can be exercised before those exist.
 */
import express, { type Express } from 'express';
import type { AccountStore } from '../../../types/accounts';
import { editorOf, type Auth } from '../../src/auth/authenticate';
import type { LoginLimitOptions } from '../../src/auth/login-limiter';
import { SESSION_WRITE_ROUTES, setupSession } from '../../src/auth/setup-session';
import { bodyLimit } from '../../src/http/body-limit';
import { cors } from '../../src/http/cors';
import { notFoundHandler, problemHandler } from '../../src/http/problem';
import { methodGuard } from '../../src/http/read-only';
import { securityHeaders } from '../../src/http/security';

export const TEST_WRITE_PATH = '/api/test-only/write';
export const TEST_ADMIN_WRITE_PATH = '/api/test-only/admin-write';

export function authTestApp(options: {
  accounts: AccountStore;
  loginLimit?: Partial<LoginLimitOptions>;
  now?: () => Date;
  /** trust X-Forwarded-For / -Proto, as behind a reverse proxy (tests vary the client address and https) */
  trustProxy?: boolean;
}): { app: Express; auth: Auth } {
  const app = express();
  app.disable('x-powered-by');
  if (options.trustProxy) app.set('trust proxy', true);
  app.use(securityHeaders);
  app.use(cors());
  const writeRoutes = [...SESSION_WRITE_ROUTES, { path: TEST_WRITE_PATH, methods: ['POST'] }, { path: TEST_ADMIN_WRITE_PATH, methods: ['POST'] }];
  app.use(bodyLimit({ except: writeRoutes }));
  app.use(methodGuard(writeRoutes));
  const auth = setupSession(app, { accounts: options.accounts, loginLimit: options.loginLimit, now: options.now });
  // what a real write route does: require the role, then record who wrote
  app.post(TEST_WRITE_PATH, auth.requireEditor, (_req, res) => void res.status(201).json({ by: editorOf(res) }));
  app.post(TEST_ADMIN_WRITE_PATH, auth.requireRole('admin'), (_req, res) => void res.status(201).json({ by: editorOf(res) }));
  app.get(TEST_WRITE_PATH, async (req, res) => void res.json({ reading: 'open', editor: await auth.authenticate(req) }));
  app.use('/api', notFoundHandler);
  app.use(notFoundHandler);
  app.use(problemHandler);
  return { app, auth };
}
