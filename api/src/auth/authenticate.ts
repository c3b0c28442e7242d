/**
 * Who is asking: a bearer token (scripts) or a session cookie (browsers). Reading needs neither;
 * write routes put `requireEditor` (or `requireRole('admin')`) in front of their handler.
 *
 * - no credentials → 401 `WWW-Authenticate: Bearer`
 * - a bearer token that is malformed, unknown or revoked → 401 `error="invalid_token"`; a token
 *   that is present but bad never falls back to the cookie
 * - a cookie-borne write without the session's `X-CSRF-Token` → 403
 * - the wrong role → 403
 */
import type { Request, RequestHandler, Response } from 'express';
import type { AccountStore, Editor, Role, SessionRecord } from '../../../types/accounts';
import { ProblemError } from '../http/problem';
import { roleAllows } from './account-name';
import { bearerTokenOf, editorForToken } from './bearer-tokens';
import { secretsEqual } from './secrets';
import { sessionIdOf } from './session-cookie';
import { findLiveSession } from './sessions';

export const CSRF_HEADER = 'X-CSRF-Token';
export const AUTH_REALM = 'atlas';

export interface AuthOptions {
  accounts: AccountStore;
  /** injectable so tests can let sessions expire without waiting */
  now?: () => Date;
}

export type Credentials =
  | { kind: 'none' }
  | { kind: 'invalid-token' }
  | { kind: 'editor'; editor: Editor; session: SessionRecord | null };

export interface Auth {
  /** The editor behind the request's credentials, or null (none, or not valid). */
  authenticate(req: Request): Promise<Editor | null>;
  credentialsOf(req: Request): Promise<Credentials>;
  /** Refuses the request unless it carries valid credentials of `role` (an admin passes for an editor). */
  requireRole(role: Role): RequestHandler;
  requireEditor: RequestHandler;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The author of the request, for a handler behind `requireRole`. */
export function editorOf(res: Response): Editor {
  const editor = res.locals.editor as Editor | undefined;
  if (!editor) throw new Error('editorOf() called on a route without requireRole()/requireEditor in front of it');
  return editor;
}

export class CredentialsMissingError extends ProblemError {
  constructor(detail = 'This needs an editor: send `Authorization: Bearer TOKEN`, or sign in (POST /api/session).') {
    super(401, detail, 'unauthenticated');
  }
}

export function createAuth(options: AuthOptions): Auth {
  const { accounts } = options;
  const now = options.now ?? (() => new Date());

  async function credentialsOf(req: Request): Promise<Credentials> {
    const token = bearerTokenOf(req.headers.authorization);
    if (token === null) return { kind: 'invalid-token' };
    if (token !== undefined) {
      const editor = await editorForToken(accounts, token);
      return editor ? { kind: 'editor', editor, session: null } : { kind: 'invalid-token' };
    }
    const session = await findLiveSession(accounts, sessionIdOf(req), now());
    if (!session) return { kind: 'none' };
    return { kind: 'editor', editor: { name: session.userName, role: session.role, via: 'session' }, session };
  }

  function requireRole(role: Role): RequestHandler {
    return async (req, res, next) => {
      const credentials = await credentialsOf(req);
      if (credentials.kind === 'none') {
        res.setHeader('WWW-Authenticate', `Bearer realm="${AUTH_REALM}"`);
        throw new CredentialsMissingError();
      }
      if (credentials.kind === 'invalid-token') {
        res.setHeader('WWW-Authenticate', `Bearer realm="${AUTH_REALM}", error="invalid_token"`);
        throw new ProblemError(401, 'The bearer token is not valid: unknown, revoked or malformed.', 'invalid-token');
      }
      const { editor, session } = credentials;
      // the cookie rides along on any request the browser makes; the token proves our page made it
      if (session && !SAFE_METHODS.has(req.method) && !secretsEqual(req.get(CSRF_HEADER) ?? '', session.csrfToken)) {
        throw new ProblemError(403, `A write signed in by cookie must send the session's CSRF token (GET /api/session) as ${CSRF_HEADER}.`, 'csrf-token-mismatch');
      }
      if (!roleAllows(editor.role, role)) {
        throw new ProblemError(403, `This needs the ${role} role; ${editor.name} is an ${editor.role}.`, 'forbidden-role', { required: role });
      }
      res.locals.editor = editor;
      next();
    };
  }

  return {
    credentialsOf,
    async authenticate(req) {
      const credentials = await credentialsOf(req);
      return credentials.kind === 'editor' ? credentials.editor : null;
    },
    requireRole,
    requireEditor: requireRole('editor'),
  };
}
