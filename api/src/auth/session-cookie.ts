/**
 * The session cookie: httpOnly (scripts cannot read it), SameSite=Strict (no other site's page
 * can make the browser send it), Path=/, host-only, and Secure with the `__Host-` prefix when
 * the request came over https.
 */
import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = {
  name: 'atlas_session',
  // browsers accept a __Host- cookie only with Secure, Path=/ and no Domain, so nobody on a
  // sibling host or plain http can set or shadow it
  secureName: '__Host-atlas_session',
};

export function sessionCookieName(req: Pick<Request, 'secure'>): string {
  return req.secure ? SESSION_COOKIE.secureName : SESSION_COOKIE.name;
}

export function sessionIdOf(req: Pick<Request, 'secure' | 'headers'>): string | undefined {
  const header = req.headers.cookie;
  return header ? parseCookie(header)[sessionCookieName(req)] : undefined;
}

export function setSessionCookie(req: Pick<Request, 'secure'>, res: Response, id: string, maxAgeSeconds: number): void {
  res.append(
    'Set-Cookie',
    stringifySetCookie({ name: sessionCookieName(req), value: id, httpOnly: true, sameSite: 'strict', path: '/', secure: req.secure, maxAge: maxAgeSeconds }),
  );
}

export function clearSessionCookie(req: Pick<Request, 'secure'>, res: Response): void {
  res.append(
    'Set-Cookie',
    stringifySetCookie({ name: sessionCookieName(req), value: '', httpOnly: true, sameSite: 'strict', path: '/', secure: req.secure, maxAge: 0, expires: new Date(0) }),
  );
}
